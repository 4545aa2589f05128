package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Browser scenario 5: a manager opens {@code /dashboard} (HTTP Basic) and every chart is drawn with the figures
 * of {@code /api/metrics}: each Chart.js chart holds exactly the API's labels and values, each bar's length is in
 * proportion to its value, and the canvas is painted in the series' colour where a bar stands. Two cases of its own
 * make sure there is something to draw: a referred request (Balance review, African group) and an open need (Bolivia,
 * disease surveillance, Latin America and the Caribbean).
 */
@ScenarioTest
class DashboardInBrowserTest extends BrowserScenario {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcClient jdbc;

    /** What Chart.js holds and has drawn for one canvas, read in the page (Chart.js 4: Chart.getChart, element props). */
    static final String READ_CHART = """
            const canvas = document.querySelector('canvas[data-chart="' + arguments[0] + '"]');
            if (!canvas) return null;
            const chart = window.Chart && Chart.getChart(canvas);
            if (!chart) return JSON.stringify({rendered: canvas.dataset.rendered || null, error: canvas.dataset.error || null});
            const ratio = chart.currentDevicePixelRatio || 1, context = canvas.getContext('2d');
            return JSON.stringify({
              rendered: canvas.dataset.rendered || null,
              labels: chart.data.labels,
              series: chart.data.datasets.map((dataset, i) => ({
                label: dataset.label,
                values: dataset.data,
                colour: dataset.backgroundColor,
                bars: chart.getDatasetMeta(i).data.map(bar => {
                  const p = bar.getProps(['x', 'y', 'base', 'horizontal'], true);
                  const length = p.horizontal ? Math.abs(p.x - p.base) : Math.abs(p.base - p.y);
                  const mx = p.horizontal ? (p.x + p.base) / 2 : p.x, my = p.horizontal ? p.y : (p.y + p.base) / 2;
                  const pixel = Array.from(context.getImageData(Math.round(mx * ratio), Math.round(my * ratio), 1, 1).data);
                  return {length: length, pixel: pixel};
                })
              }))
            });""";

