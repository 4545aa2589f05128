package org.bwc.articlex.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.h2.api.Trigger;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * The database refuses, as a lost connection does (SQLSTATE 08006), to record one notification as {@code SENT} until
 * {@link #lift()}: the moment of a restart or fail-over just after the SMTP server accepted the e-mail, held open for
 * as long as a test needs, while every other statement goes through. A trigger of the real database (PL/pgSQL on
 * PostgreSQL, a Java trigger on H2). Lifting it is no DDL: a job that waits meanwhile holds its transaction's lock on
 * the table, which a {@code DROP TRIGGER} would wait for; the trigger is dropped on {@link #close()}.
 */
final class SentRecordRefused implements AutoCloseable {

    private static final String TRIGGER = "test_sent_record_refused";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean postgres;
    private final String notificationId;

    private SentRecordRefused(DataSource dataSource, boolean postgres, String notificationId) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.postgres = postgres;
        this.notificationId = notificationId;
    }

    static SentRecordRefused of(String notificationId, DataSource dataSource) {
        SentRecordRefused refused = new SentRecordRefused(dataSource, isPostgres(dataSource), notificationId);
        refused.install();
        return refused;
    }

    private void install() {
        if (postgres) {
            jdbc.sql("CREATE TABLE IF NOT EXISTS %s (id varchar(64) PRIMARY KEY)".formatted(TRIGGER)).update();
            jdbc.sql("""
                    CREATE OR REPLACE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      IF NEW.email_state = 'SENT' AND EXISTS (SELECT 1 FROM %1$s WHERE id = OLD.id) THEN
                        RAISE EXCEPTION 'the connection is lost (test)' USING ERRCODE = '08006';
                      END IF;
                      RETURN NEW;
                    END $$""".formatted(TRIGGER)).update();
            jdbc.sql("DROP TRIGGER IF EXISTS %1$s ON notification".formatted(TRIGGER)).update();
            jdbc.sql("CREATE TRIGGER %1$s BEFORE UPDATE ON notification FOR EACH ROW EXECUTE FUNCTION %1$s()".formatted(TRIGGER))
                    .update();
            jdbc.sql("INSERT INTO %s (id) VALUES (?)".formatted(TRIGGER)).param(notificationId).update();
        } else {
            OnH2.REFUSED.add(notificationId);
            jdbc.sql("CREATE TRIGGER IF NOT EXISTS %s BEFORE UPDATE ON notification FOR EACH ROW CALL '%s'"
                    .formatted(TRIGGER, OnH2.class.getName())).update();
        }
    }

    /** The database records the notification again. */
    void lift() {
        if (postgres) {
            jdbc.sql("DELETE FROM %s WHERE id = ?".formatted(TRIGGER)).param(notificationId).update();
        } else {
            OnH2.REFUSED.remove(notificationId);
        }
    }

    /**
     * Lifts the refusal and drops the trigger. A test that failed may leave a job waiting in its transaction: the drop
     * then gives up after 5 s and leaves the trigger, which refuses nothing once lifted.
     */
    @Override
    public void close() throws SQLException {
        lift();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("SET lock_timeout = '5s'");
                try {
                    statement.execute("DROP TRIGGER IF EXISTS %1$s ON notification".formatted(TRIGGER));
                    statement.execute("DROP FUNCTION IF EXISTS %1$s()".formatted(TRIGGER));
                    statement.execute("DROP TABLE IF EXISTS %1$s".formatted(TRIGGER));
                } catch (SQLException lockTimeout) {
                    // left in place, refusing nothing
                } finally {
                    statement.execute("RESET lock_timeout");
                }
            } else {
                try {
                    statement.execute("DROP TRIGGER IF EXISTS " + TRIGGER);
                } catch (SQLException lockTimeout) {
                    // left in place, refusing nothing
                }
            }
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
            return DatabaseDriver.fromProductName(product) == DatabaseDriver.POSTGRESQL;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** H2's trigger: refuses the update to SENT of the notifications in {@link #REFUSED}. */
    public static final class OnH2 implements Trigger {

        static final Set<String> REFUSED = ConcurrentHashMap.newKeySet();

        private int id = -1;
        private int emailState = -1;

        @Override
        public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
                throws SQLException {
            try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
                while (columns.next()) {
                    String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    int index = columns.getInt("ORDINAL_POSITION") - 1;
                    if (name.equals("id")) {
                        id = index;
                    } else if (name.equals("email_state")) {
                        emailState = index;
                    }
                }
            }
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            if (REFUSED.contains(String.valueOf(oldRow[id])) && "SENT".equals(newRow[emailState])) {
                throw new SQLException("the connection is lost (test)", "08006");
            }
        }
    }
}
