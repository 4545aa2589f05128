package org.bwc.articlex.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bwc.articlex.intake.Money;
import org.bwc.articlex.metrics.MetricsCube.Grouping;
import org.bwc.articlex.metrics.MetricsViews.Balance;
import org.bwc.articlex.metrics.MetricsViews.CategoryFunding;
import org.bwc.articlex.metrics.MetricsViews.CurrencyFunding;
import org.bwc.articlex.metrics.MetricsViews.DurationFigures;
import org.bwc.articlex.metrics.MetricsViews.Durations;
import org.bwc.articlex.metrics.MetricsViews.Funding;
import org.bwc.articlex.metrics.MetricsViews.FundingFigures;
import org.bwc.articlex.metrics.MetricsViews.GapCell;
import org.bwc.articlex.metrics.MetricsViews.GapTotal;
import org.bwc.articlex.metrics.MetricsViews.Gaps;
import org.bwc.articlex.metrics.MetricsViews.Hold;
import org.bwc.articlex.metrics.MetricsViews.Pipeline;
import org.bwc.articlex.metrics.MetricsViews.RegionBalance;
import org.bwc.articlex.metrics.MetricsViews.StageFigures;
import org.bwc.articlex.metrics.MetricsViews.StatusCount;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.springframework.stereotype.Service;

/** The figures of the manager view, from {@link MetricsCube} summaries (never from the cases themselves). */
@Service
class MetricsService {

    private static final double DAY = 86_400.0;

    private final MetricsCube cube;
    private final MetricsRefresher refresher;

    MetricsService(MetricsCube cube, MetricsRefresher refresher) {
        this.cube = cube;
        this.refresher = refresher;
    }

    Pipeline pipeline(MetricsFilter filter) {
        CellSummary all = cube.total(filter, MetricsCube.none());
        List<StatusCount> statuses = new ArrayList<>();
        long open = 0;
        for (RequestStatus status : RequestStatus.values()) {
            long count = all.status(status);
            statuses.add(new StatusCount(status.name(), Phase.of(status).label(), status.isFinal(), count));
            open += status.isFinal() ? 0 : count;
        }
        return new Pipeline(filter.describe(), refresher.refreshedAt(), all.requests, open, statuses);
    }

    Balance balance(MetricsFilter filter) {
        Map<List<String>, CellSummary> byRegion = cube.summarize(filter, Grouping.REGION, EnumSet.of(CellRepository.Blob.HOLD));
        List<RegionBalance> regions = new ArrayList<>();
        CellSummary all = new CellSummary();
        for (Region region : Region.values()) {
            if (filter.region() != null && filter.region() != region) {
                continue;
            }
            CellSummary summary = byRegion.getOrDefault(List.of(region.name(), CellKey.ALL), new CellSummary());
            regions.add(balance(region.name(), summary));
        }
        byRegion.values().forEach(s -> all.add(s, 1));
        return new Balance(filter.describe(), refresher.refreshedAt(), regions, balance("ALL", all));
    }

    private static RegionBalance balance(String region, CellSummary s) {
        long screened = Arrays.stream(s.byScreening).sum();
        long reviewed = Arrays.stream(s.byReview).sum();
        long denied = s.status(RequestStatus.DENIED);
        Double median = days(s.hold.percentile(0.5));
        return new RegionBalance(region, s.requests, screened,
                s.screening("CONDITIONAL") + s.screening("REFERRED") + s.screening("DENIED"), s.screening("CLEARED"),
                s.screening("CONDITIONAL"), s.screening("REFERRED"), s.screening("DENIED"), reviewed,
                s.review("APPROVE") + s.review("APPROVE_WITH_CONDITIONS"), s.review("DENY"), denied, denied,
                s.status(RequestStatus.SCREENING) + s.status(RequestStatus.BALANCE_REVIEW), median,
                new Hold(s.hold.total(), median, days(s.hold.percentile(0.9))));
    }

