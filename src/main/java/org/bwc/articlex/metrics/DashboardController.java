package org.bwc.articlex.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bwc.articlex.metrics.MetricsViews.CurrencyFunding;
import org.bwc.articlex.metrics.MetricsViews.Funding;
import org.bwc.articlex.metrics.MetricsViews.Gaps;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /dashboard}: the manager view (managers and administrators). Server-rendered from the same figures as
 * {@code /api/metrics}; every chart is drawn from the data attributes of its canvas and has a table of the same
 * figures beside it, so the page reads without scripts and a browser test can check the drawing against the data.
 * Charts: Chart.js from its WebJar, served by the application itself (no CDN).
 */
@Controller
class DashboardController {

    static final int LISTED = 12;

    private final MetricsService metrics;
    private final SlaMetrics sla;
    private final YearlyReport yearly;
    private final FactsRepository facts;
    private final MetricsProperties properties;
    private final EngineTables engine;
    private final ObjectMapper json;
    private final Clock clock;
    private final String chartLibrary;

    DashboardController(MetricsService metrics, SlaMetrics sla, YearlyReport yearly, FactsRepository facts,
            MetricsProperties properties, EngineTables engine, ObjectMapper json, Clock clock) {
        this.metrics = metrics;
        this.sla = sla;
        this.yearly = yearly;
        this.facts = facts;
        this.properties = properties;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
        this.chartLibrary = chartLibrary();
    }

