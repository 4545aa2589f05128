package org.bwc.articlex.process;

import java.time.Clock;
import java.time.Year;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out case references such as {@code REQ-2026-0042}: one counter per prefix and year. The counter row
 * stays locked by the caller's transaction until it commits, so concurrent submissions get distinct numbers
 * and a rolled-back submission gives its number back.
 */
@Component
public class CaseReferences {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    public CaseReferences(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix) {
        int year = Year.now(clock).getValue();
        if (increment(prefix, year) == 0) {
            createCounter(prefix, year);
            if (increment(prefix, year) == 0) {
                throw new IllegalStateException("No " + prefix + " counter for " + year);
            }
        }
        int value = jdbc.sql("SELECT last_value FROM reference_counter WHERE prefix = ? AND counter_year = ?")
                .params(prefix, year).query(Integer.class).single();
        return "%s-%d-%04d".formatted(prefix, year, value);
    }

    private int increment(String prefix, int year) {
        return jdbc.sql("UPDATE reference_counter SET last_value = last_value + 1 WHERE prefix = ? AND counter_year = ?")
                .params(prefix, year).update();
    }

    /** The first case of a year creates its counter, in a transaction of its own so a race costs nothing. */
    private void createCounter(String prefix, int year) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc
                    .sql("INSERT INTO reference_counter (prefix, counter_year, last_value) VALUES (?, ?, 0)")
                    .params(prefix, year).update());
        } catch (DuplicateKeyException createdByAnotherSubmission) {
            // the counter exists now, which is all we need
        }
    }
}
