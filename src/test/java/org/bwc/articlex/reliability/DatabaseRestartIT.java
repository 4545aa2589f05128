package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bwc.articlex.reliability.Lifecycle.Case;
import org.bwc.articlex.reliability.Lifecycle.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 2 of RELIABILITY.md: under load (client threads submitting requests, reading them, working the
 * completeness review), PostgreSQL is stopped for 30 s and started again. The application recovers by itself, the
 * same process; callers during the outage get 503 problem+json with Retry-After, never a 500; no case is half
 * written; health is DOWN during the outage and UP after; the job executor carries on.
 */
class DatabaseRestartIT {

    private static final String SCENARIO = "database-restart";
    private static final String DATABASE = "articlex";
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("reliability.db-outage-seconds", 30));
    private static final Duration LOAD_AROUND = Duration.ofSeconds(10);
    private static final int CLIENTS = 4;

    private static PgServer pg;
    private static MailServer mail;
    private static AppNode node;

    @BeforeAll
    static void start() {
        pg = PgServer.start(SCENARIO);
        pg.createDatabase(DATABASE);
        mail = MailServer.start(SCENARIO);
        // a job lock longer than the outage: an e-mail accepted by SMTP while the database is away is recorded SENT
        // once it is back, not sent again (notification.NotificationDelivery#recordSent)
        node = AppNode.onPostgres(SCENARIO, pg, DATABASE, mail, "PT10S,PT10S,PT10S").lightJit()
                .property("camunda.bpm.job-execution.lock-time-in-millis", "60000");
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
    void postgresStoppedUnderLoadGives503WithRetryAfterThenTheSameProcessRecoversAndLosesNothing() throws Exception {
        long started = System.nanoTime();
        node.start();
        long pid = node.pid();
        Lifecycle lifecycle = new Lifecycle(node.baseUrl()).setUp();
        List<Case> waiting = Reliability.parallel(CLIENTS, 8, i -> lifecycle.into(Stage.REVIEW));

        Outcomes outcomes = new Outcomes();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> created = new CopyOnWriteArrayList<>();
        List<Thread> clients = new java.util.ArrayList<>();
        for (int t = 0; t < CLIENTS; t++) {
            int client = t;
            Thread thread = new Thread(() -> load(client, running, outcomes, created), "client-" + t);
            thread.start();
            clients.add(thread);
        }
        HealthWatch health = new HealthWatch(node);
        Thread watcher = new Thread(() -> health.watch(running), "health");
        watcher.start();

        Reliability.sleep(LOAD_AROUND.toMillis());
        long stopped = System.nanoTime();
        outcomes.phase("outage");
        pg.stop();
        Reliability.sleep(OUTAGE.toMillis());
        pg.start();
        Reliability.reportSince(SCENARIO, "PostgreSQL stopped", stopped);
        long restarted = System.nanoTime();
        Reliability.await("health UP after PostgreSQL is back", Duration.ofMinutes(2), () -> "UP".equals(node.health()));
        Reliability.reportSince(SCENARIO, "PostgreSQL started to health UP", restarted);
        // the callers' first success after the outage
        outcomes.phase("after");
        long recovering = System.nanoTime();
        Reliability.await("a request accepted after the outage", Duration.ofMinutes(2), () -> outcomes.count("after", 201) > 0);
        Reliability.reportSince(SCENARIO, "PostgreSQL started to the first request accepted", restarted);
        Reliability.sleep(LOAD_AROUND.toMillis());
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        watcher.join();

        Reliability.report(SCENARIO, "answers before the outage", outcomes.byStatus("before"));
        Reliability.report(SCENARIO, "answers during the outage", outcomes.byStatus("outage"));
        Reliability.report(SCENARIO, "answers after the outage", outcomes.byStatus("after"));
        Reliability.report(SCENARIO, "health seen", health.sequence());
        Reliability.report(SCENARIO, "slowest answer during the outage", outcomes.slowest("outage") + " ms");

        // the same process, recovered by itself
        assertThat(node.alive()).isTrue();
        assertThat(node.pid()).isEqualTo(pid);
        assertThat(health.sequence()).as("health").containsSubsequence("UP", "DOWN", "UP");
        // callers: 503 problem+json with Retry-After during the outage, never a 500 or no answer
        assertThat(outcomes.count("outage", 503)).as("503 during the outage").isPositive();
        assertThat(outcomes.serverErrorsOtherThan503()).as("5xx other than 503, or no answer: " + outcomes.unexpected).isEmpty();
        assertThat(outcomes.badUnavailable).as("503 without problem+json or Retry-After").isEmpty();
        assertThat(outcomes.count("after", 201)).as("accepted after the outage").isPositive();

        // nothing half written, nothing lost: every accepted request reaches the completeness review, its notifications go out
        Checks db = new Checks(pg, DATABASE);
        assertThat(db.halfWrittenCases()).as("requests without instance or instances without request").isZero();
        assertThat(db.requests()).as("requests in the table = the setup's + those answered 201").isEqualTo(waiting.size() + created.size());
        long settling = System.nanoTime();
        for (String id : created) {
            Case c = new Case(id, false, null, null);
            lifecycle.awaitTask(c, Lifecycle.CASEWORKER, "reviewCompleteness");
        }
        Reliability.parallel(CLIENTS, waiting.size(), i -> lifecycle.advance(waiting.get(i)));
        db.awaitSettled(Duration.ofMinutes(3));
        Reliability.reportSince(SCENARIO, "settled after the outage", settling);
        long rows = db.notifications();
        long distinct = mail.messages().stream().map(MailServer::messageId).distinct().count();
        Reliability.report(SCENARIO, "requests accepted during the run (201)", created.size());
        Reliability.report(SCENARIO, "notifications (rows / SENT)", rows + " / " + db.notifications("SENT"));
        Reliability.report(SCENARIO, "e-mails received (distinct Message-IDs)", mail.received() + " (" + distinct + ")");
        Reliability.report(SCENARIO, "lost", rows - distinct);
        Reliability.report(SCENARIO, "duplicated", mail.duplicatedIds());
        Reliability.report(SCENARIO, "incidents", db.incidents());
        Reliability.report(SCENARIO, "total", Reliability.seconds(started) + " s");
        assertThat(db.notifications("SENT")).isEqualTo(rows);
        assertThat(distinct).isEqualTo(rows);
        assertThat(mail.duplicatedIds()).as("e-mailed twice (Message-IDs; grep the node's log for the notification)").isEmpty();
        assertThat(db.incidents()).isZero();
        assertThat(db.expiredLocks()).isZero();
    }

    /** One client: submits a request, reads it back, looks for its task; records every answer by phase. */
    private static void load(int client, AtomicBoolean running, Outcomes outcomes, List<String> created) {
        int n = 0;
        while (running.get()) {
            String state = Lifecycle.CLEAR_STATES.get((client + n++) % Lifecycle.CLEAR_STATES.size());
            Http http = new Http(node.baseUrl()).timeout(Duration.ofSeconds(30));
            Http.Reply submitted = outcomes.record(() -> http.as(Lifecycle.ncp(state)).post("/api/requests", Lifecycle.clearRequest(state)));
            if (submitted.status() == 201) {
                String id = submitted.json().get("id").asText();
                created.add(id);
                outcomes.record(() -> http.as(Lifecycle.CASEWORKER).get("/api/requests/" + id));
                outcomes.record(() -> http.as(Lifecycle.CASEWORKER).get("/engine-rest/task?processInstanceBusinessKey=" + id));
                Reliability.sleep(100); // a moment between cases, as people take: load, not a flood that starves the other scenario
            } else {
                Reliability.sleep(200);
            }
        }
    }

    /** Every answer the clients got, by phase (before, outage, after) and status. */
    static final class Outcomes {
        private volatile String phase = "before";
        private final Map<String, Map<Integer, AtomicLong>> counts = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> slowest = new ConcurrentHashMap<>();
        final List<String> unexpected = new CopyOnWriteArrayList<>();
        final List<String> badUnavailable = new CopyOnWriteArrayList<>();

        void phase(String phase) {
            this.phase = phase;
        }

        Http.Reply record(java.util.function.Supplier<Http.Reply> call) {
            String current = phase;
            long start = System.nanoTime();
            Http.Reply reply = call.get();
            long millis = (System.nanoTime() - start) / 1_000_000;
            counts.computeIfAbsent(current, p -> new ConcurrentHashMap<>()).computeIfAbsent(reply.status(), s -> new AtomicLong())
                    .incrementAndGet();
            slowest.computeIfAbsent(current, p -> new AtomicLong()).accumulateAndGet(millis, Math::max);
            if (reply.status() == 0 || reply.status() >= 500 && reply.status() != 503) {
                unexpected.add(current + ": " + reply);
            }
            if (reply.status() == 503 && (reply.header("Retry-After") == null
                    || !String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json"))) {
                badUnavailable.add(current + ": " + reply + " " + reply.headers());
            }
            return reply;
        }

        long count(String phase, int status) {
            AtomicLong count = counts.getOrDefault(phase, Map.of()).get(status);
            return count == null ? 0 : count.get();
        }

        Map<Integer, Long> byStatus(String phase) {
            Map<Integer, Long> result = new java.util.TreeMap<>();
            counts.getOrDefault(phase, Map.of()).forEach((status, count) -> result.put(status, count.get()));
            return result;
        }

        long slowest(String phase) {
            AtomicLong value = slowest.get(phase);
            return value == null ? 0 : value.get();
        }

        List<String> serverErrorsOtherThan503() {
            return unexpected;
        }
    }

    /** The health endpoint as a load balancer polls it: the sequence of distinct states seen. */
    static final class HealthWatch {
        private final AppNode node;
        private final List<String> seen = new CopyOnWriteArrayList<>();

        HealthWatch(AppNode node) {
            this.node = node;
        }

        void watch(AtomicBoolean running) {
            while (running.get()) {
                String status = String.valueOf(node.health());
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                    seen.add(status);
                }
                Reliability.sleep(500);
            }
        }

        List<String> sequence() {
            return seen;
        }
    }
}
