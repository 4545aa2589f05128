package org.bwc.articlex.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.intake.Money;

/** The JSON answers of {@code /api/metrics/*} (docs/metrics.md). */
final class MetricsViews {

    private MetricsViews() {
    }

    /** @param asOf when the figures were last brought up to date (a few seconds behind the cases at most) */
    record Pipeline(Map<String, Object> filters, Instant asOf, long total, long open, List<StatusCount> statuses) {
    }

    record StatusCount(String status, String phase, boolean closed, long count) {
    }

    record Balance(Map<String, Object> filters, Instant asOf, List<RegionBalance> regions, RegionBalance total) {
    }

    /**
     * Article X balance indicator of one UN regional group (or {@code ALL}).
     *
     * @param screened        requests with an Article III screening
     * @param restrictions    screenings that restricted anything: conditional + referred + proposed denials
     * @param proposedDenials screenings that proposed a denial (never final without Balance review)
     * @param denials         requests denied in full after Balance review, the same as {@code deniedInFull}
     * @param onHold          requests in SCREENING or BALANCE_REVIEW now
     * @param medianHoldDays  {@code hold.medianDays}
     */
    record RegionBalance(String region, long requests, long screened, long restrictions, long cleared, long conditional,
            long referred, long proposedDenials, long reviewed, long approvedAfterReview, long deniedAfterReview,
            long denials, long deniedInFull, long onHold, Double medianHoldDays, Hold hold) {
    }

    /** @param decided requests with a final balance decision, whose hold is measured */
    record Hold(long decided, Double medianDays, Double p90Days) {
    }

    record Gaps(Map<String, Object> filters, Instant asOf, long total, List<String> categories, List<String> regions,
            List<GapCell> cells, List<GapTotal> byCategory, List<GapTotal> byRegion) {
    }

    record GapCell(String category, String region, long openNeeds) {
    }

    record GapTotal(String key, long openNeeds) {
    }

    /** @param pledgesSource where the pledged amounts come from */
    record Funding(Map<String, Object> filters, Instant asOf, String pledgesSource, List<CurrencyFunding> currencies) {
    }

    /**
     * @param requested {@code total.open.requested}: approved requests not yet funded (the funding figure's requested, pledged, gap)
     * @param pledged   {@code total.open.pledged}
     * @param gap       {@code total.open.gap}: the funding gap
     */
    record CurrencyFunding(String currency, Money requested, Money pledged, Money gap, FundingFigures total,
            List<CategoryFunding> categories) {
    }

    record CategoryFunding(String category, FundingFigures figures) {
    }

    /**
     * @param pending approved not yet (intake, screening, Balance review)
     * @param open    approved, not yet funded (matching, awaiting the offeror, open need, funding): {@code open.gap} is
     *                the funding gap
     * @param funded  in implementation, reporting or completed
     */
    record FundingFigures(StageFigures pending, StageFigures open, StageFigures funded) {
    }

    /** @param gap the part of the requests' estimates not covered by their pledges (surplus pledges never offset it) */
    record StageFigures(long requests, Money requested, Money pledged, Money gap) {
    }

    record Durations(Map<String, Object> filters, Instant asOf, String precision, List<DurationFigures> statuses,
            List<DurationFigures> phases) {
    }

    /** @param cases cases that have left the status or phase (the time of a case still in it is not counted) */
    record DurationFigures(String status, String phase, long cases, Double medianDays, Double p90Days) {
    }

    record Sla(Map<String, Object> filters, Instant asOf, long openTasks, long overdueTasks, Map<String, String> limits,
            List<SlaGroup> byTask, List<OverdueTask> tasks) {
    }

    record SlaGroup(String taskDefinitionKey, String candidateGroup, long overdue, Instant oldestCreated,
            double maxOverdueDays) {
    }

    /** @param overdueSince its due date, or its creation plus the limit of its task definition key */
    record OverdueTask(String taskId, String name, String taskDefinitionKey, String processDefinitionKey,
            List<String> candidateGroups, String businessKey, String processInstanceId, Instant created, Instant due,
            Instant overdueSince, double overdueDays, String cockpitUrl) {
    }

    record Yearly(int year, Map<String, Object> filters, Long offersMade, long requestsSought, long matchesMade,
            List<YearlyRow> byCategory, List<YearlyRow> byRegion, Map<String, String> sources) {
    }

    /** @param offersMade null where the offers registry cannot say (no offers table; offers by eligible region) */
    record YearlyRow(String key, Long offersMade, long requestsSought, long matchesMade) {
    }
}
