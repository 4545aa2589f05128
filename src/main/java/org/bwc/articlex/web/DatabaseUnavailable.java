package org.bwc.articlex.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database cannot be reached (stopped, restarting, failed over, the pool waited {@code connection-timeout} for a
 * connection in vain): the caller gets {@code 503} problem+json with {@code Retry-After}, never a 500, and nothing
 * was written — the transaction never began or was rolled back with its connection. The engine and the delegates
 * wrap the cause (Camunda's {@code ProcessEngineException}, MyBatis' {@code PersistenceException}, Spring's
 * {@code CannotCreateTransactionException}), so it is looked for along the chain (docs/operations.md, "When the
 * database is away").
 */
@Component
public class DatabaseUnavailable {

    private final Duration retryAfter;

    /** {@code retryAfter}: how long a caller is asked to wait before trying again (the {@code Retry-After} header). */
    public DatabaseUnavailable(@Value("${articlex.database-unavailable.retry-after:PT10S}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** Whether {@code failure}, or anything it wraps, says that no connection to the database could be had or kept. */
    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    private static boolean causedBy(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause() == cause ? null : cause.getCause()) {
            depth++;
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            // the connection broke under a transaction: its commit or rollback failed on the connection itself
            if (cause instanceof TransactionSystemException && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                // HikariCP's proxy of a connection it has already evicted as broken says only this (no SQLSTATE)
                if (connectionState(sql.getSQLState()) || CLOSED_BY_POOL.equals(sql.getMessage())) {
                    return true;
                }
                // a batch (the engine flushes its inserts in one) chains the driver's error as the next exception
                if (sql.getNextException() != null && sql.getNextException() != sql && causedBy(sql.getNextException(), depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String CLOSED_BY_POOL = "Connection is closed";

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server is shutting down, crashed, or
     * cannot accept connections yet).
     */
    static boolean connectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02")
                || sqlState.equals("57P03"));
    }

    public String retryAfterSeconds() {
        return Long.toString(Math.max(1, retryAfter.toSeconds()));
    }

    public ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached at the moment; nothing was recorded. Try again after "
                        + retryAfterSeconds() + " seconds");
        problem.setTitle("Service unavailable");
        return problem;
    }
}
