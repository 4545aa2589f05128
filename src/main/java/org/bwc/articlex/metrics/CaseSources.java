package org.bwc.articlex.metrics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.process.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads requests from the request tables as {@link CaseSource}s, a batch at a time (one query per table, never one
 * per case).
 */
@Component
class CaseSources {

    private final JdbcClient jdbc;

    CaseSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the requests that exist among {@code ids}, by id */
    Map<String, CaseSource> load(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object> params = List.copyOf(ids);
        String in = " IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        record Row(String id, String state, String category, Instant createdAt, RequestStatus status, Instant updatedAt,
                BigDecimal cost, String currency) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT id, requesting_state, category, created_at, status, updated_at, estimated_cost_amount,
                       estimated_cost_currency
                FROM assistance_request WHERE id""" + in)
                .params(params)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                        RequestStatus.valueOf(rs.getString(5)), instant(rs, 6), rs.getBigDecimal(7), trim(rs.getString(8))))
                .list();
        Map<String, List<CaseSource.StatusEntry>> history = new HashMap<>();
        jdbc.sql("SELECT request_id, status, changed_at FROM request_status_history WHERE request_id" + in
                        + " ORDER BY request_id, id")
                .params(params)
                .query(rs -> {
                    history.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CaseSource.StatusEntry(RequestStatus.valueOf(rs.getString(2)), instant(rs, 3)));
                });
        Map<String, List<CaseSource.DecisionEntry>> decisions = new HashMap<>();
        jdbc.sql("SELECT request_id, kind, outcome, decided_at FROM decision_record WHERE request_id" + in
                        + " AND kind IN ('ARTICLE_III_SCREENING', 'ARTICLE_X_BALANCE', 'BALANCE_REVIEW') ORDER BY request_id, id")
                .params(params)
                .query(rs -> {
                    decisions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CaseSource.DecisionEntry(rs.getString(2), rs.getString(3), instant(rs, 4)));
                });
        Map<String, Map<String, BigDecimal>> pledges = pledges(in, params);
        Map<String, Instant> matches = new HashMap<>();
        jdbc.sql("SELECT request_id, MIN(responded_at) FROM match_proposal WHERE status = 'ACCEPTED' AND request_id"
                        + in + " GROUP BY request_id")
                .params(params)
                .query(rs -> {
                    Instant at = instant(rs, 2);
                    if (at != null) {
                        matches.put(rs.getString(1), at);
                    }
                });
        Map<String, CaseSource> sources = new LinkedHashMap<>();
        for (Row row : rows) {
            BigDecimal pledged = row.currency() == null ? null
                    : pledges.getOrDefault(row.id(), Map.of()).get(row.currency());
            sources.put(row.id(), new CaseSource(row.id(), row.state(), row.category(), row.createdAt(), row.status(),
                    row.updatedAt(), row.cost(), row.currency(), history.getOrDefault(row.id(), List.of()),
                    decisions.getOrDefault(row.id(), List.of()), pledged, matches.get(row.id())));
        }
        return sources;
    }

    /**
     * The sum pledged to each request, per currency. Only pledges in the request's own currency count towards it
     * (funding rejects others).
     */
    private Map<String, Map<String, BigDecimal>> pledges(String in, List<Object> params) {
        Map<String, Map<String, BigDecimal>> pledges = new HashMap<>();
        jdbc.sql("SELECT request_id, currency, SUM(amount) FROM pledge WHERE request_id" + in
                        + " GROUP BY request_id, currency")
                .params(params)
                .query(rs -> {
                    pledges.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(trim(rs.getString(2)), rs.getBigDecimal(3));
                });
        return pledges;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
