package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bwc.articlex.reliability.Lifecycle.Case;
import org.bwc.articlex.reliability.Lifecycle.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 7 of RELIABILITY.md: {@code pg_dump} of a running system with cases in every wait state, restored into a
 * fresh database; the application started on the copy continues every case to its end, and its new reference
 * numbers continue those of the copy. the machine's PostgreSQL ({@link MachinePgServer}): its {@code pg_dump} is the
 * one this machine has.
 */
class BackupRestoreIT {

    private static final String SCENARIO = "backup-restore";
    private static final int PER_STAGE = Integer.getInteger("reliability.backup.per-stage", 3);

    private static MachinePgServer pg;
    private static MailServer mail;
    private static AppNode original;
    private static AppNode restored;

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {original, restored, mail, pg}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // the next one still has to go
            }
        }
    }

    static AppNode node(String name, MachinePgServer pg, String database, MailServer mail) {
        return new AppNode(name).lightJit()
                .env("SPRING_PROFILES_ACTIVE", "postgres")
                .env("ARTICLEX_DB_URL", pg.jdbcUrl(database))
                .env("ARTICLEX_DB_USER", MachinePgServer.USER)
                .env("ARTICLEX_DB_PASSWORD", MachinePgServer.PASSWORD)
                .env("ARTICLEX_ADMIN_USER", Lifecycle.ADMIN)
                .env("ARTICLEX_ADMIN_PASSWORD", Lifecycle.PASSWORD)
                .env("ARTICLEX_MAIL_HOST", "127.0.0.1")
                .env("ARTICLEX_MAIL_PORT", Integer.toString(mail.port()))
                .env("ARTICLEX_MAIL_ENABLED", "true")
                .env("ARTICLEX_MAIL_RETRY_CYCLE", "PT10S,PT10S,PT10S")
                .env("ARTICLEX_SECURE_COOKIE", "false");
    }

    /** No job due and no notification pending: nothing happens between two looks. */
    static void settle(MachinePgServer pg, String database) {
        Reliability.await("no due job and no pending notification", Duration.ofMinutes(3), () -> pg.count(database,
                "SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= now())") == 0
                && pg.count(database, "SELECT count(*) FROM notification WHERE email_state = 'PENDING'") == 0);
    }

    @Test
    void aDumpOfARunningSystemRestoredIntoAFreshDatabaseContinuesEveryCase() throws Exception {
        assumeTrue(MachinePgServer.available(), "PostgreSQL binaries (initdb, pg_dump) in " + MachinePgServer.BIN);
        long started = System.nanoTime();
        pg = MachinePgServer.start(SCENARIO);
        pg.createDatabase("articlex");
        mail = MailServer.start(SCENARIO);
        original = node("backup-original", pg, "articlex", mail).start();
        Lifecycle before = new Lifecycle(original.baseUrl()).setUp();
        List<Case> cases = RunningCases.intoEveryWaitState(before, PER_STAGE);
        Reliability.report(SCENARIO, "cases by wait state at the dump", Lifecycle.byStage(cases));
        settle(pg, "articlex");
        Set<String> idsBefore = new HashSet<>(pg.strings("articlex", "SELECT id FROM assistance_request"));

        // the backup, taken while the application runs
        Path dump = Reliability.directory().resolve("backup.sql");
        long dumping = System.nanoTime();
        pg.dump("articlex", dump);
        Reliability.reportSince(SCENARIO, "pg_dump (" + Files.size(dump) / 1024 + " KiB plain SQL)", dumping);
        original.kill9();

        pg.createDatabase("restored");
        long restoring = System.nanoTime();
        pg.restore(dump, "restored");
        Reliability.reportSince(SCENARIO, "psql restore into a fresh database", restoring);
        restored = node("backup-restored", pg, "restored", mail).start();

        Lifecycle after = new Lifecycle(restored.baseUrl());
        List<Case> found;
        try (Connection connection = pg.connect("restored")) {
            found = RunningCases.read(connection, after);
        }
        assertThat(found).extracting(c -> c.id).containsExactlyInAnyOrderElementsOf(idsBefore);
        for (Case c : cases) {
            assertThat(found.stream().filter(f -> f.id.equals(c.id)).findFirst().orElseThrow().stage())
                    .as(c.id + " is where the backup left it").isEqualTo(c.stage());
        }
        long continuing = System.nanoTime();
        Reliability.parallel(4, found.size(), i -> {
            after.complete(found.get(i));
            return null;
        });
        Reliability.reportSince(SCENARIO, "every restored case carried to COMPLETED", continuing);
        List<Case> fresh = Reliability.parallel(4, 4, i -> after.into(i % 2 == 0 ? Stage.COMPLETED : Stage.BALANCE_REVIEW));
        Reliability.report(SCENARIO, "reference numbers before / new", idsBefore.size() + " / "
                + fresh.stream().map(c -> c.id).toList());
        assertThat(fresh).extracting(c -> c.id).doesNotContainAnyElementsOf(idsBefore).doesNotHaveDuplicates();
        assertThat(pg.count("restored", "SELECT count(*) FROM assistance_request WHERE status = 'COMPLETED'"))
                .as("every restored case and the new completed ones").isEqualTo(found.size() + 2);
        settle(pg, "restored");
        Reliability.report(SCENARIO, "e-mails received (distinct) / duplicated", mail.received() + " ("
                + mail.messages().stream().map(MailServer::messageId).distinct().count() + ") / " + mail.duplicates());
        Reliability.report(SCENARIO, "incidents", pg.count("restored", "SELECT count(*) FROM act_ru_incident"));
        assertThat(mail.duplicates()).as("no notification e-mailed twice across backup and restore").isZero();
        assertThat(pg.count("restored", "SELECT count(*) FROM act_ru_incident")).isZero();
        Reliability.report(SCENARIO, "total", Reliability.seconds(started) + " s");
    }
}
