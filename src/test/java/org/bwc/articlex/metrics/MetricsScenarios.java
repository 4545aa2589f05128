package org.bwc.articlex.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bwc.articlex.support.MetricsAnswers.counts;
import static org.bwc.articlex.support.MetricsAnswers.find;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.MetricsAnswers;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Race;
import org.bwc.articlex.support.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every metric against figures worked out by hand from {@link MetricsFixture} (requests submitted in 2000, with a
 * case on each side of the year), through the real API; the live path (a status change reaching the figures), the
 * generator, the dashboard page, Prometheus and bad input. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MetricsScenarios extends CaseScenario {

    static final String YEAR_2000 = "from=2000-01-01&to=2000-12-31";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MetricsRefresher refresher;
    @Autowired
    MetricsGauges gauges;
    @Autowired
    OfferCounts offerCounts;

    MetricsFixture fixture;

    @BeforeEach
    void installTheFixture() throws Exception {
        fixture = fixture();
        fixture.install();
        refresher.refreshNow();
        offerCounts.rebuildIfStale();
    }

    @AfterAll
    void removeTheFixture() {
        fixture().remove();
        refresher.refreshNow();
        offerCounts.rebuild();
    }

    private MetricsFixture fixture() {
        return new MetricsFixture(jdbc, json);
    }

    private JsonNode get(String path) {
        return MetricsAnswers.figures(api, path);
    }

    /** A percentile in days as the API gives it: within the histogram's 1.6 % and the rounding to 0.01 day. */
    private static void assertDays(JsonNode actual, double expectedDays) {
        assertThat(actual.isNumber()).as("a number of days, not " + actual).isTrue();
        assertThat(actual.asDouble()).isCloseTo(expectedDays,
                within(expectedDays * DurationHistogram.RELATIVE_ERROR + 0.006));
    }

    // ── the figures ─────────────────────────────────────────────────────────────────────────────────────────────

    @Test
    void pipelineCountsTheRequestsOfThePeriodByStatus() {
        JsonNode pipeline = get("/api/metrics/pipeline?" + YEAR_2000);

        assertThat(pipeline.get("total").asLong()).isEqualTo(10);
        assertThat(pipeline.get("open").asLong()).isEqualTo(6); // OPEN_NEED 3, FUNDING, BALANCE_REVIEW, UNDER_REVIEW
        assertThat(counts(pipeline)).containsExactly(Map.entry("UNDER_REVIEW", 1L), Map.entry("BALANCE_REVIEW", 1L),
                Map.entry("OPEN_NEED", 3L), Map.entry("FUNDING", 1L), Map.entry("COMPLETED", 1L),
                Map.entry("WITHDRAWN", 1L), Map.entry("LAPSED", 1L), Map.entry("DENIED", 1L));
        assertThat(pipeline.get("statuses")).hasSize(15);
        assertThat(pipeline.get("statuses").get(0).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(find(pipeline.get("statuses"), "status", "OPEN_NEED").get("phase").asText()).isEqualTo("MATCHING");
        assertThat(pipeline.get("filters").get("from").asText()).isEqualTo("2000-01-01");
        assertThat(pipeline.get("asOf").isNull()).isFalse();
    }

    @Test
    void partialMonthsAtTheEndsOfAPeriodComeFromTheFacts() {
        // 15 Jan – 31 Jul: the facts of 15–31 January (none), the months February–June, the facts of July (REQ-2000-0007)
        JsonNode middle = get("/api/metrics/pipeline?from=2000-01-15&to=2000-07-31");
        assertThat(middle.get("total").asLong()).isEqualTo(6);
        assertThat(counts(middle)).containsExactly(Map.entry("OPEN_NEED", 3L), Map.entry("FUNDING", 1L),
                Map.entry("LAPSED", 1L), Map.entry("DENIED", 1L));
        // across the new year, days only: REQ-1999-0901 (31 Dec 12:00) and REQ-2000-0001 (10 Jan)
        JsonNode newYear = get("/api/metrics/pipeline?from=1999-12-31&to=2000-01-10");
        assertThat(counts(newYear)).containsExactly(Map.entry("OPEN_NEED", 1L), Map.entry("COMPLETED", 1L));
        // the day after: REQ-2001-0901 alone
        assertThat(counts(get("/api/metrics/pipeline?from=2001-01-01&to=2001-01-01"))).containsExactly(Map.entry("SUBMITTED", 1L));
        // region and category
        assertThat(get("/api/metrics/pipeline?region=AFRICAN&" + YEAR_2000).get("total").asLong()).isEqualTo(4);
        assertThat(get("/api/metrics/pipeline?category=LABORATORY_EQUIPMENT&" + YEAR_2000).get("total").asLong()).isEqualTo(5);
        assertThat(get("/api/metrics/pipeline?region=ASIA_PACIFIC&category=LABORATORY_EQUIPMENT&" + YEAR_2000)
                .get("total").asLong()).isEqualTo(1);
    }

    @Test
    void balanceGivesEachRegionsScreeningOutcomesAndHoldTimes() {
        JsonNode balance = get("/api/metrics/balance?" + YEAR_2000);

        JsonNode african = find(balance.get("regions"), "region", "AFRICAN");
        // KEN 0001 (cleared), NGA 0002 (referred, approved with conditions), KEN 0003 (proposed denial, denied), KEN 0010
        assertThat(african.get("requests").asLong()).isEqualTo(4);
        assertThat(african.get("screened").asLong()).isEqualTo(3);
        assertThat(african.get("cleared").asLong()).isEqualTo(1);
        assertThat(african.get("conditional").asLong()).isZero();
        assertThat(african.get("referred").asLong()).isEqualTo(1);
        assertThat(african.get("proposedDenials").asLong()).isEqualTo(1);
        assertThat(african.get("reviewed").asLong()).isEqualTo(2);
        assertThat(african.get("approvedAfterReview").asLong()).isEqualTo(1);
        assertThat(african.get("deniedAfterReview").asLong()).isEqualTo(1);
        assertThat(african.get("deniedInFull").asLong()).isEqualTo(1);
        assertThat(african.get("denials").asLong()).isEqualTo(1);
        assertThat(african.get("restrictions").asLong()).isEqualTo(2);
        assertThat(african.get("onHold").asLong()).isZero();
        // holds: 360 s (0001), 240 h = 10 days (0002), 480 h = 20 days (0003): median the 2nd, p90 the 3rd
        assertThat(african.get("hold").get("decided").asLong()).isEqualTo(3);
        assertDays(african.get("hold").get("medianDays"), 10);
        assertDays(african.get("medianHoldDays"), 10);
        assertDays(african.get("hold").get("p90Days"), 20);

        JsonNode asia = find(balance.get("regions"), "region", "ASIA_PACIFIC");
        assertThat(asia.get("conditional").asLong()).isEqualTo(1);
        assertThat(asia.get("referred").asLong()).isEqualTo(1);
        assertThat(asia.get("approvedAfterReview").asLong()).isEqualTo(1);
        // 72 s (0004) and 96 h = 4 days (0005)
        assertDays(asia.get("hold").get("medianDays"), 72 / 86_400.0);
        assertDays(asia.get("hold").get("p90Days"), 4);

        JsonNode eastern = find(balance.get("regions"), "region", "EASTERN_EUROPEAN");
        assertThat(eastern.get("onHold").asLong()).isEqualTo(1);
        assertThat(eastern.get("hold").get("decided").asLong()).isZero();
        assertThat(eastern.get("hold").get("medianDays").isNull()).isTrue();
        assertThat(find(balance.get("regions"), "region", "WESTERN_EUROPEAN_OTHERS").get("screened").asLong()).isZero();

        JsonNode all = balance.get("total");
        assertThat(all.get("requests").asLong()).isEqualTo(10);
        assertThat(all.get("screened").asLong()).isEqualTo(7);
        assertThat(all.get("referred").asLong()).isEqualTo(3);
        // 72 s, 72 s, 360 s, 4 d, 10 d, 20 d: median the 3rd (360 s), p90 the 6th (20 d)
        assertThat(all.get("hold").get("decided").asLong()).isEqualTo(6);
        assertDays(all.get("hold").get("medianDays"), 360 / 86_400.0);
        assertDays(all.get("hold").get("p90Days"), 20);

        JsonNode onlyAfrica = get("/api/metrics/balance?region=AFRICAN&" + YEAR_2000);
        assertThat(onlyAfrica.get("regions")).hasSize(1);
        assertThat(onlyAfrica.get("total").get("requests").asLong()).isEqualTo(4);
    }

    @Test
    void gapsAreTheOpenNeedsByCategoryAndRegion() {
        JsonNode gaps = get("/api/metrics/gaps?" + YEAR_2000);

        assertThat(gaps.get("total").asLong()).isEqualTo(3);
        assertThat(gaps.get("cells")).hasSize(50);
        long nonZero = 0;
        for (JsonNode cell : gaps.get("cells")) {
            long expected = cell.get("category").asText().equals("LABORATORY_EQUIPMENT")
                    && List.of("AFRICAN", "ASIA_PACIFIC", "LATIN_AMERICAN_CARIBBEAN").contains(cell.get("region").asText()) ? 1 : 0;
            assertThat(cell.get("openNeeds").asLong()).as(cell.toString()).isEqualTo(expected);
            nonZero += expected;
        }
        assertThat(nonZero).isEqualTo(3);
        assertThat(find(gaps.get("byCategory"), "key", "LABORATORY_EQUIPMENT").get("openNeeds").asLong()).isEqualTo(3);
        assertThat(find(gaps.get("byRegion"), "key", "AFRICAN").get("openNeeds").asLong()).isEqualTo(1);
        // without a period the 1999 case (an open need of Kenya) counts too
        JsonNode kenya = get("/api/metrics/gaps?region=AFRICAN&category=LABORATORY_EQUIPMENT&from=1999-01-01&to=2001-12-31");
        assertThat(kenya.get("total").asLong()).isEqualTo(2);
        assertThat(kenya.get("cells")).hasSize(1);
    }

    @Test
    void fundingIsRequestedPledgedAndGapPerCurrencyAndCategory() {
        JsonNode funding = get("/api/metrics/funding?" + YEAR_2000);

        assertThat(funding.get("currencies")).extracting(c -> c.get("currency").asText()).containsExactly("EUR", "USD");
        JsonNode usd = find(funding.get("currencies"), "currency", "USD");
        // open: 0002 50000 (20000 pledged) + 0005 80000 + 0007 60000 (open needs)
        JsonNode usdOpen = usd.get("total").get("open");
        assertThat(usdOpen.get("requests").asLong()).isEqualTo(3);
        assertThat(usdOpen.get("requested").get("amount").asText()).isEqualTo("190000.00");
        assertThat(usdOpen.get("pledged").get("amount").asText()).isEqualTo("20000.00");
        assertThat(usdOpen.get("gap").get("amount").asText()).isEqualTo("170000.00");
        assertThat(usdOpen.get("gap").get("currency").asText()).isEqualTo("USD");
        assertThat(usd.get("gap")).isEqualTo(usdOpen.get("gap"));
        assertThat(usd.get("requested").get("amount").asText()).isEqualTo("190000.00");
        // pending: 0008 120000 (Balance review) + 0010 40000 (under review); funded: 0001 100000 (completed), pledged
        // 110000 of which 10000 surplus: no gap, and the surplus covers nobody else's
        assertThat(usd.get("total").get("pending").get("requested").get("amount").asText()).isEqualTo("160000.00");
        JsonNode usdFunded = usd.get("total").get("funded");
        assertThat(usdFunded.get("requested").get("amount").asText()).isEqualTo("100000.00");
        assertThat(usdFunded.get("pledged").get("amount").asText()).isEqualTo("110000.00");
        assertThat(usdFunded.get("gap").get("amount").asText()).isEqualTo("0.00");
        JsonNode lab = find(usd.get("categories"), "category", "LABORATORY_EQUIPMENT").get("figures");
        assertThat(lab.get("open").get("requested").get("amount").asText()).isEqualTo("190000.00");
        assertThat(lab.get("open").get("gap").get("amount").asText()).isEqualTo("170000.00");
        assertThat(lab.get("pending").get("requested").get("amount").asText()).isEqualTo("40000.00");
        assertThat(find(usd.get("categories"), "category", "OUTBREAK_RESPONSE").get("figures").get("pending")
                .get("requested").get("amount").asText()).isEqualTo("120000.00");
        // EUR: 0004 30000 in funding, 12000 EUR pledged (its 5000 USD pledge is in another currency); 0003 (denied) needs nothing
        JsonNode eurOpen = find(funding.get("currencies"), "currency", "EUR").get("total").get("open");
        assertThat(eurOpen.get("requested").get("amount").asText()).isEqualTo("30000.00");
        assertThat(eurOpen.get("pledged").get("amount").asText()).isEqualTo("12000.00");
        assertThat(eurOpen.get("gap").get("amount").asText()).isEqualTo("18000.00");
        assertThat(find(funding.get("currencies"), "currency", "EUR").get("total").get("funded").get("requests").asLong()).isZero();
        assertThat(funding.get("pledgesSource").asText()).isNotBlank();
    }

    @Test
    void durationsAreMedianAndP90OfTheStaysTheCasesHaveLeft() {
        JsonNode durations = get("/api/metrics/durations?" + YEAR_2000);

        assertThat(durations.get("statuses")).extracting(s -> s.get("status").asText())
                .containsExactly("SUBMITTED", "UNDER_REVIEW", "CLARIFICATION_REQUESTED", "SCREENING", "BALANCE_REVIEW",
                        "MATCHING", "AWAITING_OFFEROR", "OPEN_NEED", "FUNDING", "IMPLEMENTATION", "REPORTING");
        // under review: 10, 12, 24, 24, 36, 48, 60, 96, 96 h (0010 is still there): 5th and 9th
        JsonNode review = find(durations.get("statuses"), "status", "UNDER_REVIEW");
        assertThat(review.get("cases").asLong()).isEqualTo(9);
        assertDays(review.get("medianDays"), 1.5);
        assertDays(review.get("p90Days"), 4);
        // Balance review: 95.98, 239.98, 479.98 h
        JsonNode balanceReview = find(durations.get("statuses"), "status", "BALANCE_REVIEW");
        assertThat(balanceReview.get("cases").asLong()).isEqualTo(3);
        assertDays(balanceReview.get("medianDays"), 239.98 / 24);
        assertDays(balanceReview.get("p90Days"), 479.98 / 24);
        // clarification: 120 h (0003), 720 h (0006)
        JsonNode clarification = find(durations.get("statuses"), "status", "CLARIFICATION_REQUESTED");
        assertDays(clarification.get("medianDays"), 5);
        assertDays(clarification.get("p90Days"), 30);
        // matching: 0.1, 0.98, 1, 23.9, 23.98 h
        JsonNode matching = find(durations.get("statuses"), "status", "MATCHING");
        assertThat(matching.get("cases").asLong()).isEqualTo(5);
        assertDays(matching.get("medianDays"), 1 / 24.0);
        assertDays(matching.get("p90Days"), 23.98 / 24);
        assertThat(find(durations.get("statuses"), "status", "SCREENING").get("cases").asLong()).isEqualTo(7);
        assertThat(find(durations.get("statuses"), "status", "SUBMITTED").get("cases").asLong()).isEqualTo(10);
        JsonNode openNeed = find(durations.get("statuses"), "status", "OPEN_NEED");
        assertThat(openNeed.get("cases").asLong()).isZero();
        assertThat(openNeed.get("medianDays").isNull()).isTrue();
        assertDays(find(durations.get("statuses"), "status", "IMPLEMENTATION").get("medianDays"), 60);

        // phases: intake 11, 13, 25, 37, 49, 61, 97, 217, 745 h (0010 still in intake)
        JsonNode intake = find(durations.get("phases"), "phase", "INTAKE");
        assertThat(intake.get("cases").asLong()).isEqualTo(9);
        assertDays(intake.get("medianDays"), 49 / 24.0);
        assertDays(intake.get("p90Days"), 745 / 24.0);
        // screening and balance: 72 s ×3, 360 s, 96 h, 240 h, 480 h less 0008 (still in review): 6 cases
        JsonNode screening = find(durations.get("phases"), "phase", "SCREENING_AND_BALANCE");
        assertThat(screening.get("cases").asLong()).isEqualTo(6);
        assertDays(screening.get("p90Days"), 20);
        JsonNode matchingPhase = find(durations.get("phases"), "phase", "MATCHING");
        assertThat(matchingPhase.get("cases").asLong()).isEqualTo(2);
        assertDays(matchingPhase.get("medianDays"), 191.9 / 24);
        assertThat(durations.get("precision").asText()).contains("1.6 %");
    }

    @Test
    void yearlyReportCountsOffersRequestsAndMatchesAsJsonAndCsv() {
        JsonNode year = get("/api/metrics/yearly?year=2000");

        assertThat(year.get("year").asInt()).isEqualTo(2000);
        assertThat(year.get("requestsSought").asLong()).isEqualTo(10);
        // 0001 entered FUNDING on 20 Jan, 0004's proposal was accepted on 13 Apr
        assertThat(year.get("matchesMade").asLong()).isEqualTo(2);
        JsonNode lab = find(year.get("byCategory"), "key", "LABORATORY_EQUIPMENT");
        assertThat(lab.get("requestsSought").asLong()).isEqualTo(5);
        assertThat(lab.get("matchesMade").asLong()).isEqualTo(1);
        JsonNode asia = find(year.get("byRegion"), "key", "ASIA_PACIFIC");
        assertThat(asia.get("requestsSought").asLong()).isEqualTo(2);
        assertThat(asia.get("matchesMade").asLong()).isEqualTo(1);
        assertThat(year.get("offersMade").asLong()).isEqualTo(2);
        assertThat(find(year.get("byCategory"), "key", "BIOSAFETY_BIOSECURITY_TRAINING").get("offersMade").asLong()).isEqualTo(1);
        assertThat(find(year.get("byRegion"), "key", "AFRICAN").get("offersMade").asLong()).isEqualTo(2);
        assertThat(find(year.get("byRegion"), "key", "EASTERN_EUROPEAN").get("offersMade").asLong()).isEqualTo(1);
        assertThat(get("/api/metrics/yearly?year=2000&region=AFRICAN").get("requestsSought").asLong()).isEqualTo(4);

        ResponseEntity<String> csv = page("/api/metrics/yearly?year=2000&format=csv", "manager", "*/*");
        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).isEqualTo("year,scope,key,offers_made,requests_sought,matches_made");
        assertThat(lines.get(1)).startsWith("2000,total,ALL,").endsWith(",10,2");
        assertThat(lines).contains("2000,region,ASIA_PACIFIC,2,2,1");
        assertThat(lines).hasSize(1 + 1 + 10 + 5);
        ResponseEntity<String> negotiated = page("/api/metrics/yearly?year=2000", "manager", "text/csv");
        assertThat(negotiated.getBody()).isEqualTo(csv.getBody());
    }

    @Test
    void slaListsOverdueTasksByTaskAndGroupWithTheirCockpitPages() {
        List<String> ids = new ArrayList<>();
        for (String state : List.of("KEN", "TZA")) {
            Map<String, Object> body = Requests.from(state);
            body.put("category", "LEGISLATION_REGULATION"); // a category few other scenarios leave open tasks in
            Api.Response submitted = api.as(state.toLowerCase() + "-ncp").post("/api/requests", body);
            assertThat(submitted.status()).isEqualTo(201);
            ids.add(submitted.json().get("id").asText());
        }
        driver.runDueJobs();
        // reviewCompleteness may stay open 5 days (articlex.metrics.sla)
        driver.letTimePass(Duration.ofDays(6));
        refresher.refreshNow();

        JsonNode sla = get("/api/metrics/sla");
        long reviewTasksOlderThanTheLimit = engine.getTaskService().createTaskQuery().taskDefinitionKey("reviewCompleteness")
                .taskCreatedBefore(java.util.Date.from(sla.get("asOf").asText().isEmpty() ? Instant.now()
                        : Instant.parse(sla.get("asOf").asText()).minus(Duration.ofDays(5)))).count();
        JsonNode review = null;
        for (JsonNode group : sla.get("byTask")) {
            if (group.get("taskDefinitionKey").asText().equals("reviewCompleteness")) {
                review = group;
            }
        }
        assertThat(review).isNotNull();
        assertThat(review.get("candidateGroup").asText()).isEqualTo("caseworkers");
        assertThat(review.get("overdue").asLong()).isEqualTo(reviewTasksOlderThanTheLimit).isGreaterThanOrEqualTo(2);
        assertThat(review.get("maxOverdueDays").asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(sla.get("limits").get("reviewCompleteness").asText()).isEqualTo("PT120H");
        // the list holds the 50 most overdue; the scenarios before this one in the same context leave more, so the
        // category narrows it to this scenario's cases
        JsonNode listed = get("/api/metrics/sla?category=LEGISLATION_REGULATION").get("tasks");
        for (String id : ids) {
            JsonNode task = find(listed, "businessKey", id);
            assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("reviewCompleteness");
            assertThat(task.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("caseworkers");
            assertThat(task.get("cockpitUrl").asText()).isEqualTo("/camunda/app/cockpit/default/#/process-instance/"
                    + driver.instance(id).getId());
            assertThat(task.get("overdueDays").asDouble()).isCloseTo(1.0, within(0.05));
        }
        // filtered by the requesting State's region: Kenya's and Tanzania's tasks are African
        refresher.refreshNow();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode african = get("/api/metrics/sla?region=AFRICAN&category=LEGISLATION_REGULATION&from=" + today + "&to=" + today);
        assertThat(african.get("tasks")).extracting(t -> t.get("businessKey").asText()).containsAll(ids);
        JsonNode asian = get("/api/metrics/sla?region=ASIA_PACIFIC&category=LEGISLATION_REGULATION&from=" + today + "&to=" + today);
        assertThat(asian.get("tasks")).extracting(t -> t.get("businessKey").asText()).doesNotContainAnyElementsOf(ids);
    }

    // ── the live path and the generator ─────────────────────────────────────────────────────────────────────────

    @Test
    void aStatusChangeReachesTheFiguresWithTheNextRefresh() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String period = "/api/metrics/pipeline?region=AFRICAN&category=BIOSAFETY_BIOSECURITY_TRAINING&from=" + today + "&to=" + today;
        refresher.refreshNow();
        Map<String, Long> before = counts(get(period));

        Api.Response submitted = api.as("ken-ncp").post("/api/requests", Requests.kenyaTraining());
        assertThat(submitted.status()).isEqualTo(201);
        refresher.refreshNow();
        Map<String, Long> afterSubmission = counts(get(period));
        assertThat(afterSubmission.getOrDefault("SUBMITTED", 0L)).isEqualTo(before.getOrDefault("SUBMITTED", 0L) + 1);

        driver.runDueJobs(); // → UNDER_REVIEW
        refresher.refreshNow();
        Map<String, Long> underReview = counts(get(period));
        assertThat(underReview.getOrDefault("SUBMITTED", 0L)).isEqualTo(before.getOrDefault("SUBMITTED", 0L));
        assertThat(underReview.getOrDefault("UNDER_REVIEW", 0L)).isEqualTo(before.getOrDefault("UNDER_REVIEW", 0L) + 1);
    }

    @Test
    void removedRequestsLeaveTheFiguresAndTheCellsAlwaysEqualARebuild() throws Exception {
        Map<String, JsonNode> incremental = everyFigureOf2000();
        refresher.rebuildCells();
        assertThat(everyFigureOf2000()).isEqualTo(incremental);

        fixture.remove();
        refresher.refreshNow();
        assertThat(get("/api/metrics/pipeline?" + YEAR_2000).get("total").asLong()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metrics_case WHERE request_id LIKE 'REQ-2000-%'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metrics_cell WHERE period_start >= DATE '2000-01-01'"
                + " AND period_start < DATE '2001-01-01'", Long.class)).isZero();

        fixture.install();
        refresher.refreshNow();
        assertThat(everyFigureOf2000()).isEqualTo(incremental);
    }

    @Test
    void offersCountedByTheScheduleAndARebuildAtOnceEqualTheRegistry() {
        walk.publishedOffer("nld-ncp", Offers.offer("NLD", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("AFRICAN"), true, 1));
        for (int round = 0; round < 20; round++) {
            Race.run(() -> {
                offerCounts.rebuild();
                return null;
            }, () -> {
                offerCounts.refreshRecent();
                return null;
            }, () -> {
                offerCounts.refreshRecent();
                return null;
            }, () -> {
                offerCounts.refreshRecent();
                return null;
            });
        }
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(offers), 0) FROM metrics_offer_cell WHERE region = '*'", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM offer", Long.class));
        assertThat(get("/api/metrics/yearly?year=2000").get("offersMade").asLong()).isEqualTo(2);
    }

    private Map<String, JsonNode> everyFigureOf2000() {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        for (String endpoint : List.of("pipeline", "balance", "gaps", "funding", "durations")) {
            for (String filter : List.of(YEAR_2000, "from=2000-01-15&to=2000-07-31", "region=AFRICAN&" + YEAR_2000)) {
                JsonNode answer = get("/api/metrics/" + endpoint + "?" + filter).deepCopy();
                ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("asOf");
                figures.put(endpoint + "?" + filter, answer);
            }
        }
        return figures;
    }

    // ── who may see it, bad input ───────────────────────────────────────────────────────────────────────────────

    @Test
    void statesAndOrganisationsAreRefused() {
        for (String user : List.of("ken-ncp", "who-focal")) {
            for (String endpoint : List.of("pipeline", "balance", "gaps", "funding", "durations", "sla", "yearly")) {
                Api.Response response = api.as(user).get("/api/metrics/" + endpoint);
                assertThat(response.status()).as(user + " " + endpoint).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
            assertThat(page("/dashboard", user, "text/html").getStatusCode().value()).isEqualTo(403);
        }
        assertThat(api.get("/api/metrics/pipeline").status()).isEqualTo(401);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("/api/metrics/pipeline?from=2024-02-30", "from");
        cases.put("/api/metrics/balance?to=last-year", "to");
        cases.put("/api/metrics/gaps?from=2024-05-01&to=2024-04-01", "to");
        cases.put("/api/metrics/funding?region=EUROPE", "region");
        cases.put("/api/metrics/durations?category=VACCINES", "category");
        cases.put("/api/metrics/sla?regoin=AFRICAN", "regoin");
        cases.put("/api/metrics/pipeline?region=AFRICAN&region=ASIA_PACIFIC", "region");
        cases.put("/api/metrics/yearly?year=twenty", "year");
        cases.put("/api/metrics/yearly?year=2024&format=xml", "format");
        cases.put("/api/metrics/yearly?from=2024-01-01", "from");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Api.Response response = api.as("manager").get(bad.getKey());
            assertThat(response.status()).as(bad.getKey()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText()).as(bad.getKey())
                    .contains(bad.getValue());
        }
    }

    // ── the page and Prometheus ─────────────────────────────────────────────────────────────────────────────────

    private ResponseEntity<String> page(String path, String user, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        headers.set(HttpHeaders.ACCEPT, accept);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void theDashboardIsServedWithItsFiguresInTheDom() {
        ResponseEntity<String> page = page("/dashboard?" + YEAR_2000, "manager", "text/html");
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = page.getBody();
        assertThat(html).contains("data-chart=\"pipeline\"", "data-chart=\"durations\"", "data-chart=\"balance\"",
                "data-chart=\"funding\"", "data-table=\"gaps\"");
        assertThat(html).contains("data-key=\"OPEN_NEED\" data-value=\"3\"");
        assertThat(html).contains("data-category=\"LABORATORY_EQUIPMENT\" data-region=\"AFRICAN\" data-value=\"1\"");
        assertThat(html).contains("data-key=\"AFRICAN\" data-requests=\"4\"");
        assertThat(html).contains("data-currency=\"USD\" data-key=\"ALL\" data-requested=\"190000.00\" data-pledged=\"20000.00\"");
        assertThat(html).containsPattern("data-labels=\"\\[&quot;SUBMITTED&quot;,&quot;UNDER_REVIEW&quot;");
        String library = DashboardController.chartLibrary();
        if (library != null) {
            assertThat(html).contains("src=\"" + library + "\"");
            assertThat(page(library, "manager", "*/*").getStatusCode().value()).isEqualTo(200);
        }
        assertThat(page("/dashboard/dashboard.js", "manager", "*/*").getBody()).contains("data-chart");
        assertThat(page("/dashboard/dashboard.css", "manager", "*/*").getStatusCode().value()).isEqualTo(200);
        // the page's own scripts and styles only
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(html).doesNotContain("<script>").doesNotContain(" style=\"");

        ResponseEntity<String> bad = page("/dashboard?from=yesterday", "manager", "text/html");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("data-field=\"from\"");
        assertThat(page("/dashboard", "admin", "text/html").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theGaugesAreComputedOnTheirOwnScheduleFromTheCellsAndTheEngine() {
        MetricsGauges.Snapshot snapshot = gauges.refresh();
        long openNeeds = jdbc.queryForObject("SELECT COUNT(*) FROM assistance_request WHERE status = 'OPEN_NEED'", Long.class);
        assertThat(snapshot.openRequests().get(RequestStatus.OPEN_NEED)).isEqualTo(openNeeds);
        assertThat(snapshot.openRequests()).doesNotContainKey(RequestStatus.COMPLETED);
        long usdGapCents = 0;
        JsonNode funding = get("/api/metrics/funding");
        for (JsonNode currency : funding.get("currencies")) {
            if (currency.get("currency").asText().equals("USD")) {
                usdGapCents = new java.math.BigDecimal(currency.get("total").get("open").get("gap").get("amount").asText())
                        .movePointRight(2).longValueExact();
            }
        }
        assertThat(snapshot.fundingGap().get("USD")).isEqualTo(usdGapCents / 100.0);
        assertThat(snapshot.jobs()).containsKeys("executable", "locked", "scheduled", "failed", "suspended");
        assertThat(snapshot.backlog()).isZero();
        assertThat(snapshot.refreshAgeSeconds()).isNotNull();
        assertThat(snapshot.notificationsFailed()).isNotNull();
        assertThat(gauges.snapshot()).isSameAs(snapshot);
    }
}
