package org.bwc.articlex.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.support.MetricsAnswers.counts;
import static org.bwc.articlex.support.MetricsAnswers.find;
import static org.bwc.articlex.support.MetricsAnswers.withoutAsOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.metrics.MetricsRefresher;
import org.bwc.articlex.metrics.OfferCounts;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.MetricsAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The historic-case generator, started as the tool is ({@code --articlex.generate}, here with 0 cases at start-up and
 * no exit), writing a small history through the owning packages' bulk loads that the metrics and the requests API
 * then read like any other. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"articlex.generate=0", "articlex.generate-exit=false"})
abstract class GeneratorScenarios extends CaseScenario {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MetricsRefresher refresher;
    @Autowired
    OfferCounts offerCounts;
    @Autowired
    HistoricCaseGenerator generator;

    @Test
    void theGeneratorWritesConsistentHistoryInEveryStatus() {
        removeGenerated();
        HistoricCaseGenerator.Result result = generator.generate(new HistoricCaseGenerator.Plan(2000, 7L, 1993,
                Instant.parse("1994-12-31T23:59:59Z"), true, 400), done -> { });
        assertThat(result.cases()).isEqualTo(2000);
        // all but the two that last seconds or minutes (submitted, screening): at this size those are rarely caught
        assertThat(result.byStatus().keySet()).containsAll(EnumSet.complementOf(
                EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.SCREENING)));
        String period = "from=1993-01-01&to=1994-12-31";

        // the figures agree with the request table itself
        Map<String, Long> byStatus = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM assistance_request WHERE created_at < TIMESTAMP WITH TIME ZONE '1995-01-01 00:00:00+00'"
                + " AND created_at >= TIMESTAMP WITH TIME ZONE '1990-01-01 00:00:00+00' GROUP BY status",
                rs -> {
                    byStatus.put(rs.getString(1), rs.getLong(2));
                });
        assertThat(counts(get("/api/metrics/pipeline?" + period))).isEqualTo(byStatus);
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2000);

        // the generator's facts are exactly what the refresher derives from the rows it wrote
        Map<String, JsonNode> before = new LinkedHashMap<>();
        for (String endpoint : List.of("pipeline", "balance", "durations", "funding", "gaps")) {
            before.put(endpoint, withoutAsOf(get("/api/metrics/" + endpoint + "?" + period)));
        }
        jdbc.update("INSERT INTO metrics_dirty (request_id) SELECT id FROM assistance_request"
                + " WHERE created_at < TIMESTAMP WITH TIME ZONE '1995-01-01 00:00:00+00' AND created_at >= TIMESTAMP WITH TIME ZONE '1990-01-01 00:00:00+00'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metrics_case WHERE created_at < TIMESTAMP WITH TIME ZONE"
                + " '1995-01-01 00:00:00+00' AND created_at >= TIMESTAMP WITH TIME ZONE '1990-01-01 00:00:00+00'", Long.class))
                .isEqualTo(2000);
        refresher.refreshNow(); // (the background refresh may take part of the queue: either way it ends empty)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM metrics_dirty", Long.class)).isZero();
        for (String endpoint : before.keySet()) {
            assertThat(withoutAsOf(get("/api/metrics/" + endpoint + "?" + period))).as(endpoint).isEqualTo(before.get(endpoint));
        }

        // plausible: most review under a week, holds mostly short, old cases closed
        JsonNode durations = get("/api/metrics/durations?" + period);
        assertThat(find(durations.get("statuses"), "status", "UNDER_REVIEW").get("medianDays").asDouble()).isBetween(1.0, 5.0);
        JsonNode firstYear = get("/api/metrics/pipeline?from=1993-01-01&to=1993-12-31");
        JsonNode lastYear = get("/api/metrics/pipeline?from=1994-01-01&to=1994-12-31");
        assertThat(firstYear.get("open").asLong()).isLessThan(firstYear.get("total").asLong() / 4);
        assertThat(lastYear.get("open").asLong()).isGreaterThan(2 * firstYear.get("open").asLong());
        JsonNode money = get("/api/metrics/funding?" + period);
        JsonNode usdFunded = find(money.get("currencies"), "currency", "USD").get("total").get("funded");
        assertThat(new BigDecimal(usdFunded.get("pledged").get("amount").asText()))
                .isGreaterThanOrEqualTo(new BigDecimal(usdFunded.get("requested").get("amount").asText())
                        .multiply(new BigDecimal("0.9")));
        assertThat(result.offers()).isPositive();
        assertThat(get("/api/metrics/yearly?year=1993").get("offersMade").asLong()).isPositive();
        assertThat(get("/api/metrics/yearly?year=1993").get("matchesMade").asLong()).isPositive();
        // a generated case reads like any other through the requests API
        String anyId = jdbc.queryForObject("SELECT MIN(id) FROM assistance_request WHERE id LIKE 'REQ-1993-%'", String.class);
        Api.Response view = api.as("manager").get("/api/requests/" + anyId);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("history").size()).isPositive();
    }

    @AfterAll
    void removeGenerated() {
        String generated = "SELECT id FROM assistance_request WHERE created_at >= TIMESTAMP WITH TIME ZONE '1990-01-01 00:00:00+00'"
                + " AND created_at < TIMESTAMP WITH TIME ZONE '1995-01-01 00:00:00+00'";
        jdbc.update("DELETE FROM match_proposal WHERE request_id IN (" + generated + ")");
        jdbc.update("DELETE FROM pledge WHERE request_id IN (" + generated + ")");
        for (String table : List.of("request_item", "request_status_history", "decision_record")) {
            jdbc.update("DELETE FROM " + table + " WHERE request_id IN (" + generated + ")");
        }
        jdbc.update("INSERT INTO metrics_dirty (request_id) " + generated);
        jdbc.update("DELETE FROM assistance_request WHERE id IN (" + generated + ")");
        String offers = "SELECT id FROM offer WHERE created_at >= TIMESTAMP WITH TIME ZONE '1990-01-01 00:00:00+00'"
                + " AND created_at < TIMESTAMP WITH TIME ZONE '1995-01-01 00:00:00+00'";
        jdbc.update("DELETE FROM offer_region WHERE offer_id IN (" + offers + ")");
        jdbc.update("DELETE FROM offer WHERE id IN (" + offers + ")");
        refresher.refreshNow();
        offerCounts.rebuild();
    }

    private JsonNode get(String path) {
        return MetricsAnswers.figures(api, path);
    }
}
