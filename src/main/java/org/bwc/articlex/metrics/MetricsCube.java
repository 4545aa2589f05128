package org.bwc.articlex.metrics;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Answers "the sum of the facts of these requests" for a filter, grouped by region and/or category, from the cells
 * of the whole months and years of the period and the facts of its partial months ({@link PeriodPlan}). Only the
 * parts asked for are read: counts always, histograms and money on demand.
 */
@Component
class MetricsCube {

    enum Grouping {
        NONE(false, false), REGION(true, false), CATEGORY(false, true), REGION_AND_CATEGORY(true, true);

        final boolean byRegion;
        final boolean byCategory;

        Grouping(boolean byRegion, boolean byCategory) {
            this.byRegion = byRegion;
            this.byCategory = byCategory;
        }
    }

    private final CellRepository cells;
    private final FactsRepository facts;

    MetricsCube(CellRepository cells, FactsRepository facts) {
        this.cells = cells;
        this.facts = facts;
    }

    /**
     * @return one summary per group, keyed by {@code [region, category]} ({@code "*"} where not grouped); groups
     *         without any request may be missing
     */
    Map<List<String>, CellSummary> summarize(MetricsFilter filter, Grouping grouping, Set<CellRepository.Blob> blobs) {
        PeriodPlan plan = PeriodPlan.of(filter.from(), filter.to());
        String region = filter.region() == null ? null : filter.region().name();
        String category = filter.category() == null ? null : filter.category().name();
        CellRepository.Dimension regionDim = region != null ? CellRepository.Dimension.one("region", region)
                : grouping.byRegion ? CellRepository.Dimension.each("region") : CellRepository.Dimension.total("region");
        CellRepository.Dimension categoryDim = category != null ? CellRepository.Dimension.one("category", category)
                : grouping.byCategory ? CellRepository.Dimension.each("category") : CellRepository.Dimension.total("category");

        Map<List<String>, CellSummary> byCell = cells.counts(plan, regionDim, categoryDim);
        for (CellRepository.Blob blob : blobs) {
            cells.addBlobs(plan, regionDim, categoryDim, blob, byCell);
        }
        Map<List<String>, CellSummary> groups = new HashMap<>();
        byCell.forEach((key, summary) -> groups.computeIfAbsent(group(grouping, key.get(0), key.get(1)),
                k -> new CellSummary()).add(summary, 1));
        for (PeriodPlan.Range<Instant> days : plan.days()) {
            facts.forEachSubmitted(days.from(), days.to(), region, category, f -> groups
                    .computeIfAbsent(group(grouping, f.region(), f.category()), k -> new CellSummary()).add(f, 1));
        }
        return groups;
    }

    /** All requests of the filter in one summary. */
    CellSummary total(MetricsFilter filter, Set<CellRepository.Blob> blobs) {
        CellSummary total = new CellSummary();
        summarize(filter, Grouping.NONE, blobs).values().forEach(s -> total.add(s, 1));
        return total;
    }

    static Set<CellRepository.Blob> none() {
        return EnumSet.noneOf(CellRepository.Blob.class);
    }

    private static List<String> group(Grouping grouping, String region, String category) {
        return List.of(grouping.byRegion ? region : CellKey.ALL, grouping.byCategory ? category : CellKey.ALL);
    }
}
