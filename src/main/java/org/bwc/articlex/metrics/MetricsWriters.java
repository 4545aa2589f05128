package org.bwc.articlex.metrics;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The metrics tables have one writer at a time, on every node: a transaction that writes them first locks the one row
 * of {@code metrics_refresh}. Two writers of the same month (the scheduled count and a rebuild, or two nodes) would
 * otherwise both delete its cells and both insert them again, and the second would fail on the first's rows.
 */
final class MetricsWriters {

    private MetricsWriters() {
    }

    /** Waits for the other writers; held until the calling transaction ends. */
    static void lock(JdbcClient jdbc) {
        jdbc.sql("SELECT id FROM metrics_refresh WHERE id = 1 FOR UPDATE").query(Integer.class).optional();
    }
}
