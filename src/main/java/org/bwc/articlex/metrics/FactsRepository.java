package org.bwc.articlex.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bwc.articlex.process.RequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code metrics_case} (one fact row per request) and the queue of requests to derive again, {@code metrics_dirty}. */
@Repository
class FactsRepository {

    static final String COLUMNS = "request_id, requesting_state, region, category, created_at, status, status_since,"
            + " screening_outcome, balance_outcome, review_decision, hold_seconds, currency, requested_cents,"
            + " pledged_cents, matched_at, d_submitted, d_under_review, d_clarification_requested, d_screening,"
            + " d_balance_review, d_matching, d_awaiting_offeror, d_open_need, d_funding, d_implementation, d_reporting";
    static final int COLUMN_COUNT = 26;
    static final String INSERT = "INSERT INTO metrics_case (" + COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(COLUMN_COUNT, "?")) + ")";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    FactsRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ── the queue ──────────────────────────────────────────────────────────────────────────────────────────────

    /** In the caller's transaction: this request's facts are to be derived again. */
    void markDirty(String requestId) {
        jdbc.sql("INSERT INTO metrics_dirty (request_id) VALUES (?)").param(requestId).update();
    }

    record Dirty(long id, String requestId) {
    }

    List<Dirty> nextDirty(int limit) {
        return jdbc.sql("SELECT id, request_id FROM metrics_dirty ORDER BY id LIMIT ?").param(limit)
                .query((rs, n) -> new Dirty(rs.getLong(1), rs.getString(2))).list();
    }

    /** Removes exactly the entries read (an entry queued meanwhile stays for the next round). */
    void clearDirty(List<Dirty> entries) {
        for (int from = 0; from < entries.size(); from += 500) {
            List<Object> ids = entries.subList(from, Math.min(entries.size(), from + 500)).stream()
                    .map(d -> (Object) d.id()).toList();
            jdbc.sql("DELETE FROM metrics_dirty WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                    .params(ids).update();
        }
    }

    long dirtyCount() {
        return jdbc.sql("SELECT COUNT(*) FROM metrics_dirty").query(Long.class).single();
    }

    // ── the facts ──────────────────────────────────────────────────────────────────────────────────────────────

    Map<String, CaseFacts> find(Collection<String> ids) {
        Map<String, CaseFacts> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM metrics_case WHERE request_id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
                .params(List.copyOf(ids))
                .query(rs -> {
                    CaseFacts facts = facts(rs);
                    found.put(facts.requestId(), facts);
                });
        return found;
    }

    void insert(CaseFacts facts) {
        template.update(INSERT, ps -> bind(ps, 1, facts));
    }

    void update(CaseFacts facts) {
        template.update("DELETE FROM metrics_case WHERE request_id = ?", facts.requestId());
        insert(facts);
    }

    void delete(String requestId) {
        jdbc.sql("DELETE FROM metrics_case WHERE request_id = ?").param(requestId).update();
    }

    /** Every fact submitted in {@code [from, to)} (either end may be null), optionally of one region and category. */
    void forEachSubmitted(Instant from, Instant to, String region, String category, Consumer<CaseFacts> action) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM metrics_case WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            sql.append(" AND created_at >= ?");
            params.add(from.atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND created_at < ?");
            params.add(to.atOffset(ZoneOffset.UTC));
        }
        if (region != null) {
            sql.append(" AND region = ?");
            params.add(region);
        }
        if (category != null) {
            sql.append(" AND category = ?");
            params.add(category);
        }
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            action.accept(facts(rs));
        });
    }

    /** Every fact, oldest submission first, streamed (for a rebuild of the cells). */
    void forEachInSubmissionOrder(Consumer<CaseFacts> action) {
        template.query(connection -> {
            PreparedStatement ps = connection.prepareStatement("SELECT " + COLUMNS + " FROM metrics_case ORDER BY created_at, request_id");
            ps.setFetchSize(5000);
            return ps;
        }, rs -> {
            action.accept(facts(rs));
        });
    }

    /** The cases longest in one of {@code statuses} (oldest {@code status_since} first) that pass the filter. */
    List<CaseFacts> oldestIn(Collection<RequestStatus> statuses, MetricsFilter filter, int limit) {
        List<CaseFacts> oldest = new ArrayList<>();
        for (RequestStatus status : statuses) {
            StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM metrics_case WHERE status = ?");
            List<Object> params = new ArrayList<>(List.of(status.name()));
            if (filter.region() != null) {
                sql.append(" AND region = ?");
                params.add(filter.region().name());
            }
            if (filter.category() != null) {
                sql.append(" AND category = ?");
                params.add(filter.category().name());
            }
            if (filter.from() != null) {
                sql.append(" AND created_at >= ?");
                params.add(CellKey.startOfDay(filter.from()).atOffset(ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                sql.append(" AND created_at < ?");
                params.add(CellKey.startOfDay(filter.to().plusDays(1)).atOffset(ZoneOffset.UTC));
            }
            params.add(limit);
            oldest.addAll(jdbc.sql(sql + " ORDER BY status_since, request_id LIMIT ?").params(params)
                    .query((rs, n) -> facts(rs)).list());
        }
        oldest.sort(java.util.Comparator.comparing(CaseFacts::statusSince).thenComparing(CaseFacts::requestId));
        return oldest.size() > limit ? List.copyOf(oldest.subList(0, limit)) : oldest;
    }

    /** Binds the {@link #COLUMN_COUNT} columns of a fact from {@code first} on. */
    static void bind(PreparedStatement ps, int first, CaseFacts f) throws SQLException {
        int i = first;
        ps.setString(i++, f.requestId());
        ps.setString(i++, f.requestingState());
        ps.setString(i++, f.region());
        ps.setString(i++, f.category());
        ps.setObject(i++, f.createdAt().atOffset(ZoneOffset.UTC));
        ps.setString(i++, f.status().name());
        ps.setObject(i++, f.statusSince().atOffset(ZoneOffset.UTC));
        ps.setString(i++, f.screeningOutcome());
        ps.setString(i++, f.balanceOutcome());
        ps.setString(i++, f.reviewDecision());
        setLong(ps, i++, f.holdSeconds());
        ps.setString(i++, f.currency());
        setLong(ps, i++, f.requestedCents());
        ps.setLong(i++, f.pledgedCents());
        if (f.matchedAt() == null) {
            ps.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i++, f.matchedAt().atOffset(ZoneOffset.UTC));
        }
        for (long d : f.durations()) {
            setLong(ps, i++, d < 0 ? null : d);
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static CaseFacts facts(ResultSet rs) throws SQLException {
        long[] durations = new long[Phase.TIMED_STATUSES.size()];
        for (int d = 0; d < durations.length; d++) {
            long value = rs.getLong(16 + d);
            durations[d] = rs.wasNull() ? CaseFacts.NONE : value;
        }
        return new CaseFacts(rs.getString(1), rs.getString(2).strip(), rs.getString(3), rs.getString(4),
                CaseSources.instant(rs, 5), RequestStatus.valueOf(rs.getString(6)), CaseSources.instant(rs, 7),
                rs.getString(8), rs.getString(9), rs.getString(10), nullableLong(rs, 11), trim(rs.getString(12)),
                nullableLong(rs, 13), rs.getLong(14), CaseSources.instant(rs, 15), durations);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
