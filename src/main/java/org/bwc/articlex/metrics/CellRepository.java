package org.bwc.articlex.metrics;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bwc.articlex.process.RequestStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code metrics_cell}: the facts summed per month and year of submission × region × category. */
@Repository
class CellRepository {

    /** The count columns, in {@link CellSummary} order: requests, statuses, screening outcomes, reviews, matched. */
    static final List<String> COUNT_COLUMNS = Stream.of(
                    Stream.of("requests"),
                    Arrays.stream(RequestStatus.values()).map(s -> "s_" + s.name().toLowerCase()),
                    CellSummary.SCREENING_OUTCOMES.stream().map(o -> "sc_" + o.toLowerCase()),
                    CellSummary.REVIEW_DECISIONS.stream().map(d -> "rv_" + d.toLowerCase()),
                    Stream.of("matched"))
            .flatMap(s -> s).toList();
    private static final String KEY_COLUMNS = "grain, period_start, region, category";
    private static final String ALL_COLUMNS = KEY_COLUMNS + ", " + String.join(", ", COUNT_COLUMNS)
            + ", hold_hist, duration_hist, money";
    private static final String INSERT = "INSERT INTO metrics_cell (" + ALL_COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(4 + COUNT_COLUMNS.size() + 3, "?")) + ")";
    private static final String UPDATE = "UPDATE metrics_cell SET "
            + COUNT_COLUMNS.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + ", hold_hist = ?, duration_hist = ?, money = ? WHERE region = ? AND category = ? AND grain = ? AND period_start = ?";

    private final JdbcTemplate jdbc;

    CellRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ── writing (the refresher only, under its lock) ───────────────────────────────────────────────────────────

    /** The stored cells among {@code keys} (absent keys have no row yet). */
    Map<CellKey, CellSummary> load(Collection<CellKey> keys) {
        Map<CellKey, CellSummary> found = new HashMap<>();
        Map<String, List<CellKey>> byPeriod = keys.stream()
                .collect(Collectors.groupingBy(k -> k.grain() + "|" + k.periodStart(), TreeMap::new, Collectors.toList()));
        Set<CellKey> wanted = Set.copyOf(keys);
        for (List<CellKey> period : byPeriod.values()) {
            CellKey first = period.get(0);
            jdbc.query("SELECT " + ALL_COLUMNS + " FROM metrics_cell WHERE grain = ? AND period_start = ?", rs -> {
                CellKey key = key(rs);
                if (wanted.contains(key)) {
                    CellSummary summary = new CellSummary();
                    readCounts(rs, 5, summary);
                    int blobs = 5 + COUNT_COLUMNS.size();
                    summary.addHold(rs.getBytes(blobs));
                    summary.addDurations(rs.getBytes(blobs + 1));
                    summary.addMoney(rs.getBytes(blobs + 2));
                    found.put(key, summary);
                }
            }, String.valueOf(first.grain()), first.periodStart());
        }
        return found;
    }

    void insert(CellKey key, CellSummary summary) {
        jdbc.update(INSERT, ps -> {
            int i = bindKey(ps, 1, key);
            i = bindCounts(ps, i, summary);
            bindBlobs(ps, i, summary);
        });
    }

    void update(CellKey key, CellSummary summary) {
        jdbc.update(UPDATE, ps -> {
            int i = bindCounts(ps, 1, summary);
            i = bindBlobs(ps, i, summary);
            ps.setString(i++, key.region());
            ps.setString(i++, key.category());
            ps.setString(i++, String.valueOf(key.grain()));
            ps.setObject(i, key.periodStart());
        });
    }

    void delete(CellKey key) {
        jdbc.update("DELETE FROM metrics_cell WHERE region = ? AND category = ? AND grain = ? AND period_start = ?",
                key.region(), key.category(), String.valueOf(key.grain()), key.periodStart());
    }

    void deleteAll() {
        jdbc.update("DELETE FROM metrics_cell");
    }

    void insertAll(Map<CellKey, CellSummary> cells) {
        List<Map.Entry<CellKey, CellSummary>> rows = cells.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey()).toList();
        jdbc.batchUpdate(INSERT, rows, 500, (ps, row) -> {
            int i = bindKey(ps, 1, row.getKey());
            i = bindCounts(ps, i, row.getValue());
            bindBlobs(ps, i, row.getValue());
        });
    }

    // ── reading (the metrics queries) ──────────────────────────────────────────────────────────────────────────

    /** Which cells of a dimension to read: the totals ({@code '*'}), one value, or each value separately. */
    record Dimension(String column, String value, boolean each) {

        static Dimension total(String column) {
            return new Dimension(column, CellKey.ALL, false);
        }

        static Dimension one(String column, String value) {
            return new Dimension(column, value, false);
        }

        static Dimension each(String column) {
            return new Dimension(column, null, true);
        }
    }

    /** Sums of the count columns over the cells of a period, per (region, category) as the dimensions select. */
    Map<List<String>, CellSummary> counts(PeriodPlan plan, Dimension region, Dimension category) {
        List<Object> params = new ArrayList<>();
        String where = where(plan, region, category, params);
        Map<List<String>, CellSummary> sums = new HashMap<>();
        if (where == null) {
            return sums;
        }
        String sql = "SELECT region, category, " + COUNT_COLUMNS.stream().map(c -> "SUM(" + c + ")")
                .collect(Collectors.joining(", ")) + " FROM metrics_cell WHERE " + where + " GROUP BY region, category";
        jdbc.query(sql, rs -> {
            CellSummary summary = sums.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new CellSummary());
            readCounts(rs, 3, summary);
        }, params.toArray());
        return sums;
    }

    /** Requests matched in one calendar year ({@code X} cells), per region and category, optionally filtered. */
    Map<List<String>, Long> matchedIn(LocalDate year, String region, String category) {
        StringBuilder sql = new StringBuilder("SELECT region, category, SUM(matched) FROM metrics_cell"
                + " WHERE grain = 'X' AND period_start = ? AND region <> '*' AND category <> '*'");
        List<Object> params = new ArrayList<>(List.of(year));
        if (region != null) {
            sql.append(" AND region = ?");
            params.add(region);
        }
        if (category != null) {
            sql.append(" AND category = ?");
            params.add(category);
        }
        Map<List<String>, Long> matched = new HashMap<>();
        jdbc.query(sql.append(" GROUP BY region, category").toString(), rs -> {
            matched.put(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3));
        }, params.toArray());
        return matched;
    }

    enum Blob {
        HOLD("hold_hist"), DURATIONS("duration_hist"), MONEY("money");

        final String column;

        Blob(String column) {
            this.column = column;
        }
    }

    /** Adds the histograms or money of the cells of a period into {@code into}, per (region, category). */
    void addBlobs(PeriodPlan plan, Dimension region, Dimension category, Blob blob, Map<List<String>, CellSummary> into) {
        List<Object> params = new ArrayList<>();
        String where = where(plan, region, category, params);
        if (where == null) {
            return;
        }
        jdbc.query("SELECT region, category, " + blob.column + " FROM metrics_cell WHERE " + where
                + " AND " + blob.column + " IS NOT NULL", rs -> {
            CellSummary summary = into.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new CellSummary());
            byte[] bytes = rs.getBytes(3);
            switch (blob) {
                case HOLD -> summary.addHold(bytes);
                case DURATIONS -> summary.addDurations(bytes);
                case MONEY -> summary.addMoney(bytes);
            }
        }, params.toArray());
    }

    /** The WHERE clause of the cells of a plan, or null when the plan reads no cells. */
    private static String where(PeriodPlan plan, Dimension region, Dimension category, List<Object> params) {
        List<String> periods = new ArrayList<>();
        List<Object> periodParams = new ArrayList<>();
        if (plan.years() != null) {
            periods.add(range("Y", plan.years(), periodParams));
        }
        for (PeriodPlan.Range<LocalDate> months : plan.months()) {
            periods.add(range("M", months, periodParams));
        }
        if (periods.isEmpty()) {
            return null;
        }
        StringBuilder where = new StringBuilder();
        where.append(dimension(region, params)).append(" AND ").append(dimension(category, params));
        where.append(" AND (").append(String.join(" OR ", periods)).append(')');
        params.addAll(periodParams);
        return where.toString();
    }

    private static String dimension(Dimension dimension, List<Object> params) {
        if (dimension.each()) {
            return dimension.column() + " <> '" + CellKey.ALL + "'";
        }
        params.add(dimension.value());
        return dimension.column() + " = ?";
    }

    private static String range(String grain, PeriodPlan.Range<LocalDate> range, List<Object> params) {
        StringBuilder sql = new StringBuilder("(grain = '").append(grain).append('\'');
        if (range.from() != null) {
            sql.append(" AND period_start >= ?");
            params.add(range.from());
        }
        if (range.to() != null) {
            sql.append(" AND period_start < ?");
            params.add(range.to());
        }
        return sql.append(')').toString();
    }

    // ── mapping ────────────────────────────────────────────────────────────────────────────────────────────────

    private static CellKey key(ResultSet rs) throws SQLException {
        return new CellKey(rs.getString(1).charAt(0), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4));
    }

    private static void readCounts(ResultSet rs, int first, CellSummary summary) throws SQLException {
        int i = first;
        summary.requests += rs.getLong(i++);
        for (int s = 0; s < summary.byStatus.length; s++) {
            summary.byStatus[s] += rs.getLong(i++);
        }
        for (int s = 0; s < summary.byScreening.length; s++) {
            summary.byScreening[s] += rs.getLong(i++);
        }
        for (int r = 0; r < summary.byReview.length; r++) {
            summary.byReview[r] += rs.getLong(i++);
        }
        summary.matched += rs.getLong(i);
    }

    private static int bindKey(PreparedStatement ps, int first, CellKey key) throws SQLException {
        ps.setString(first, String.valueOf(key.grain()));
        ps.setObject(first + 1, key.periodStart());
        ps.setString(first + 2, key.region());
        ps.setString(first + 3, key.category());
        return first + 4;
    }

    private static int bindCounts(PreparedStatement ps, int first, CellSummary summary) throws SQLException {
        int i = first;
        ps.setLong(i++, summary.requests);
        for (long count : summary.byStatus) {
            ps.setLong(i++, count);
        }
        for (long count : summary.byScreening) {
            ps.setLong(i++, count);
        }
        for (long count : summary.byReview) {
            ps.setLong(i++, count);
        }
        ps.setLong(i++, summary.matched);
        return i;
    }

    private static int bindBlobs(PreparedStatement ps, int first, CellSummary summary) throws SQLException {
        int i = first;
        setBytes(ps, i++, summary.hold.isEmpty() ? null : summary.holdBytes());
        setBytes(ps, i++, summary.durationBytes());
        setBytes(ps, i++, summary.money.isEmpty() ? null : summary.moneyBytes());
        return i;
    }

    private static void setBytes(PreparedStatement ps, int index, byte[] bytes) throws SQLException {
        if (bytes == null) {
            ps.setNull(index, Types.BINARY);
        } else {
            ps.setBytes(index, bytes);
        }
    }
}
