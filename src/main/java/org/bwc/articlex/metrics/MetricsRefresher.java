package org.bwc.articlex.metrics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code metrics_case} and {@code metrics_cell} in step with the request tables. Every status change queues its
 * request in {@code metrics_dirty} ({@link MetricsStatusListener}, in the transaction of the change); a refresh derives
 * the queued requests' facts again and adds the difference between their old and new facts to their eight cells.
 * Runs every few seconds ({@link MetricsScheduler}) and on demand; one node at a time (the {@code metrics_refresh}
 * row is the lock), a batch per transaction, so the request tables never wait for it and the cells always equal
 * the sum of the facts.
 */
@Component
public class MetricsRefresher {

    static final int BATCH = 500;

    private final FactsRepository facts;
    private final CellRepository cells;
    private final CaseSources sources;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Function<String, String> regionOf;
    private volatile Instant lastFoundEmpty;

    MetricsRefresher(FactsRepository facts, CellRepository cells, CaseSources sources, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock, StatesRegistry states) {
        this.facts = facts;
        this.cells = cells;
        this.sources = sources;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.regionOf = regionLookup(states);
    }

    static Function<String, String> regionLookup(StatesRegistry states) {
        return code -> states.find(code == null ? null : code.strip()).map(StateParty::region).map(Enum::name)
                .orElse("UNKNOWN");
    }

    /** Processes the whole queue; returns the number of requests whose facts were derived again. */
    public int refreshNow() {
        int total = 0;
        while (true) {
            Instant checked = clock.instant();
            Integer done = transaction.execute(status -> refreshBatch(BATCH));
            if (done == null || done == 0) {
                lastFoundEmpty = checked; // nothing was waiting: the figures are current as of then
                return total;
            }
            total += done;
        }
    }

    private int refreshBatch(int limit) {
        lock();
        List<FactsRepository.Dirty> queued = facts.nextDirty(limit);
        if (queued.isEmpty()) {
            return 0;
        }
        Set<String> ids = new LinkedHashSet<>();
        queued.forEach(d -> ids.add(d.requestId()));
        Map<String, CaseFacts> before = facts.find(ids);
        Map<String, CaseSource> now = sources.load(ids);
        Map<CellKey, CellSummary> delta = new TreeMap<>();
        for (String id : ids) {
            CaseFacts old = before.get(id);
            CaseSource source = now.get(id);
            CaseFacts current = source == null ? null : CaseFactsCalculator.compute(source, regionOf);
            if (current != null && current.equals(old)) {
                continue;
            }
            if (old != null) {
                addTo(delta, old, -1);
            }
            if (current != null) {
                addTo(delta, current, 1);
            }
            if (current == null) {
                facts.delete(id);
            } else if (old == null) {
                facts.insert(current);
            } else {
                facts.update(current);
            }
        }
        apply(delta);
        facts.clearDirty(queued);
        jdbc.sql("UPDATE metrics_refresh SET refreshed_at = ? WHERE id = 1").param(now()).update();
        return ids.size();
    }

    private static void addTo(Map<CellKey, CellSummary> delta, CaseFacts facts, int sign) {
        for (CellKey key : CellKey.of(facts)) {
            key.contribute(delta.computeIfAbsent(key, k -> new CellSummary()), facts, sign);
        }
    }

    /** Adds a difference to the stored cells, in key order (two refreshes never lock the same rows crosswise). */
    private void apply(Map<CellKey, CellSummary> delta) {
        if (delta.isEmpty()) {
            return;
        }
        Map<CellKey, CellSummary> stored = cells.load(delta.keySet());
        delta.forEach((key, change) -> {
            CellSummary cell = stored.get(key);
            if (cell == null) {
                if (!change.isEmpty()) {
                    cells.insert(key, change);
                }
                return;
            }
            cell.add(change, 1);
            if (cell.isEmpty()) {
                cells.delete(key);
            } else {
                cells.update(key, cell);
            }
        });
    }

    /**
     * Builds every cell again from the facts (after a bulk load such as the generator's, or to repair): one pass in
     * submission order, holding one year of submission cells (and the small match-year cells) at a time.
     */
    public void rebuildCells() {
        transaction.executeWithoutResult(status -> {
            lock();
            cells.deleteAll();
            Map<CellKey, CellSummary> open = new HashMap<>();
            Map<CellKey, CellSummary> matches = new HashMap<>();
            LocalDate[] currentYear = {null};
            facts.forEachInSubmissionOrder(f -> {
                LocalDate year = LocalDate.ofInstant(f.createdAt(), ZoneOffset.UTC).withDayOfYear(1);
                if (!year.equals(currentYear[0])) {
                    cells.insertAll(open);
                    open.clear();
                    currentYear[0] = year;
                }
                for (CellKey key : CellKey.of(f)) {
                    // a match may come years after the submission: those cells stay until the end
                    Map<CellKey, CellSummary> into = key.grain() == CellKey.MATCH_YEAR ? matches : open;
                    key.contribute(into.computeIfAbsent(key, k -> new CellSummary()), f, 1);
                }
            });
            cells.insertAll(open);
            cells.insertAll(matches);
            OffsetDateTime at = now();
            jdbc.sql("UPDATE metrics_refresh SET refreshed_at = ?, rebuilt_at = ? WHERE id = 1").params(at, at).update();
        });
    }

    /**
     * When the figures were last known to be up to date: the last refresh that changed them (any node), or this node
     * finding nothing queued, whichever is later; null if neither happened yet.
     */
    Instant refreshedAt() {
        Instant stored = jdbc.sql("SELECT refreshed_at FROM metrics_refresh WHERE id = 1")
                .query((rs, n) -> CaseSources.instant(rs, 1)).optional().orElse(null);
        Instant checked = lastFoundEmpty;
        if (stored == null || checked != null && checked.isAfter(stored)) {
            return checked;
        }
        return stored;
    }

    private void lock() {
        MetricsWriters.lock(jdbc);
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
