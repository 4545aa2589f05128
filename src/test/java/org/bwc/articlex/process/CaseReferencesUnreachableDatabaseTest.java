package org.bwc.articlex.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.time.Clock;
import org.bwc.articlex.web.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;

/**
 * The reference counter's own pool waits for a connection as long as the application's pool does
 * ({@code spring.datasource.hikari.connection-timeout}), not Hikari's default 30 s: with the database away a submission
 * is answered 503 after that wait, like every other request (it had held the caller 30 s in the database-restart
 * scenario).
 */
class CaseReferencesUnreachableDatabaseTest {

    @Test
    void aReferenceAskedForWhileTheDatabaseIsAwayFailsAsDatabaseUnavailableAfterTheConfiguredWait() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        DataSourceProperties database = new DataSourceProperties();
        database.setUrl("jdbc:postgresql://127.0.0.1:" + port + "/articlex");
        database.setUsername("articlex");
        database.setPassword("articlex");
        CaseReferences references = new CaseReferences(database, Clock.systemUTC(), 500);
        try {
            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> references.next("REQ"));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(failure).isNotNull();
            assertThat(DatabaseUnavailable.causedBy(failure)).as("answered 503 with Retry-After: %s", failure).isTrue();
            // Hikari's default would have held the caller 30 s; the configured half second, with room for a slow machine
            assertThat(waitedMillis).isLessThan(10_000);
        } finally {
            references.destroy();
        }
    }
}