    @Test
    void managerSeesEveryChartDrawnWithTheFiguresOfTheMetricsApi() {
        referredRequest();
        openNeed();
        approvedAfterAHold();
        // the figures are brought up to date in the background every few seconds; "asOf" says until when
        Instant changed = Instant.now();
        new FluentWait<>(this).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .withMessage("figures of /api/metrics as of after the two new cases")
                .until(test -> Instant.parse(metrics("pipeline").get("asOf").asText()).isAfter(changed));

        browser.sendBasicAuth("manager", "manager");
        Map<String, JsonNode> api = dashboardWithItsFigures();

        // pipeline funnel: open requests by status (the closed statuses are in the table only)
        JsonNode pipeline = api.get("pipeline");
        JsonNode openStatuses = JSON.valueToTree(strings(pipeline.get("statuses"), "status").stream()
                .map(status -> find(pipeline.get("statuses"), s -> s.get("status").asText().equals(status)))
                .filter(s -> !s.get("closed").asBoolean()).toList());
        JsonNode funnel = chart("pipeline");
        assertThat(strings(funnel.get("labels"))).containsExactlyElementsOf(strings(openStatuses, "status"));
        assertDrawn(funnel, Map.of("request", numbers(openStatuses, "count")));
        assertThat(valueOf(funnel, "request", "BALANCE_REVIEW")).isPositive();
        assertThat(valueOf(funnel, "request", "OPEN_NEED")).isPositive();
        assertThat(browser.driver().findElements(By.cssSelector("body.charts-missing"))).as("Chart.js is served").isEmpty();

        // time per phase: median and 90th percentile per status
        JsonNode durations = api.get("durations");
        JsonNode times = chart("durations");
        assertThat(strings(times.get("labels"))).containsExactlyElementsOf(strings(durations.get("statuses"), "status"));
        assertDrawn(times, Map.of("median", numbers(durations.get("statuses"), "medianDays"),
                "90th", numbers(durations.get("statuses"), "p90Days")));

        // Article III / X balance by region: screening outcomes, and hold times
        JsonNode balance = api.get("balance");
        JsonNode outcomes = chart("balance");
        assertThat(strings(outcomes.get("labels"))).containsExactlyElementsOf(strings(balance.get("regions"), "region"));
        assertDrawn(outcomes, Map.of("cleared", numbers(balance.get("regions"), "cleared"),
                "conditional", numbers(balance.get("regions"), "conditional"),
                "referred", numbers(balance.get("regions"), "referred"),
                "denial", numbers(balance.get("regions"), "proposedDenials")));
        assertThat(valueOf(outcomes, "referred", "AFRICAN")).as("Kenya's referral").isPositive();
        assertThat(valueOf(outcomes, "cleared", "LATIN_AMERICAN_CARIBBEAN")).as("Bolivia's cleared request").isPositive();
        JsonNode holds = chart("holds");
        assertThat(strings(holds.get("labels"))).containsExactlyElementsOf(strings(balance.get("regions"), "region"));
        assertDrawn(holds, Map.of("median", numbers(balance.get("regions"), r -> r.at("/hold/medianDays")),
                "90th", numbers(balance.get("regions"), r -> r.at("/hold/p90Days"))));

        // funding gap, in the currency with the most requested: pledged and gap by category
        JsonNode currency = primaryCurrency(api.get("funding"));
        JsonNode money = chart("funding");
        assertThat(strings(money.get("labels"))).containsExactlyElementsOf(strings(currency.get("categories"), "category"));
        assertDrawn(money, Map.of("pledged", numbers(currency.get("categories"), c -> c.at("/figures/open/pledged/amount")),
                "gap", numbers(currency.get("categories"), c -> c.at("/figures/open/gap/amount"))));
        assertThat(valueOf(money, "gap", "DISEASE_SURVEILLANCE")).as("Bolivia's unfunded estimate").isGreaterThanOrEqualTo(85000.0);

        // open-needs heat map (a table): Bolivia's cell, coloured
        JsonNode cell = find(api.get("gaps").get("cells"), c -> c.get("category").asText().equals("DISEASE_SURVEILLANCE")
                && c.get("region").asText().equals("LATIN_AMERICAN_CARIBBEAN"));
        WebElement heat = browser.driver().findElement(
                By.cssSelector("[data-table=gaps] td[data-category=DISEASE_SURVEILLANCE][data-region=LATIN_AMERICAN_CARIBBEAN]"));
        assertThat(heat.getText()).isEqualTo(cell.get("openNeeds").asText());
        assertThat(cell.get("openNeeds").asLong()).isPositive();
        assertThat(heat.getDomAttribute("class")).matches(".*\\bheat-[1-5]\\b.*");

        // headline figure, and the cases listed (the longest waiting) linked to their Cockpit pages
        assertThat(browser.driver().findElement(By.cssSelector("#tile-open .value")).getDomAttribute("data-value"))
                .isEqualTo(pipeline.get("open").asText());
        List<WebElement> links = browser.driver().findElements(By.cssSelector("[data-table=holds] tr[data-case] a,"
                + " [data-table=open-needs] tr[data-case] a"));
        assertThat(links).as("cases on hold and open needs listed with a link").isNotEmpty();
        for (WebElement link : links) {
            String reference = link.findElement(By.xpath("ancestor::tr[@data-case]")).getDomAttribute("data-case");
            assertThat(link.getDomAttribute("href")).as("Cockpit link of %s", reference)
                    .contains("/camunda/app/cockpit/").endsWith(driver.instance(reference).getId());
        }

        browser.documentationScreenshot("dashboard-scenario.png", 2500);

        // filtered to this year's disease-surveillance requests of Latin America (Bolivia's and Ecuador's): the time and
        // hold charts draw the filtered figures, whose median and 90th percentile differ, so a swapped series shows
        String filter = "?from=" + java.time.Year.now(java.time.ZoneOffset.UTC) + "-01-01&region=LATIN_AMERICAN_CARIBBEAN"
                + "&category=DISEASE_SURVEILLANCE";
        Map<String, JsonNode> narrowed = dashboardWithItsFigures(filter);
        JsonNode narrowedDurations = narrowed.get("durations");
        assertThat(narrowedDurations.get("statuses")).as("a status whose median and 90th percentile differ")
                .anyMatch(st -> !st.get("medianDays").isNull() && st.get("p90Days").asDouble() > st.get("medianDays").asDouble());
        assertDrawn(chart("durations"), Map.of("median", numbers(narrowedDurations.get("statuses"), "medianDays"),
                "90th", numbers(narrowedDurations.get("statuses"), "p90Days")));
        JsonNode narrowedBalance = narrowed.get("balance");
        assertThat(narrowedBalance.get("regions")).as("a region whose median and 90th percentile hold differ")
                .anyMatch(r -> !r.at("/hold/medianDays").isNull() && r.at("/hold/p90Days").asDouble() > r.at("/hold/medianDays").asDouble());
        assertDrawn(chart("holds"), Map.of("median", numbers(narrowedBalance.get("regions"), r -> r.at("/hold/medianDays")),
                "90th", numbers(narrowedBalance.get("regions"), r -> r.at("/hold/p90Days"))));
        assertThat(browser.driver().findElement(By.cssSelector("select[name=region]")).getDomProperty("value"))
                .as("the filter stays chosen").isEqualTo("LATIN_AMERICAN_CARIBBEAN");
    }

