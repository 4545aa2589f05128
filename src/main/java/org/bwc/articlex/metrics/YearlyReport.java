package org.bwc.articlex.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.metrics.MetricsViews.Yearly;
import org.bwc.articlex.metrics.MetricsViews.YearlyRow;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.springframework.stereotype.Component;

/**
 * The figures the secretariat reports each year: offers made, requests sought, matches made; in total, per category
 * and per region. Requests sought come from the year's cells, matches from the match-year cells, offers from the
 * monthly offer counts ({@link OfferCounts}); nothing reads the cases or the offers themselves.
 */
@Component
class YearlyReport {

    private final MetricsCube cube;
    private final CellRepository cells;
    private final OfferCounts offers;

    YearlyReport(MetricsCube cube, CellRepository cells, OfferCounts offers) {
        this.cube = cube;
        this.cells = cells;
        this.offers = offers;
    }

    Yearly report(int year, MetricsFilter filter) {
        LocalDate first = LocalDate.of(year, 1, 1);
        String region = filter.region() == null ? null : filter.region().name();
        String category = filter.category() == null ? null : filter.category().name();
        MetricsFilter yearFilter = new MetricsFilter(first, first.withMonth(12).withDayOfMonth(31), filter.region(),
                filter.category());
        Map<String, Long> soughtByCategory = new HashMap<>();
        Map<String, Long> soughtByRegion = new HashMap<>();
        long soughtTotal = 0;
        for (Map.Entry<List<String>, CellSummary> cell : cube.summarize(yearFilter, MetricsCube.Grouping.REGION_AND_CATEGORY,
                MetricsCube.none()).entrySet()) {
            soughtByRegion.merge(cell.getKey().get(0), cell.getValue().requests, Long::sum);
            soughtByCategory.merge(cell.getKey().get(1), cell.getValue().requests, Long::sum);
            soughtTotal += cell.getValue().requests;
        }
        Map<String, Long> matchesByCategory = new HashMap<>();
        Map<String, Long> matchesByRegion = new HashMap<>();
        long matchesTotal = 0;
        for (Map.Entry<List<String>, Long> cell : cells.matchedIn(first, region, category).entrySet()) {
            matchesByRegion.merge(cell.getKey().get(0), cell.getValue(), Long::sum);
            matchesByCategory.merge(cell.getKey().get(1), cell.getValue(), Long::sum);
            matchesTotal += cell.getValue();
        }

        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("requestsSought", "requests submitted in the year (UTC), by the requesting State's region");
        sources.put("matchesMade", "requests matched in the year: an accepted match proposal, or for cases without one"
                + " the first entry into FUNDING or later");
        // offers registered in the year, per category and per eligible region
        Map<String, Long> offersByCategory = new HashMap<>();
        Map<String, Long> offersByRegion = new HashMap<>();
        long total = 0;
        for (Map.Entry<List<String>, Long> cell : offers.inYear(year, null, category).entrySet()) {
            String offerCategory = cell.getKey().get(0);
            String offerRegion = cell.getKey().get(1);
            if (offerRegion.equals(CellKey.ALL)) {
                if (region == null) {
                    offersByCategory.merge(offerCategory, cell.getValue(), Long::sum);
                    total += cell.getValue();
                }
            } else {
                offersByRegion.merge(offerRegion, cell.getValue(), Long::sum);
                if (offerRegion.equals(region)) {
                    offersByCategory.merge(offerCategory, cell.getValue(), Long::sum);
                    total += cell.getValue();
                }
            }
        }
        long offersTotal = total;
        sources.put("offersMade", "offers registered in the year (with a region filter: those eligible for it);"
                + " per region: offers eligible for that region");

        List<YearlyRow> byCategory = new ArrayList<>();
        for (AssistanceCategory c : AssistanceCategory.values()) {
            if (category == null || category.equals(c.name())) {
                byCategory.add(new YearlyRow(c.name(), offersByCategory.getOrDefault(c.name(), 0L),
                        soughtByCategory.getOrDefault(c.name(), 0L), matchesByCategory.getOrDefault(c.name(), 0L)));
            }
        }
        List<YearlyRow> byRegion = new ArrayList<>();
        for (Region r : Region.values()) {
            if (region == null || region.equals(r.name())) {
                byRegion.add(new YearlyRow(r.name(), offersByRegion.getOrDefault(r.name(), 0L),
                        soughtByRegion.getOrDefault(r.name(), 0L), matchesByRegion.getOrDefault(r.name(), 0L)));
            }
        }
        Map<String, Object> applied = new LinkedHashMap<>();
        applied.put("region", region);
        applied.put("category", category);
        return new Yearly(year, applied, offersTotal, soughtTotal, matchesTotal, byCategory, byRegion, sources);
    }

    static String csv(Yearly report) {
        StringBuilder csv = new StringBuilder("year,scope,key,offers_made,requests_sought,matches_made\r\n");
        row(csv, report.year(), "total", "ALL", report.offersMade(), report.requestsSought(), report.matchesMade());
        report.byCategory().forEach(r -> row(csv, report.year(), "category", r.key(), r.offersMade(), r.requestsSought(), r.matchesMade()));
        report.byRegion().forEach(r -> row(csv, report.year(), "region", r.key(), r.offersMade(), r.requestsSought(), r.matchesMade()));
        return csv.toString();
    }

    private static void row(StringBuilder csv, int year, String scope, String key, Long offers, long sought, long matches) {
        csv.append(year).append(',').append(scope).append(',').append(org.bwc.articlex.web.CsvCells.defuse(key)).append(',')
                .append(offers == null ? "" : offers).append(',').append(sought).append(',').append(matches).append("\r\n");
    }
}
