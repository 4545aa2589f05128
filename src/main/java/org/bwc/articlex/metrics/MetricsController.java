package org.bwc.articlex.metrics;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bwc.articlex.metrics.MetricsViews.Balance;
import org.bwc.articlex.metrics.MetricsViews.Durations;
import org.bwc.articlex.metrics.MetricsViews.Funding;
import org.bwc.articlex.metrics.MetricsViews.Gaps;
import org.bwc.articlex.metrics.MetricsViews.Pipeline;
import org.bwc.articlex.metrics.MetricsViews.Sla;
import org.bwc.articlex.metrics.MetricsViews.Yearly;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/metrics}: the figures of the manager view, for the secretariat only (a State's or an organisation's
 * user gets 403). Every endpoint takes {@code from}, {@code to}, {@code region}, {@code category}
 * ({@link MetricsFilter}).
 */
@RestController
@RequestMapping("/api/metrics")
class MetricsController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final MetricsService metrics;
    private final SlaMetrics sla;
    private final YearlyReport yearly;
    private final Clock clock;

    MetricsController(MetricsService metrics, SlaMetrics sla, YearlyReport yearly, Clock clock) {
        this.metrics = metrics;
        this.sla = sla;
        this.yearly = yearly;
        this.clock = clock;
    }

    @Operation(operationId = "pipelineFigures", summary = "Count the requests by status")
    @GetMapping("/pipeline")
    Pipeline pipeline(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        return metrics.pipeline(filter(caller, params));
    }

    @Operation(operationId = "balanceFigures", summary = "Per regional group: requests, restrictions, denials and median hold days")
    @GetMapping("/balance")
    Balance balance(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        return metrics.balance(filter(caller, params));
    }

    @Operation(operationId = "gapFigures", summary = "Open needs by category and regional group")
    @GetMapping("/gaps")
    Gaps gaps(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        return metrics.gaps(filter(caller, params));
    }

    @Operation(operationId = "fundingFigures", summary = "Requested, pledged and the gap, by currency")
    @GetMapping("/funding")
    Funding funding(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        return metrics.funding(filter(caller, params));
    }

    @Operation(operationId = "durationFigures", summary = "How long requests spend in each stage")
    @GetMapping("/durations")
    Durations durations(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        return metrics.durations(filter(caller, params));
    }

    @Operation(operationId = "slaFigures", summary = "Tasks overdue against their service levels")
    @GetMapping("/sla")
    Sla sla(Caller caller, @RequestParam MultiValueMap<String, String> params) {
        return sla.sla(filter(caller, params));
    }

    /** JSON, or CSV with {@code ?format=csv} or {@code Accept: text/csv}. */
    @Operation(operationId = "yearlyReport", summary = "The year's Article X assistance report, as JSON or CSV")
    @ApiResponse(responseCode = "200", description = "The report as JSON, or CSV with `format=csv` or `Accept: text/csv`",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Yearly.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/yearly")
    ResponseEntity<?> yearly(Caller caller, @RequestParam MultiValueMap<String, String> params,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        requireSecretariat(caller);
        List<FieldProblem> problems = new ArrayList<>();
        int year = Year.now(clock).getValue();
        String yearParam = MetricsFilter.single(params, "year");
        if (yearParam != null) {
            try {
                year = Integer.parseInt(yearParam);
                if (year < 1900 || year > 2999) {
                    problems.add(new FieldProblem("year", "must be a year between 1900 and 2999"));
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("year", "must be a year such as 2025"));
            }
        }
        String format = MetricsFilter.single(params, "format");
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            problems.add(new FieldProblem("format", "must be json or csv"));
        }
        MetricsFilter filter;
        try {
            filter = MetricsFilter.parse(params, Set.of("region", "category", "year", "format"));
        } catch (InvalidInputException e) {
            problems.addAll(0, e.errors());
            throw new InvalidInputException(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Yearly report = yearly.report(year, filter);
        boolean csv = "csv".equals(format) || format == null && wantsCsv(accept);
        if (csv) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"article-x-assistance-" + year + ".csv\"")
                    .body(YearlyReport.csv(report));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    /** CSV when the client prefers it: {@code text/csv} weighs more than JSON and at least as much as a wildcard. */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double csv = 0;
        double json = 0;
        double any = 0;
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            double quality = type.getQualityValue();
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                csv = Math.max(csv, quality);
            } else if (type.isWildcardType() || type.isWildcardSubtype()) {
                any = Math.max(any, quality);
            } else if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                json = Math.max(json, quality);
            }
        }
        return csv > 0 && csv > json && csv >= any;
    }

    private static MetricsFilter filter(Caller caller, MultiValueMap<String, String> params) {
        requireSecretariat(caller);
        return MetricsFilter.parse(params, MetricsFilter.PARAMETERS);
    }

    static void requireSecretariat(Caller caller) {
        if (!caller.isSecretariat()) {
            throw new ForbiddenException("The metrics are for the secretariat (caseworkers, managers, administrators)");
        }
    }
}
