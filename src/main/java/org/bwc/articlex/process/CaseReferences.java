package org.bwc.articlex.process;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Hands out case references such as {@code REQ-2026-0042}: one counter row per prefix and year, shared by every
 * node on the database. Each number is taken by one statement that commits at once (auto-commit: the row is locked
 * for that statement only, one round trip), so concurrent submissions never wait for each other's transactions (see
 * docs/operations.md, "Case references"). The price is that a submission rolled back after taking its number leaves a
 * gap: numbers are unique and increasing, not necessarily consecutive.
 *
 * <p>The statements run on a small pool of their own, in plain JDBC: taking a second connection from the application's
 * pool while the caller's transaction holds one would deadlock once every connection belongs to a waiting submission,
 * and a Spring {@code JdbcTemplate} would keep the connection bound to the caller's transaction until it ends.
 */
@Component
public class CaseReferences implements DisposableBean {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");

    private static final String UNIQUE_VIOLATION = "23505";

    private final HikariDataSource counters;
    private final String takeNext;
    private final Clock clock;

    public CaseReferences(DataSourceProperties database, Clock clock,
            @Value("${spring.datasource.hikari.connection-timeout:5000}") long connectionTimeoutMillis) {
        this.counters = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        this.counters.setPoolName("case-references");
        this.counters.setMaximumPoolSize(4);
        this.counters.setMinimumIdle(0);
        // as the application's pool: with the database away a submission gets its 503 after this wait, not Hikari's 30 s
        this.counters.setConnectionTimeout(connectionTimeoutMillis);
        this.counters.setAutoCommit(true);
        // the updated value in the same statement: PostgreSQL's RETURNING, H2's data change delta table
        String increment = "UPDATE reference_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?";
        this.takeNext = counters.getJdbcUrl().startsWith("jdbc:postgresql:") ? increment + " RETURNING last_value"
                : "SELECT last_value FROM FINAL TABLE (" + increment + ")";
        this.clock = clock;
    }

    public String next(String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Not a reference prefix: " + prefix);
        }
        int year = Year.now(clock).getValue();
        Integer value = take(prefix, year);
        if (value == null) {
            createCounter(prefix, year);
            value = take(prefix, year);
            if (value == null) {
                throw new IllegalStateException("No " + prefix + " counter for " + year);
            }
        }
        return "%s-%d-%04d".formatted(prefix, year, value);
    }

    /** The next number of the year, or null when the year has no counter yet. */
    private Integer take(String prefix, int year) {
        try (Connection connection = counters.getConnection();
                PreparedStatement statement = connection.prepareStatement(takeNext)) {
            statement.setString(1, prefix);
            statement.setInt(2, year);
            try (ResultSet next = statement.executeQuery()) {
                return next.next() ? next.getInt(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the next " + prefix + " reference of " + year, e);
        }
    }

    /** The first case of a year creates its counter; two nodes racing to create it both go on with the one row. */
    private void createCounter(String prefix, int year) {
        try (Connection connection = counters.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO reference_counter (prefix, counter_year, last_value) VALUES (?, ?, 0)")) {
            statement.setString(1, prefix);
            statement.setInt(2, year);
            statement.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create the " + prefix + " counter of " + year, e);
            }
            // created by another submission meanwhile, which is all we need
        }
    }

    @Override
    public void destroy() {
        counters.close();
    }
}
