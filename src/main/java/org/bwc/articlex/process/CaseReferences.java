package org.bwc.articlex.process;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references such as {@code REQ-2026-0042}: one counter row per prefix and year, shared by every
 * node on the database. Each number is taken in a short transaction of its own that commits at once, so concurrent
 * submissions never wait for each other's transactions (see docs/operations.md, "Case references"). The price is
 * that a submission rolled back after taking its number leaves a gap: numbers are unique and increasing, not
 * necessarily consecutive.
 *
 * <p>The short transactions run on a small pool of their own: taking a second connection from the application's
 * pool while the caller's transaction holds one would deadlock once every connection belongs to a waiting submission.
 */
@Component
public class CaseReferences implements DisposableBean {

    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,5}");

    private final HikariDataSource counters;
    private final JdbcClient jdbc;
    private final TransactionTemplate shortTransaction;
    private final Clock clock;

    public CaseReferences(DataSourceProperties database, Clock clock) {
        this.counters = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        this.counters.setPoolName("case-references");
        this.counters.setMaximumPoolSize(2);
        this.counters.setMinimumIdle(0);
        this.jdbc = JdbcClient.create(counters);
        this.shortTransaction = new TransactionTemplate(new JdbcTransactionManager(counters));
        this.clock = clock;
    }

    public String next(String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Not a reference prefix: " + prefix);
        }
        int year = Year.now(clock).getValue();
        Integer value = shortTransaction.execute(status -> take(prefix, year));
        if (value == null) {
            createCounter(prefix, year);
            value = shortTransaction.execute(status -> take(prefix, year));
            if (value == null) {
                throw new IllegalStateException("No " + prefix + " counter for " + year);
            }
        }
        return "%s-%d-%04d".formatted(prefix, year, value);
    }

    /** The next number of the year, or null when the year has no counter yet; the row is locked for two statements. */
    private Integer take(String prefix, int year) {
        int updated = jdbc.sql("UPDATE reference_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?")
                .params(prefix, year).update();
        if (updated == 0) {
            return null;
        }
        return jdbc.sql("SELECT last_value FROM reference_counter WHERE prefix = ? AND counter_year = ?")
                .params(prefix, year).query(Integer.class).single();
    }

    /** The first case of a year creates its counter; two nodes racing to create it both go on with the one row. */
    private void createCounter(String prefix, int year) {
        try {
            shortTransaction.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO reference_counter (prefix, counter_year, last_value) VALUES (?, ?, 0)")
                    .params(prefix, year).update());
        } catch (DuplicateKeyException createdByAnotherSubmission) {
            // the counter exists now, which is all we need
        }
    }

    @Override
    public void destroy() {
        counters.close();
    }
}
