package org.bwc.articlex.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.bwc.articlex.support.EmbeddedPostgresInitializer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes started at the same moment on PostgreSQL (RELIABILITY.md, scenario 4): while the first migrates, the
 * second does not look at the schema at all (Flyway's own lock comes only after its decision to baseline, which made
 * the second node fail in a CI run), and once the first is done it finds nothing left to do. Node A is held inside its
 * first migration; node B's Flyway reports every event it reaches. Both an empty database and one of a release whose
 * schema has no history table yet (baselined on migrate) are walked, and a server that ends transactions left idle
 * for a second, as the lock's own is while Flyway works.
 */
class OneMigrationAtATimeTest {

    private final OneMigrationAtATime strategy = new OneMigrationAtATime();

    @Test
    void onAnEmptyDatabaseASecondNodeWaitsUntilTheFirstHasMigratedAndFindsNothingToDo() throws Exception {
        DataSource database = EmbeddedPostgresInitializer.newDatabase();

        twoNodesAtOnce(database);

        assertThat(versions(database)).as("every migration once, no baseline").doesNotHaveDuplicates().startsWith("1", "2")
                .doesNotContain("0");
    }

    @Test
    void onADatabaseWithoutHistoryASecondNodeWaitsUntilTheFirstHasBaselinedAndMigrated() throws Exception {
        DataSource database = EmbeddedPostgresInitializer.newDatabase();
        new JdbcTemplate(database).execute("CREATE TABLE act_ge_property (name_ VARCHAR(64) PRIMARY KEY)");

        twoNodesAtOnce(database);

        assertThat(versions(database)).as("baselined once, then every migration once").doesNotHaveDuplicates()
                .startsWith("0", "1", "2");
    }

    @Test
    void onAServerThatEndsIdleTransactionsTheFirstNodeKeepsTheLockUntilItIsDone() throws Exception {
        DataSource database = EmbeddedPostgresInitializer.newDatabase();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.execute("ALTER DATABASE " + jdbc.queryForObject("SELECT current_database()", String.class)
                + " SET idle_in_transaction_session_timeout = '1s'");

        // held after its migrations, outside their transactions, for longer than the server lets a transaction idle
        twoNodesAtOnce(database, Event.AFTER_MIGRATE, Duration.ofMillis(2500));

        assertThat(versions(database)).doesNotHaveDuplicates().startsWith("1", "2");
    }

    private void twoNodesAtOnce(DataSource database) throws Exception {
        twoNodesAtOnce(database, Event.BEFORE_EACH_MIGRATE, Duration.ZERO);
    }

    private void twoNodesAtOnce(DataSource database, Event heldAt, Duration heldFor) throws Exception {
        CountDownLatch aMigrates = new CountDownLatch(1);
        CountDownLatch aMayGoOn = new CountDownLatch(1);
        List<Event> reachedByB = new CopyOnWriteArrayList<>();
        Flyway a = flyway(database, new Held(heldAt, aMigrates, aMayGoOn));
        Flyway b = flyway(database, new Recorded(reachedByB));

        CompletableFuture<Void> nodeA = CompletableFuture.runAsync(() -> strategy.migrate(a));
        assertThat(aMigrates.await(60, TimeUnit.SECONDS)).as("node A held at " + heldAt).isTrue();
        Thread.sleep(heldFor.toMillis());
        CompletableFuture<Void> nodeB = CompletableFuture.runAsync(() -> strategy.migrate(b));
        // waiting on the lock, or (as before the lock) already at work
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock(database) || !reachedByB.isEmpty());
        assertThat(reachedByB).as("node B waits before Flyway decides anything (validation, baseline, history table)")
                .isEmpty();
        assertThat(nodeB).isNotDone();

        aMayGoOn.countDown();
        nodeA.get(60, TimeUnit.SECONDS);
        nodeB.get(60, TimeUnit.SECONDS);
        assertThat(reachedByB).as("node B validated and found nothing to migrate").contains(Event.AFTER_VALIDATE)
                .doesNotContain(Event.BEFORE_EACH_MIGRATE, Event.AFTER_BASELINE);
    }

    /** As the application configures it (application.yml, spring.flyway), with the project's SQL migrations. */
    private static Flyway flyway(DataSource database, Callback callback) {
        return Flyway.configure().dataSource(database).table("articlex_schema_history").baselineOnMigrate(true)
                .baselineVersion("0").callbacks(callback).load();
    }

    private static boolean waitingForALock(DataSource database) {
        return new JdbcTemplate(database).queryForObject(
                "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", Integer.class) > 0;
    }

    private static List<String> versions(DataSource database) {
        return new JdbcTemplate(database).queryForList(
                "SELECT version FROM articlex_schema_history WHERE success ORDER BY installed_rank", String.class);
    }

    /**
     * Stops the node the first time it reaches {@code at}: its first migration (the history table exists and holds
     * nothing yet), or the end of its migrations.
     */
    private record Held(Event at, CountDownLatch migrates, CountDownLatch mayGoOn) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == at;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public void handle(Event event, Context context) {
            if (migrates.getCount() > 0) {
                migrates.countDown();
                try {
                    mayGoOn.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public String getCallbackName() {
            return "held";
        }
    }

    private record Recorded(List<Event> events) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return true;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            events.add(event);
        }

        @Override
        public String getCallbackName() {
            return "recorded";
        }
    }
}