    /**
     * Opens the dashboard and returns the API's figures of the same moment: unchanged from before the page was
     * loaded to after (else the page is loaded again).
     */
    Map<String, JsonNode> dashboardWithItsFigures() {
        return dashboardWithItsFigures("");
    }

    /** The dashboard with a filter ({@code ?from=...}), once the API's figures for it are stable while it loads. */
    Map<String, JsonNode> dashboardWithItsFigures(String query) {
        List<String> endpoints = List.of("pipeline", "durations", "balance", "funding", "gaps");
        return new FluentWait<>(browser.driver()).withTimeout(Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(500))
                .withMessage("a dashboard whose figures do not change while it loads")
                .until(page -> {
                    Map<String, JsonNode> before = figures(endpoints, query);
                    page.get(baseUrl() + "/dashboard" + query);
                    browser.visible(By.cssSelector("body[data-charts-ready=true]"));
                    Map<String, JsonNode> after = figures(endpoints, query);
                    return before.equals(after) ? after : null;
                });
    }

    Map<String, JsonNode> figures(List<String> endpoints, String query) {
        Map<String, JsonNode> figures = new java.util.LinkedHashMap<>();
        for (String endpoint : endpoints) {
            JsonNode figure = metrics(endpoint + query).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) figure).remove("asOf");
            figures.put(endpoint, figure);
        }
        return figures;
    }

    JsonNode metrics(String endpoint) {
        Api.Response response = api.as("manager").get("/api/metrics/" + endpoint);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode chart(String name) {
        Object read = browser.driver().executeScript(READ_CHART, name);
        assertThat(read).as("canvas[data-chart=%s] on the page", name).isNotNull();
        try {
            JsonNode chart = JSON.readTree((String) read);
            assertThat(chart.path("rendered").asText()).as("chart %s drawn (%s)", name, chart.path("error").asText()).isEqualTo("true");
            assertThat(chart.has("series")).as("chart %s is a Chart.js chart", name).isTrue();
            return chart;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The chart has one series per expected entry, found by a word of its legend (case aside: "median", "gap", ...),
     * holding exactly the expected values; every bar is as long as its value in the chart's scale (one scale per
     * chart, zero for zero) and painted in its series' colour.
     */
    static void assertDrawn(JsonNode chart, Map<String, List<Double>> expected) {
        assertThat(chart.get("series").size()).as("series of the chart: %s", strings(chart.get("series"), "label"))
                .isEqualTo(expected.size());
        double scale = 0;
        for (JsonNode series : chart.get("series")) {
            for (int i = 0; i < series.get("values").size(); i++) {
                double value = series.get("values").get(i).asDouble();
                if (value > 0) {
                    scale = Math.max(scale, series.get("bars").get(i).get("length").asDouble() / value);
                }
            }
        }
        for (Map.Entry<String, List<Double>> entry : expected.entrySet()) {
            JsonNode series = series(chart, entry.getKey());
            String label = series.get("label").asText();
            List<Double> values = new ArrayList<>();
            series.get("values").forEach(v -> values.add(v.isNull() ? null : v.asDouble()));
            assertThat(values).as("values of %s", label).containsExactlyElementsOf(entry.getValue());
            int[] colour = rgb(series.get("colour").asText());
            for (int i = 0; i < values.size(); i++) {
                double value = values.get(i) == null ? 0 : values.get(i);
                JsonNode bar = series.get("bars").get(i);
                assertThat(bar.get("length").asDouble()).as("length of bar %d of %s (value %s)", i, label, value)
                        .isCloseTo(value * scale, within(1.5));
                if (bar.get("length").asDouble() >= 2) {
                    JsonNode pixel = bar.get("pixel");
                    assertThat(new int[] {pixel.get(0).asInt(), pixel.get(1).asInt(), pixel.get(2).asInt(), pixel.get(3).asInt()})
                            .as("colour in the middle of bar %d of %s", i, label)
                            .containsExactly(colour[0], colour[1], colour[2], 255);
                }
            }
        }
    }

    /** The one series whose legend contains the word. */
    static JsonNode series(JsonNode chart, String word) {
        List<JsonNode> found = new ArrayList<>();
        chart.get("series").forEach(s -> {
            if (s.get("label").asText().toLowerCase(java.util.Locale.ROOT).contains(word.toLowerCase(java.util.Locale.ROOT))) {
                found.add(s);
            }
        });
        assertThat(found).as("series named with '%s' among %s", word, strings(chart.get("series"), "label")).hasSize(1);
        return found.get(0);
    }

    static double valueOf(JsonNode chart, String series, String label) {
        int index = strings(chart.get("labels")).indexOf(label);
        assertThat(index).as("label %s", label).isNotNegative();
        return series(chart, series).get("values").get(index).asDouble();
    }

    static JsonNode primaryCurrency(JsonNode funding) {
        JsonNode primary = null;
        for (JsonNode currency : funding.get("currencies")) {
            if (primary == null || currency.at("/total/open/requested/amount").decimalValue()
                    .compareTo(primary.at("/total/open/requested/amount").decimalValue()) > 0) {
                primary = currency;
            }
        }
        assertThat(primary).as("a currency with figures").isNotNull();
        return primary;
    }

    static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError("Not found in " + array);
    }

    static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    static List<String> strings(JsonNode array, String field) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.get(field).asText()));
        return strings;
    }

    static List<Double> numbers(JsonNode array, String field) {
        return numbers(array, node -> node.get(field));
    }

    static List<Double> numbers(JsonNode array, Function<JsonNode, JsonNode> field) {
        List<Double> numbers = new ArrayList<>();
        array.forEach(node -> {
            JsonNode value = field.apply(node);
            numbers.add(value == null || value.isNull() || value.isMissingNode() ? null : Double.valueOf(value.asText()));
        });
        return numbers;
    }

    static int[] rgb(String hex) {
        assertThat(hex).as("series colour").matches("#[0-9a-fA-F]{6}");
        return new int[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)};
    }

    /** Kenya asks for a risk-group-4 agent for a BSL-2 laboratory; a caseworker finds it complete: referred. */
    String referredRequest() {
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("items", List.of(Requests.item("AGENT", "Ebola virus inactivated reference material", 1)));
        String id = reviewedComplete("ken-ncp", body);
        assertThat(status(id)).isEqualTo("BALANCE_REVIEW");
        return id;
    }

    /** Bolivia asks for disease surveillance training; no offer fits: an open need. */
    String openNeed() {
        Map<String, Object> body = Requests.from("BOL");
        body.put("title", "Event-based surveillance training for the national network");
        body.put("category", "DISEASE_SURVEILLANCE");
        body.put("items", List.of(Requests.item("TRAINING", "Event-based surveillance workshop", 15)));
        String id = submitted("bol-ncp", body);
        backdate(id, "SUBMITTED", "UNDER_REVIEW"); // 3 days under review, Kenya's none: the durations' median and 90th differ
        Api.Response reviewed = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        driver.runDueJobs();
        assertThat(status(id)).isEqualTo("OPEN_NEED");
        return id;
    }

    /** Ecuador (Latin America, as Bolivia whose hold is none) is referred and approved 3 days later: the holds differ. */
    String approvedAfterAHold() {
        Map<String, Object> body = Requests.from("ECU");
        body.put("category", "DISEASE_SURVEILLANCE");
        body.put("items", List.of(Requests.item("AGENT", "Ebola virus inactivated reference material", 1)));
        String id = reviewedComplete("ecu-ncp", body);
        assertThat(status(id)).isEqualTo("BALANCE_REVIEW");
        backdate(id, "SUBMITTED", "UNDER_REVIEW", "SCREENING");
        Api.Response approved = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("balanceDecision", "APPROVE",
                "justification", "Inactivated material only, rule SCR-RISK-GROUP-4 reviewed: no live agent"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        driver.runDueJobs();
        return id;
    }

    /** Moves these history entries of the case 3 days back (the application's clock is the wall clock). */
    void backdate(String id, String... statuses) {
        jdbc.sql("UPDATE request_status_history SET changed_at = :at WHERE request_id = :id AND status IN (:statuses)")
                .param("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(3)).param("id", id)
                .param("statuses", List.of(statuses)).update();
    }
}