    /** The path of Chart.js in its WebJar ({@code org.webjars.npm:chart.js}), or null when it is not on the classpath. */
    static String chartLibrary() {
        ClassPathResource pom = new ClassPathResource("META-INF/maven/org.webjars.npm/chart.js/pom.properties");
        if (!pom.exists()) {
            return null;
        }
        try (var in = pom.getInputStream()) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            return version == null ? null : "/webjars/chart.js/" + version + "/dist/chart.umd.min.js";
        } catch (java.io.IOException e) {
            return null;
        }
    }

    @GetMapping("/dashboard")
    String dashboard(Caller caller, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response) {
        if (!caller.groups().contains(Caller.MANAGERS) && !caller.groups().contains(Caller.ADMINS)) {
            throw new ForbiddenException("The dashboard is for managers and administrators");
        }
        model.addAttribute("chartLibrary", chartLibrary);
        model.addAttribute("regions", Arrays.stream(Region.values()).map(Enum::name).toList());
        model.addAttribute("categories", Arrays.stream(AssistanceCategory.values()).map(Enum::name).toList());
        model.addAttribute("form", form(params));
        MetricsFilter filter;
        try {
            filter = MetricsFilter.parse(params, MetricsFilter.PARAMETERS);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.errors());
            return "dashboard";
        }
        model.addAttribute("errors", List.<FieldProblem>of());
        var pipeline = metrics.pipeline(filter);
        var balance = metrics.balance(filter);
        var gaps = metrics.gaps(filter);
        var funding = metrics.funding(filter);
        var durations = metrics.durations(filter);
        var overdue = sla.sla(filter);
        int year = Year.now(clock).getValue();
        var thisYear = yearly.report(year, new MetricsFilter(null, null, filter.region(), filter.category()));
        model.addAttribute("asOf", pipeline.asOf());
        model.addAttribute("asOfText", pipeline.asOf() == null ? null : java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC).format(pipeline.asOf()));
        model.addAttribute("pipeline", pipeline);
        model.addAttribute("balance", balance);
        model.addAttribute("gaps", gaps);
        model.addAttribute("heat", heat(gaps));
        model.addAttribute("funding", funding);
        CurrencyFunding primary = primaryCurrency(funding).orElse(null);
        model.addAttribute("primaryFunding", primary);
        model.addAttribute("durations", durations);
        model.addAttribute("sla", overdue);
        model.addAttribute("yearly", thisYear);
        model.addAttribute("year", year);
        model.addAttribute("query", query(filter));
        model.addAttribute("holds", cases(EnumSet.of(RequestStatus.SCREENING, RequestStatus.BALANCE_REVIEW), filter));
        model.addAttribute("openNeeds", cases(EnumSet.of(RequestStatus.OPEN_NEED), filter));
        model.addAttribute("openRequests", pipeline.open());
        model.addAttribute("overdueTasks", overdue.overdueTasks());
        model.addAttribute("openNeedCount", gaps.total());
        model.addAttribute("medianHold", balance.total().hold().medianDays());
        model.addAttribute("p90Hold", balance.total().hold().p90Days());
        model.addAttribute("charts", charts(pipeline, durations, balance, primary));
        return "dashboard";
    }

    private static Map<String, String> form(MultiValueMap<String, String> params) {
        Map<String, String> form = new HashMap<>();
        for (String name : MetricsFilter.PARAMETERS) {
            String value = MetricsFilter.single(params, name);
            form.put(name, value == null ? "" : value);
        }
        return form;
    }

    /** The filter as a query string, for the links to the JSON and the CSV. */
    private static String query(MetricsFilter filter) {
        List<String> parts = new ArrayList<>();
        filter.describe().forEach((name, value) -> {
            if (value != null) {
                parts.add(name + "=" + value);
            }
        });
        return String.join("&", parts);
    }

    /** The currency with the most requested by approved requests not yet funded (usually USD). */
    private static Optional<CurrencyFunding> primaryCurrency(Funding funding) {
        return funding.currencies().stream().max((a, b) -> a.total().open().requested().decimal()
                .compareTo(b.total().open().requested().decimal()));
    }

    /** A case in the lists, with its Cockpit page when it has a process instance (historic imports have none). */
    record CaseLink(String requestId, String state, String region, String category, String status, Instant since,
            double days, String cockpitUrl) {
    }

    private List<CaseLink> cases(EnumSet<RequestStatus> statuses, MetricsFilter filter) {
        List<CaseFacts> oldest = facts.oldestIn(statuses, filter, LISTED);
        Map<String, String> instances = engine.instanceIds(AssistanceRequestProcess.PROCESS_ID,
                oldest.stream().map(CaseFacts::requestId).toList());
        Instant now = clock.instant();
        return oldest.stream().map(f -> new CaseLink(f.requestId(), f.requestingState(), f.region(), f.category(),
                f.status().name(), f.statusSince(),
                Math.round(Duration.between(f.statusSince(), now).getSeconds() / 864.0) / 100.0,
                properties.cockpit(instances.get(f.requestId())))).toList();
    }

    /** Open-needs heat map: the CSS level (0–5) of each cell, relative to the largest cell. */
    record HeatCell(String category, String region, long openNeeds, int level) {
    }

    record HeatRow(String category, List<HeatCell> cells, long total) {
    }

    private static List<HeatRow> heat(Gaps gaps) {
        long max = gaps.cells().stream().mapToLong(MetricsViews.GapCell::openNeeds).max().orElse(0);
        Map<String, List<HeatCell>> rows = new LinkedHashMap<>();
        gaps.categories().forEach(c -> rows.put(c, new ArrayList<>()));
        for (MetricsViews.GapCell cell : gaps.cells()) {
            int level = cell.openNeeds() == 0 || max == 0 ? 0 : (int) Math.max(1, Math.ceil(5.0 * cell.openNeeds() / max));
            rows.get(cell.category()).add(new HeatCell(cell.category(), cell.region(), cell.openNeeds(), level));
        }
        List<HeatRow> heat = new ArrayList<>();
        gaps.byCategory().forEach(total -> heat.add(new HeatRow(total.key(), rows.get(total.key()), total.openNeeds())));
        return heat;
    }

    /** What each canvas draws, as JSON for its data attributes: labels, and series of values. */
    record Chart(String labels, String series) {
    }

    private Map<String, Chart> charts(MetricsViews.Pipeline pipeline, MetricsViews.Durations durations,
            MetricsViews.Balance balance, CurrencyFunding funding) {
        Map<String, Chart> charts = new LinkedHashMap<>();
        // the open statuses: with years of history the closed ones would flatten everything else (they are in the table)
        List<MetricsViews.StatusCount> open = pipeline.statuses().stream().filter(s -> !s.closed()).toList();
        charts.put("pipeline", chart(open.stream().map(MetricsViews.StatusCount::status).toList(),
                List.of(series("Open requests", open.stream().map(s -> (Number) s.count()).toList()))));
        charts.put("durations", chart(durations.statuses().stream().map(MetricsViews.DurationFigures::status).toList(),
                List.of(series("Median (days)", durations.statuses().stream().map(d -> (Number) d.medianDays()).toList()),
                        series("90th percentile (days)", durations.statuses().stream().map(d -> (Number) d.p90Days()).toList()))));
        List<MetricsViews.RegionBalance> regions = balance.regions();
        charts.put("balance", chart(regions.stream().map(MetricsViews.RegionBalance::region).toList(), List.of(
                series("Cleared", regions.stream().map(r -> (Number) r.cleared()).toList()),
                series("Conditional", regions.stream().map(r -> (Number) r.conditional()).toList()),
                series("Referred", regions.stream().map(r -> (Number) r.referred()).toList()),
                series("Proposed denials", regions.stream().map(r -> (Number) r.proposedDenials()).toList()))));
        charts.put("holds", chart(regions.stream().map(MetricsViews.RegionBalance::region).toList(), List.of(
                series("Median hold (days)", regions.stream().map(r -> (Number) r.hold().medianDays()).toList()),
                series("90th percentile hold (days)", regions.stream().map(r -> (Number) r.hold().p90Days()).toList()))));
        if (funding != null) {
            List<MetricsViews.CategoryFunding> categories = funding.categories();
            charts.put("funding", chart(categories.stream().map(MetricsViews.CategoryFunding::category).toList(), List.of(
                    series("Pledged", categories.stream().map(c -> (Number) c.figures().open().pledged().decimal()).toList()),
                    series("Gap", categories.stream().map(c -> (Number) c.figures().open().gap().decimal()).toList()))));
        }
        return charts;
    }

    private static Map<String, Object> series(String label, List<Number> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("label", label);
        series.put("values", values);
        return series;
    }

    private Chart chart(List<String> labels, List<Map<String, Object>> series) {
        try {
            return new Chart(json.writeValueAsString(labels), json.writeValueAsString(series));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
