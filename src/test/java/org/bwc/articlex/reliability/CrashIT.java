package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.reliability.Lifecycle.Case;
import org.bwc.articlex.reliability.Lifecycle.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 of RELIABILITY.md: requests in flight across the wait states, the application killed with
 * {@code kill -9} while its job executor is still delivering their notifications, started again on the same
 * database. Every request is where it was and goes on; every notification is e-mailed exactly once; no job is left
 * stuck and no incident opened. {@code -Dreliability.crash.cases=} sets the number of requests (500).
 */
class CrashIT {

    private static final String SCENARIO = "crash";
    private static final String DATABASE = "articlex";
    private static final int CASES = Integer.getInteger("reliability.crash.cases", 500);
    private static final int IN_TRANSIT = Math.max(1, CASES / 10);
    private static final int THREADS = Integer.getInteger("reliability.threads", 16);
    /** The job executor's threads ({@code camunda.bpm.job-execution.max-pool-size}): deliveries that can run at the same instant. */
    private static final int DELIVERIES_AT_ONCE = 5;
    private static final List<Stage> WAIT_STATES = List.of(Stage.REVIEW, Stage.BALANCE_REVIEW, Stage.OFFEROR, Stage.FUNDING,
            Stage.IMPLEMENTATION);

    private static PgServer pg;
    private static MailServer mail;
    private static AppNode node;

    @BeforeAll
    static void start() {
        pg = PgServer.start(SCENARIO);
        pg.createDatabase(DATABASE);
        mail = MailServer.start(SCENARIO);
        // jobs locked by the killed process are taken again once their lock expires: 20 s here (see RELIABILITY.md)
        node = AppNode.onPostgres(SCENARIO, pg, DATABASE, mail, "PT10S,PT10S,PT10S")
                .property("camunda.bpm.job-execution.lock-time-in-millis", "20000");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void requestsInEveryWaitStateContinueAfterKill9WithEveryNotificationSentOnce() throws Exception {
        long started = System.nanoTime();
        node.start();
        Reliability.reportSince(SCENARIO, "first start", started);
        Lifecycle lifecycle = new Lifecycle(node.baseUrl()).setUp();

        long driving = System.nanoTime();
        List<Case> cases = Reliability.parallel(THREADS, CASES, i -> lifecycle.into(WAIT_STATES.get(i % WAIT_STATES.size())));
        Reliability.reportSince(SCENARIO, "driving " + CASES + " requests into their wait states", driving);
        Map<Stage, Long> before = Lifecycle.byStage(cases);
        Reliability.report(SCENARIO, "in flight by wait state", before);
        Checks db = new Checks(pg, DATABASE);

        // and some in transit: accepted, their process not yet started by the job executor when the process dies
        List<Case> inTransit = Reliability.parallel(THREADS, IN_TRANSIT, i -> lifecycle.send(false));
        long notificationsBefore = db.notifications();
        long pendingBefore = db.notifications("PENDING");
        long killed = System.nanoTime();
        node.kill9();
        Reliability.report(SCENARIO, "notifications at the kill (pending)", notificationsBefore + " (" + pendingBefore + ")");
        Reliability.report(SCENARIO, "in transit at the kill (submitted, not yet waited for)", inTransit.size());
        Reliability.report(SCENARIO, "jobs locked by the killed process", db.rows(
                "SELECT count(*) AS n FROM act_ru_job WHERE lock_owner_ IS NOT NULL").get(0).get("n"));
        node.start();
        Reliability.reportSince(SCENARIO, "kill -9 to UP again", killed);

        // every request is in the wait state it was left in
        for (Case c : cases) {
            assertThat(lifecycle.observe(c)).as(c.id).isEqualTo(c.stage());
        }
        // those in transit arrive at the completeness review
        Reliability.parallel(THREADS, inTransit.size(), i -> lifecycle.arrive(inTransit.get(i)));
        // ... and goes on from there: one step each
        long resumed = System.nanoTime();
        Reliability.parallel(THREADS, cases.size(), i -> lifecycle.advance(cases.get(i)));
        Reliability.reportSince(SCENARIO, "one step further for every request", resumed);
        Map<Stage, Long> after = Lifecycle.byStage(cases);
        Reliability.report(SCENARIO, "after one step, by wait state", after);
        for (Case c : cases) {
            assertThat(lifecycle.observe(c)).as(c.id).isEqualTo(c.stage());
        }

        long settling = System.nanoTime();
        db.awaitSettled(Duration.ofMinutes(5));
        Reliability.reportSince(SCENARIO, "settled (no due job, no pending notification)", settling);
        long rows = db.notifications();
        long sent = db.notifications("SENT");
        int received = mail.received();
        int duplicates = mail.duplicates();
        long distinct = mail.messages().stream().map(MailServer::messageId).distinct().count();
        Reliability.report(SCENARIO, "requests (in wait states / in transit)", cases.size() + " / " + inTransit.size());
        Reliability.report(SCENARIO, "notifications (rows / SENT / FAILED)", rows + " / " + sent + " / " + db.notifications("FAILED"));
        Reliability.report(SCENARIO, "e-mails received by SMTP (distinct Message-IDs)", received + " (" + distinct + ")");
        Reliability.report(SCENARIO, "lost", rows - distinct);
        Reliability.report(SCENARIO, "duplicated", duplicates);
        Reliability.report(SCENARIO, "incidents / failed jobs / expired locks / due jobs", db.incidents() + " / " + db.failedJobs()
                + " / " + db.expiredLocks() + " / " + db.dueJobs());
        Reliability.report(SCENARIO, "total", Reliability.seconds(started) + " s");

        assertThat(sent).as("every notification sent").isEqualTo(rows);
        assertThat(distinct).as("every notification e-mailed").isEqualTo(rows);
        // SMTP and the database cannot commit together: an e-mail the server accepted in the instant before the kill,
        // before SENT was committed, goes again after the restart under the same Message-ID (receivers drop it as one
        // message). At most one per delivery running at the kill: the job executor's threads (RELIABILITY.md, 1).
        assertThat(duplicates).as("e-mailed twice (only the deliveries running at the kill may be)")
                .isLessThanOrEqualTo(DELIVERIES_AT_ONCE);
        assertThat(db.incidents()).as("incidents").isZero();
        assertThat(db.failedJobs()).as("jobs without retries").isZero();
        assertThat(db.expiredLocks()).as("jobs still locked by the killed process").isZero();
        assertThat(db.halfWrittenCases()).as("requests without instance or instances without request").isZero();
    }
}
