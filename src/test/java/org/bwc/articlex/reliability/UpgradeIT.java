package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.bwc.articlex.reliability.Lifecycle.Case;
import org.bwc.articlex.reliability.Lifecycle.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Scenario 8 of RELIABILITY.md: a database of the previous release (commit da4628c: Camunda's tables created by the
 * engine, the project's migrations up to V13), kept as a plain {@code pg_dump} in
 * {@code src/test/resources/reliability/previous-release.sql.gz} with cases in every wait state, restored, and the
 * new jar started on it: Flyway migrates (V16 keeps Camunda's tables, V17 adds the start-up lock), every case goes on
 * to its end, new reference numbers continue the old ones. No BPMN file changed since that release, so the cases run
 * on the same process definitions; should one change, {@link #upgradeMigratesThePreviousReleasesDatabaseAndEveryCaseContinues}
 * fails on instances left on an older version until a process instance migration is added.
 *
 * <p>The dump is made by {@link #makeThePreviousReleaseDump}: {@code -Dreliability.previous-jar=<jar of da4628c>}
 * (the machine's PostgreSQL, {@link MachinePgServer}).
 */
class UpgradeIT {

    private static final String SCENARIO = "upgrade";
    private static final String DUMP = "reliability/previous-release.sql.gz";

    private PgServer pg;
    private MachinePgServer pg15;
    private MailServer mail;
    private AppNode node;

    @AfterEach
    void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {node, mail, pg, pg15}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // the next one still has to go
            }
        }
    }

    @Test
    @DisabledIfSystemProperty(named = "reliability.previous-jar", matches = ".+")
    void upgradeMigratesThePreviousReleasesDatabaseAndEveryCaseContinues() throws Exception {
        assumeTrue(Files.isExecutable(MachinePgServer.BIN.resolve("psql")), "psql in " + MachinePgServer.BIN);
        long started = System.nanoTime();
        pg = PgServer.start(SCENARIO);
        pg.createDatabase("articlex");
        Path dump = Reliability.directory().resolve("previous-release.sql");
        try (InputStream in = new GZIPInputStream(getClass().getClassLoader().getResourceAsStream(DUMP))) {
            Files.copy(in, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        MachinePgServer.psql(pg.port(), dump, "articlex");
        Reliability.reportSince(SCENARIO, "previous release's dump restored", started);
        assertThat(pg.count("articlex", "SELECT max(installed_rank) FROM articlex_schema_history WHERE version = '13'"))
                .as("the previous release's database: migrations up to V13").isPositive();
        assertThat(pg.count("articlex", "SELECT count(*) FROM articlex_schema_history WHERE version IN ('16', '17')")).isZero();
        long camundaRows = pg.count("articlex", "SELECT count(*) FROM act_ru_execution");

        mail = MailServer.start(SCENARIO);
        long starting = System.nanoTime();
        node = AppNode.onPostgres(SCENARIO, pg, "articlex", mail, "PT10S,PT10S,PT10S").lightJit().start();
        Reliability.reportSince(SCENARIO, "new jar UP on the old database (Flyway migrated)", starting);
        assertThat(pg.query("articlex", "SELECT version FROM articlex_schema_history WHERE success AND version IN ('16', '17')"))
                .extracting(row -> row.get("version")).containsExactlyInAnyOrder("16", "17");
        assertThat(node.logCount("Camunda engine tables present")).as("V16 kept Camunda's tables").isEqualTo(1);
        assertThat(pg.count("articlex", "SELECT count(*) FROM act_ge_schema_log")).as("Camunda's schema untouched").isEqualTo(1);
        assertThat(pg.count("articlex", "SELECT count(*) FROM act_ru_execution")).isEqualTo(camundaRows);
        List<String> onOlderVersions = pg.query("articlex", """
                SELECT DISTINCT d.key_ || ':' || d.version_ AS definition FROM act_ru_execution e
                JOIN act_re_procdef d ON d.id_ = e.proc_def_id_
                WHERE d.version_ < (SELECT max(d2.version_) FROM act_re_procdef d2 WHERE d2.key_ = d.key_)""")
                .stream().map(row -> (String) row.get("definition")).toList();
        assertThat(onOlderVersions).as("running instances on a process definition the new release replaced: add a process"
                + " instance migration (docs/operations.md, Upgrade)").isEmpty();

        Lifecycle lifecycle = new Lifecycle(node.baseUrl());
        List<Case> cases;
        try (Connection connection = pg.connect("articlex")) {
            cases = RunningCases.read(connection, lifecycle);
        }
        Reliability.report(SCENARIO, "cases of the previous release by wait state", Lifecycle.byStage(cases));
        assertThat(Lifecycle.byStage(cases).keySet()).as("a case in every wait state").containsAll(List.of(Stage.REVIEW,
                Stage.BALANCE_REVIEW, Stage.MATCHING, Stage.OFFEROR, Stage.FUNDING, Stage.IMPLEMENTATION, Stage.REPORT_REVIEW));
        long continuing = System.nanoTime();
        Reliability.parallel(4, cases.size(), i -> {
            lifecycle.complete(cases.get(i));
            return null;
        });
        Reliability.reportSince(SCENARIO, cases.size() + " cases carried to COMPLETED on the new release", continuing);

        Set<String> old = cases.stream().map(c -> c.id).collect(Collectors.toSet());
        List<Case> fresh = Reliability.parallel(2, 2, i -> lifecycle.into(Stage.COMPLETED));
        Reliability.report(SCENARIO, "new reference numbers", fresh.stream().map(c -> c.id).toList());
        assertThat(fresh).extracting(c -> c.id).doesNotContainAnyElementsOf(old).doesNotHaveDuplicates();
        assertThat(pg.count("articlex", "SELECT count(*) FROM assistance_request WHERE status <> 'COMPLETED'")).isZero();
        new Checks(pg, "articlex").awaitSettled(java.time.Duration.ofMinutes(3));
        Reliability.report(SCENARIO, "incidents / e-mails duplicated", pg.count("articlex", "SELECT count(*) FROM act_ru_incident")
                + " / " + mail.duplicates());
        assertThat(pg.count("articlex", "SELECT count(*) FROM act_ru_incident")).isZero();
        assertThat(mail.duplicates()).isZero();
        Reliability.report(SCENARIO, "total", Reliability.seconds(started) + " s");
    }

    /**
     * Makes the dump: the previous release's jar on PostgreSQL 15, cases driven into every wait state, settled,
     * {@code pg_dump}, gzip into the test resources.
     */
    @Test
    @EnabledIfSystemProperty(named = "reliability.previous-jar", matches = ".+")
    void makeThePreviousReleaseDump() throws Exception {
        String jar = System.getProperty("reliability.previous-jar");
        String own = System.getProperty("reliability.jar");
        pg15 = MachinePgServer.start("previous-release");
        pg15.createDatabase("articlex");
        mail = MailServer.start("previous-release");
        System.setProperty("reliability.jar", jar);
        try {
            node = BackupRestoreIT.node("previous-release", pg15, "articlex", mail).start();
        } finally {
            if (own == null) {
                System.clearProperty("reliability.jar");
            } else {
                System.setProperty("reliability.jar", own);
            }
        }
        Lifecycle lifecycle = new Lifecycle(node.baseUrl()).setUp();
        List<Case> cases = RunningCases.intoEveryWaitState(lifecycle, 2);
        BackupRestoreIT.settle(pg15, "articlex");
        Reliability.report(SCENARIO, "previous release: cases by wait state", Lifecycle.byStage(cases));
        node.stop();
        Path plain = Reliability.directory().resolve("previous-release.sql");
        pg15.dump("articlex", plain);
        Path target = Reliability.target().getParent().resolve("src/test/resources").resolve(DUMP);
        Files.createDirectories(target.getParent());
        try (InputStream in = Files.newInputStream(plain); OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            in.transferTo(out);
        }
        Reliability.report(SCENARIO, "dump written", target + " (" + Files.size(target) / 1024 + " KiB)");
    }
}
