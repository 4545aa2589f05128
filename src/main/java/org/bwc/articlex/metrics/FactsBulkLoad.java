package org.bwc.articlex.metrics;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.bwc.articlex.jdbc.BulkInsert;

/**
 * Writes the metrics facts of bulk-loaded cases on the caller's connection and transaction (the historic-case
 * generator, {@code demo}), computed exactly as the refresher would from the rows written beside them; rows are
 * written on {@link #close()}, after their requests. The cells are rebuilt afterwards ({@link MetricsRefresher#rebuildCells}).
 */
public final class FactsBulkLoad {

    /** The tables the metrics keep (for fresh planner statistics after a load); VACUUMed too on PostgreSQL. */
    public static final List<String> TABLES = List.of("metrics_case", "metrics_cell", "metrics_offer_cell");

    private static final int[] FACT_TYPES = factTypes();

    private final BulkInsert facts;

    public FactsBulkLoad(Connection connection) {
        facts = new BulkInsert(connection, "metrics_case", FactsRepository.COLUMNS, FACT_TYPES);
    }

    /** @param regionOf the UN regional group of a State Party code */
    public void add(CaseSource source, Function<String, String> regionOf) throws SQLException {
        CaseFacts f = CaseFactsCalculator.compute(source, regionOf);
        Object[] values = new Object[FactsRepository.COLUMN_COUNT];
        int i = 0;
        values[i++] = f.requestId();
        values[i++] = f.requestingState();
        values[i++] = f.region();
        values[i++] = f.category();
        values[i++] = utc(f.createdAt());
        values[i++] = f.status().name();
        values[i++] = utc(f.statusSince());
        values[i++] = f.screeningOutcome();
        values[i++] = f.balanceOutcome();
        values[i++] = f.reviewDecision();
        values[i++] = f.holdSeconds();
        values[i++] = f.currency();
        values[i++] = f.requestedCents();
        values[i++] = f.pledgedCents();
        values[i++] = f.matchedAt() == null ? null : utc(f.matchedAt());
        for (long d : f.durations()) {
            values[i++] = d < 0 ? null : d;
        }
        facts.add(values);
    }

    public void close() throws SQLException {
        facts.close();
    }

    public long written() {
        return facts.written();
    }

    private static int[] factTypes() {
        int[] types = new int[FactsRepository.COLUMN_COUNT];
        Arrays.fill(types, Types.BIGINT);
        int[] leading = {Types.VARCHAR, Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
            Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
            Types.CHAR, Types.BIGINT, Types.BIGINT, Types.TIMESTAMP_WITH_TIMEZONE};
        System.arraycopy(leading, 0, types, 0, leading.length);
        return types;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
