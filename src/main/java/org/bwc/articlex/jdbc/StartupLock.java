package org.bwc.articlex.jdbc;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster-wide lock of the start-up seeding. Writes that every node makes when it starts (users, groups,
 * authorizations, the shared Tasklist filter) check what exists and add what is missing; two nodes started at the
 * same moment would both find nothing and both insert. Holding this lock (a row lock on {@code startup_lock}, V17,
 * on PostgreSQL and H2 alike) for the whole transaction makes them seed one after the other.
 */
@Component
public class StartupLock {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    StartupLock(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs {@code seeding} in one transaction that first takes the lock; another node's seeding waits for its commit. */
    public void seed(Runnable seeding) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT name FROM startup_lock WHERE name = 'seeding' FOR UPDATE", String.class);
            seeding.run();
        });
    }
}
