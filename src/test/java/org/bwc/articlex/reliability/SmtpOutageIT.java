package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.reliability.Lifecycle.Case;
import org.bwc.articlex.reliability.Lifecycle.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 3 of RELIABILITY.md: the SMTP server is down for longer than the notification retry cycle. The cycle is
 * a setting ({@code ARTICLEX_MAIL_RETRY_CYCLE}, PT1M,PT5M,PT15M,PT1H,PT4H in production); here {@code R3/PT10S}, so
 * that "several hours" of outage take about a minute. Notifications fail and are retried; an incident opens only
 * when a notification's cycle is used up; those created late in the outage go out by their retries alone once the
 * server is back; a re-send ({@code POST /api/notifications/{id}/resend}) delivers the others and closes their
 * incidents; every notification reaches the server exactly once.
 */
class SmtpOutageIT {

    private static final String SCENARIO = "smtp-outage";
    private static final String DATABASE = "articlex";
    private static final String RETRY_CYCLE = "R3/PT10S";
    private static final Duration CYCLE = Duration.ofSeconds(30);

    private static PgServer pg;
    private static MailServer mail;
    private static AppNode node;

    @BeforeAll
    static void start() {
        pg = PgServer.start(SCENARIO);
        pg.createDatabase(DATABASE);
        mail = MailServer.start(SCENARIO);
        node = AppNode.onPostgres(SCENARIO, pg, DATABASE, mail, RETRY_CYCLE).lightJit();
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
    void notificationsFailAndRetryIncidentsOnlyPastTheCycleAndAfterRecoveryEachIsDeliveredOnceAReSendClosingTheIncidents()
            throws Exception {
        long started = System.nanoTime();
        node.start();
        Lifecycle lifecycle = new Lifecycle(node.baseUrl()).setUp();
        Checks db = new Checks(pg, DATABASE);
        db.awaitSettled(Duration.ofMinutes(2));
        long before = db.notifications();
        Http caseworker = node.http().as(Lifecycle.CASEWORKER);

        // SMTP goes down; requests go on: their notifications are recorded and their e-mails fail
        long outage = System.nanoTime();
        mail.stop();
        List<Case> early = Reliability.parallel(4, 6, i -> lifecycle.into(Stage.REVIEW));
        long earlyNotifications = db.notifications() - before;
        Reliability.await("first attempts failed", Duration.ofMinutes(1),
                () -> pg.count(DATABASE, "SELECT count(*) FROM notification WHERE attempts > 0 AND email_state = 'PENDING'") > 0);
        assertThat(db.incidents()).as("no incident while retries are left").isZero();

        // past the cycle: each of those notifications has an incident, and shows FAILED
        Reliability.await("an incident per notification of the early requests", CYCLE.plus(Duration.ofMinutes(2)),
                () -> db.incidents() == earlyNotifications);
        long incidentsAfter = System.nanoTime();
        Reliability.reportSince(SCENARIO, "SMTP down to every early notification in an incident", outage);
        assertThat(db.notifications("FAILED")).isEqualTo(earlyNotifications);
        long fewest = pg.count(DATABASE, "SELECT min(attempts) FROM notification WHERE email_state = 'FAILED'");
        long most = pg.count(DATABASE, "SELECT max(attempts) FROM notification WHERE email_state = 'FAILED'");
        Reliability.report(SCENARIO, "attempts per notification before its incident", fewest + (most == fewest ? "" : "–" + most));
        assertThat(fewest).as("retried before the incident").isGreaterThan(1);
        assertThat(most).as("every notification used the same cycle").isEqualTo(fewest);
        JsonNode failed = caseworker.get("/api/notifications?email=FAILED").json();
        assertThat(failed).hasSize((int) earlyNotifications);

        // late in the outage: more requests, their notifications still within their cycle when SMTP comes back
        long beforeLate = db.notifications();
        List<Case> late = Reliability.parallel(4, 4, i -> lifecycle.into(Stage.REVIEW));
        long lateNotifications = db.notifications() - beforeLate;
        mail.start();
        Reliability.reportSince(SCENARIO, "SMTP outage", outage);
        Reliability.await("the late notifications delivered by their retries", CYCLE.plus(Duration.ofMinutes(1)),
                () -> db.notifications("PENDING") == 0);
        assertThat(db.incidents()).as("incidents: only the early notifications'").isEqualTo(earlyNotifications);
        Reliability.reportSince(SCENARIO, "SMTP back to the late notifications sent", incidentsAfter);

        // the secretariat re-sends the failed ones: delivered, incidents closed
        long resending = System.nanoTime();
        List<String> resent = new ArrayList<>();
        for (JsonNode notification : failed) {
            Http.Reply reply = caseworker.post("/api/notifications/" + notification.get("id").asText() + "/resend", null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
            resent.add(notification.get("id").asText());
        }
        Reliability.await("every notification sent, no incident", Duration.ofMinutes(2),
                () -> db.notifications("SENT") == db.notifications() && db.incidents() == 0);
        Reliability.reportSince(SCENARIO, "re-send to every incident closed", resending);
        // a second re-send of a sent notification is refused: never two e-mails
        Http.Reply again = caseworker.post("/api/notifications/" + resent.get(0) + "/resend", null);
        assertThat(again.status()).isEqualTo(409);

        // the requests themselves went on all along
        Reliability.parallel(4, early.size(), i -> lifecycle.advance(early.get(i)));
        db.awaitSettled(Duration.ofMinutes(2));
        long rows = db.notifications();
        long distinct = mail.messages().stream().map(MailServer::messageId).distinct().count();
        Reliability.report(SCENARIO, "retry cycle", RETRY_CYCLE);
        Reliability.report(SCENARIO, "requests (early / late)", early.size() + " / " + late.size());
        Reliability.report(SCENARIO, "notifications during the outage (early, in incidents / late, retried)",
                earlyNotifications + " / " + lateNotifications);
        Reliability.report(SCENARIO, "re-sent", resent.size());
        Reliability.report(SCENARIO, "notifications (rows / SENT)", rows + " / " + db.notifications("SENT"));
        Reliability.report(SCENARIO, "e-mails received (distinct Message-IDs)", mail.received() + " (" + distinct + ")");
        Reliability.report(SCENARIO, "lost", rows - distinct);
        Reliability.report(SCENARIO, "duplicated", mail.duplicates());
        Reliability.report(SCENARIO, "incidents at the end", db.incidents());
        Reliability.report(SCENARIO, "total", Reliability.seconds(started) + " s");
        assertThat(db.notifications("SENT")).isEqualTo(rows);
        assertThat(distinct).isEqualTo(rows);
        assertThat(mail.duplicates()).isZero();
        assertThat(db.incidents()).isZero();
        assertThat(db.failedJobs()).isZero();
    }
}