    Gaps gaps(MetricsFilter filter) {
        Map<List<String>, CellSummary> cells = cube.summarize(filter, Grouping.REGION_AND_CATEGORY, MetricsCube.none());
        List<String> categories = Arrays.stream(AssistanceCategory.values())
                .filter(c -> filter.category() == null || filter.category() == c).map(Enum::name).toList();
        List<String> regions = Arrays.stream(Region.values())
                .filter(r -> filter.region() == null || filter.region() == r).map(Enum::name).toList();
        List<GapCell> gapCells = new ArrayList<>();
        long[] perRegion = new long[regions.size()];
        List<GapTotal> byCategory = new ArrayList<>();
        long total = 0;
        for (String category : categories) {
            long categoryTotal = 0;
            for (int r = 0; r < regions.size(); r++) {
                CellSummary summary = cells.get(List.of(regions.get(r), category));
                long open = summary == null ? 0 : summary.status(RequestStatus.OPEN_NEED);
                gapCells.add(new GapCell(category, regions.get(r), open));
                perRegion[r] += open;
                categoryTotal += open;
            }
            byCategory.add(new GapTotal(category, categoryTotal));
            total += categoryTotal;
        }
        List<GapTotal> byRegion = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            byRegion.add(new GapTotal(regions.get(r), perRegion[r]));
        }
        return new Gaps(filter.describe(), refresher.refreshedAt(), total, categories, regions, gapCells, byCategory, byRegion);
    }

    Funding funding(MetricsFilter filter) {
        Map<List<String>, CellSummary> byCategory = cube.summarize(filter, Grouping.CATEGORY, EnumSet.of(CellRepository.Blob.MONEY));
        MoneyTotals all = new MoneyTotals();
        Set<String> currencies = new TreeSet<>();
        byCategory.values().forEach(s -> {
            all.add(s.money, 1);
            s.money.currencies().forEach(currencies::add);
        });
        List<CurrencyFunding> figures = new ArrayList<>();
        for (String currency : currencies) {
            List<CategoryFunding> categories = new ArrayList<>();
            for (AssistanceCategory category : AssistanceCategory.values()) {
                if (filter.category() != null && filter.category() != category) {
                    continue;
                }
                CellSummary summary = byCategory.get(List.of(CellKey.ALL, category.name()));
                categories.add(new CategoryFunding(category.name(), figures(summary == null ? new MoneyTotals() : summary.money, currency)));
            }
            FundingFigures total = figures(all, currency);
            figures.add(new CurrencyFunding(currency, total.open().requested(), total.open().pledged(), total.open().gap(),
                    total, categories));
        }
        String source = "pledge table (sum per request in its currency)";
        return new Funding(filter.describe(), refresher.refreshedAt(), source, figures);
    }

    private static FundingFigures figures(MoneyTotals money, String currency) {
        return new FundingFigures(stage(money, currency, FundingStage.PENDING), stage(money, currency, FundingStage.OPEN),
                stage(money, currency, FundingStage.FUNDED));
    }

    private static StageFigures stage(MoneyTotals money, String currency, FundingStage stage) {
        long[] f = money.get(currency, stage);
        return new StageFigures(f[MoneyTotals.REQUESTS], money(f[MoneyTotals.REQUESTED], currency),
                money(f[MoneyTotals.PLEDGED], currency), money(f[MoneyTotals.GAP], currency));
    }

    static Money money(long cents, String currency) {
        return Money.of(BigDecimal.valueOf(cents, 2), currency);
    }

    Durations durations(MetricsFilter filter) {
        CellSummary all = cube.total(filter, EnumSet.of(CellRepository.Blob.DURATIONS));
        List<DurationFigures> statuses = new ArrayList<>();
        for (RequestStatus status : Phase.TIMED_STATUSES) {
            statuses.add(figures(status.name(), Phase.of(status).label(), all.duration(status)));
        }
        List<DurationFigures> phases = new ArrayList<>();
        for (Phase phase : Phase.TIMED_PHASES) {
            phases.add(figures(null, phase.label(), all.duration(phase)));
        }
        String precision = "nearest-rank percentiles read from log-linear histograms: within "
                + Math.round(DurationHistogram.RELATIVE_ERROR * 1000) / 10.0 + " % of the exact value, exact below 64 s";
        return new Durations(filter.describe(), refresher.refreshedAt(), precision, statuses, phases);
    }

    private static DurationFigures figures(String status, String phase, DurationHistogram histogram) {
        return new DurationFigures(status, phase, histogram.total(), days(histogram.percentile(0.5)),
                days(histogram.percentile(0.9)));
    }

    static Double days(Double seconds) {
        return seconds == null ? null : Math.round(seconds / DAY * 100) / 100.0;
    }
}
