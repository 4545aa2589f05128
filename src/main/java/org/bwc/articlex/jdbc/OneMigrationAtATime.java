package org.bwc.articlex.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.stereotype.Component;

/**
 * Flyway migrates the database on one node at a time. Flyway takes its own lock (on PostgreSQL an advisory lock) only
 * once it has decided what to do: whether the history table exists, whether a non-empty schema must be baselined.
 * Two nodes started at the same moment could both decide on the same empty database; the second then tried to
 * baseline the history table the first had just created, and failed to start ("Unable to baseline schema history
 * table ... as it already exists, and is empty"). Here the whole of Flyway's work, those decisions included, runs
 * under a PostgreSQL advisory lock held by a transaction of its own: it ends with that transaction, so neither a node
 * that dies while migrating nor a pooled connection can keep it, and the server's {@code
 * idle_in_transaction_session_timeout} is lifted for it alone. The node that waits then finds the schema migrated and
 * has nothing to do.
 *
 * <p>H2, the embedded default, opens its file for one process only, so there is no second node to wait for.
 */
@Component
class OneMigrationAtATime implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(OneMigrationAtATime.class);

    /** "ARTXMIG": not among the keys Flyway derives from its table's name, nor any other the project takes. */
    private static final long LOCK = 0x41_5254_584D_4947L;

    @Override
    public void migrate(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        try (Connection session = dataSource.getConnection()) {
            if (!isPostgres(session)) {
                flyway.migrate();
                return;
            }
            session.setAutoCommit(false);
            try {
                lock(session);
                flyway.migrate();
            } finally {
                release(session);
            }
        } catch (SQLException e) {
            throw new FlywayException("Cannot take the lock under which one node at a time migrates the database", e);
        }
    }

    private static boolean isPostgres(Connection session) throws SQLException {
        return DatabaseDriver.fromProductName(session.getMetaData().getDatabaseProductName()) == DatabaseDriver.POSTGRESQL;
    }

    private static void lock(Connection session) throws SQLException {
        try (Statement statement = session.createStatement()) {
            // idle while Flyway works on connections of its own: a server's limit on idle transactions must not end it
            statement.execute("SET LOCAL idle_in_transaction_session_timeout = 0");
            if (!holds(statement, "SELECT pg_try_advisory_xact_lock(" + LOCK + ")")) {
                log.info("Another node is migrating the database; waiting for it to finish");
                statement.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            }
        }
    }

    /** Ends the lock's transaction; a failure here must not hide the migration's own. */
    private static void release(Connection session) {
        try {
            session.rollback();
        } catch (SQLException e) {
            log.warn("Could not end the migration lock's transaction; the lock ends with the connection", e);
        }
    }

    private static boolean holds(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next() && result.getBoolean(1);
        }
    }
}
