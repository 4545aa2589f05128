package org.bwc.articlex.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is away" (503 + Retry-After), however deep the engine wraps them. */
class DatabaseUnavailableTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("Hikari's pool timed out", new SQLTransientConnectionException("HikariPool-1 - Connection is not available"), true),
                Arguments.of("Spring found no connection", new CannotGetJdbcConnectionException("no connection"), true),
                Arguments.of("no transaction could begin", new CannotCreateTransactionException("Could not open JDBC Connection"), true),
                Arguments.of("the engine wraps MyBatis wrapping a refused connection", new ProcessEngineException("query failed",
                        new PersistenceException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))), true),
                Arguments.of("the server shuts down (57P01)", new ProcessEngineException(
                        new SQLException("terminating connection due to administrator command", "57P01")), true),
                Arguments.of("the server is starting (57P03)", new SQLException("the database system is starting up", "57P03"), true),
                Arguments.of("the rollback failed on a broken connection", new ProcessEngineException("persistence",
                        new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"))), true),
                Arguments.of("the pool's proxy of an evicted connection", new SQLException("Connection is closed"), true),
                Arguments.of("a batch whose next exception is the broken connection", batch(), true),
                Arguments.of("a batch that broke a constraint", new java.sql.BatchUpdateException("Batch entry 0", "23505", new int[0]), false),
                Arguments.of("a socket refused", new RuntimeException(new ConnectException("Connection refused")), true),
                Arguments.of("a unique constraint", new DataIntegrityViolationException("duplicate key",
                        new SQLException("duplicate key value", "23505")), false),
                Arguments.of("an optimistic lock", new OptimisticLockingException("changed meanwhile"), false),
                Arguments.of("a syntax error", new ProcessEngineException(new SQLException("syntax error", "42601")), false),
                Arguments.of("an SQL error without state", new SQLException("odd"), false),
                Arguments.of("a plain bug", new IllegalStateException("bug"), false));
    }

    private static Throwable batch() {
        java.sql.BatchUpdateException batch = new java.sql.BatchUpdateException("Batch entry 0 insert into ACT_HI_ACTINST", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        return new ProcessEngineException("ENGINE-03004", new PersistenceException(batch));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void databaseAwayIsRecognisedAlongTheCauseChainAndNothingElseIs(String name, Throwable failure, boolean away) {
        assertThat(DatabaseUnavailable.causedBy(failure)).isEqualTo(away);
    }

    @org.junit.jupiter.api.Test
    void problemSaysWhenToTryAgain() {
        DatabaseUnavailable unavailable = new DatabaseUnavailable(java.time.Duration.ofSeconds(15));
        assertThat(unavailable.retryAfterSeconds()).isEqualTo("15");
        assertThat(unavailable.problem().getStatus()).isEqualTo(503);
        assertThat(unavailable.problem().getDetail()).contains("nothing was recorded").contains("15 seconds");
    }
}
