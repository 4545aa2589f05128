package org.bwc.articlex.process;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reserves a block of case references of one year at once (e.g. {@code REQ-2019-0001} to {@code -5000}) for bulk
 * loads, in a transaction of its own, so that cases submitted meanwhile through {@link CaseReferences} get numbers
 * after the block.
 */
@Component
public class ReferenceBlocks {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    ReferenceBlocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @return the first number of the {@code count} reserved ones of {@code prefix} in {@code year} */
    public long reserve(String prefix, int year, int count) {
        Long first = ownTransaction.execute(status -> {
            int updated = jdbc.sql("UPDATE reference_counter SET last_value = last_value + ? WHERE prefix = ? AND counter_year = ?")
                    .params(count, prefix, year).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO reference_counter (prefix, counter_year, last_value) VALUES (?, ?, ?)")
                            .params(prefix, year, count).update();
                    return 1L;
                } catch (DuplicateKeyException race) {
                    jdbc.sql("UPDATE reference_counter SET last_value = last_value + ? WHERE prefix = ? AND counter_year = ?")
                            .params(count, prefix, year).update();
                }
            }
            long last = jdbc.sql("SELECT last_value FROM reference_counter WHERE prefix = ? AND counter_year = ?")
                    .params(prefix, year).query(Long.class).single();
            return last - count + 1;
        });
        return first == null ? 1 : first;
    }
}
