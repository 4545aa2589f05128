package org.bwc.articlex.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.matching.MatchingFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers made, counted per calendar month, category and eligible region into {@code metrics_offer_cell}, so that the
 * yearly report never scans the offers registry ({@code offer}, {@code offer_region}). Offers are registered
 * now, so only the current and the previous month change: they are counted again on the gauges' schedule; every
 * month is counted again at start-up when the totals disagree with the registry (an import, say) and after the
 * generator.
 */
@Component
public class OfferCounts {

    private static final Logger log = LoggerFactory.getLogger(OfferCounts.class);

    private final JdbcClient jdbc;
    private final MatchingFigures matching;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OfferCounts(JdbcClient jdbc, MatchingFigures matching, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The current and the previous month (a registration committed just after midnight on the 1st included). */
    void refreshRecent() {
        LocalDate month = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).withDayOfMonth(1);
        recount(month.minusMonths(1), month.plusMonths(1));
    }

    /** Counts every month again if the counted total differs from the registry's. */
    void rebuildIfStale() {
        long registered = matching.offerCount();
        long counted = jdbc.sql("SELECT COALESCE(SUM(offers), 0) FROM metrics_offer_cell WHERE region = '*'")
                .query(Long.class).single();
        if (registered != counted) {
            log.info("Metrics: counting the offers registry again ({} offers, {} counted)", registered, counted);
            rebuild();
        }
    }

    public void rebuild() {
        List<Instant> range = matching.offerRegistrations().orElse(null);
        Instant first = range == null ? null : range.get(0);
        Instant last = range == null ? null : range.get(1);
        transaction.executeWithoutResult(status -> {
            MetricsWriters.lock(jdbc);
            jdbc.sql("DELETE FROM metrics_offer_cell").update();
        });
        if (first == null) {
            return;
        }
        LocalDate end = LocalDate.ofInstant(last, ZoneOffset.UTC).withDayOfMonth(1).plusMonths(1);
        for (LocalDate month = LocalDate.ofInstant(first, ZoneOffset.UTC).withDayOfMonth(1); month.isBefore(end);
                month = month.plusMonths(1)) {
            recount(month, month.plusMonths(1));
        }
    }

    /** Replaces the counts of the months in {@code [from, to)} by the registry's, one month per transaction. */
    private void recount(LocalDate from, LocalDate to) {
        for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
            LocalDate start = month;
            OffsetDateTime lower = start.atStartOfDay().atOffset(ZoneOffset.UTC);
            OffsetDateTime upper = start.plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            transaction.executeWithoutResult(status -> {
                MetricsWriters.lock(jdbc);
                Map<List<String>, Long> counts = new LinkedHashMap<>();
                matching.offersByCategory(lower, upper).forEach((category, n) -> counts.put(List.of(category, CellKey.ALL), n));
                counts.putAll(matching.offersByCategoryAndRegion(lower, upper));
                jdbc.sql("DELETE FROM metrics_offer_cell WHERE period_start = ?").param(start).update();
                counts.forEach((key, n) -> jdbc.sql(
                                "INSERT INTO metrics_offer_cell (period_start, category, region, offers) VALUES (?, ?, ?, ?)")
                        .params(start, key.get(0), key.get(1), n).update());
            });
        }
    }

    /**
     * Offers made in a year: per category (every offer once, region {@code *}) and per eligible region (category
     * {@code *} summed), optionally of one category and eligible for one region.
     *
     * @return {@code [category, region] → offers}
     */
    Map<List<String>, Long> inYear(int year, String region, String category) {
        StringBuilder sql = new StringBuilder("SELECT category, region, SUM(offers) FROM metrics_offer_cell"
                + " WHERE period_start >= ? AND period_start < ?");
        List<Object> params = new ArrayList<>(List.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)));
        if (category != null) {
            sql.append(" AND category = ?");
            params.add(category);
        }
        if (region != null) {
            sql.append(" AND region = ?");
            params.add(region);
        }
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql.append(" GROUP BY category, region").toString()).params(params)
                .query(rs -> {
                    counts.put(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }
}
