package org.bwc.articlex.nationalreports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NationalReportController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final NationalReportService reports;
    private final SubmissionRates rates;

    NationalReportController(NationalReportService reports, SubmissionRates rates) {
        this.reports = reports;
        this.rates = rates;
    }

    /** The State's report for a year: the same task as Submit national report in its Tasklist. */
    @Operation(operationId = "submitNationalReport", summary = "Submit a State Party's national Article X report",
            description = "The State's own report for an open year (422 for a year not open); a second one for the year "
                    + "is a conflict (409) unless `replace=true`, which keeps the earlier version.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schemaProperties = {
                    @SchemaProperty(name = "year", schema = @Schema(type = "integer", example = "2026")),
                    @SchemaProperty(name = "policy", schema = @Schema(type = "string")),
                    @SchemaProperty(name = "assistanceGiven", schema = @Schema(type = "string")),
                    @SchemaProperty(name = "assistanceReceived", schema = @Schema(type = "string")),
                    @SchemaProperty(name = "needsOutstanding", schema = @Schema(type = "string")),
                    @SchemaProperty(name = "obstacles", schema = @Schema(type = "string"))}, examples = @ExampleObject(name = "report", value = """
            { "year": 2026, "policy": "National biosafety law of 2024 covers export of equipment",
              "assistanceGiven": "None this year", "assistanceReceived": "Biosafety officer training (REQ-2026-0001)",
              "needsOutstanding": "Diagnostic reagents", "obstacles": "Customs delays for laboratory equipment" }"""))))
    @ApiResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The report, e.g. /api/states/KEN/national-reports?year=2026", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "422", ref = "Unprocessable")
    @PostMapping("/api/states/{iso3}/national-reports")
    ResponseEntity<NationalReportView> submit(@PathVariable String iso3, @RequestBody(required = false) JsonNode body,
            @RequestParam(defaultValue = "false") boolean replace, Caller caller) {
        NationalReportView view = reports.submit(iso3, body, replace, caller);
        return ResponseEntity.created(URI.create("/api/states/" + view.state() + "/national-reports?year=" + view.year())).body(view);
    }

    @Operation(operationId = "findNationalReport", summary = "Read a State Party's national report of a year, or its draft")
    @ApiResponse(responseCode = "200", description = "The report, with its pre-filled draft while not submitted")
    @ApiResponse(responseCode = "422", ref = "Unprocessable")
    @GetMapping("/api/states/{iso3}/national-reports")
    NationalReportView find(@PathVariable String iso3, @RequestParam int year, Caller caller) {
        return reports.find(iso3, year, caller);
    }

    /** Managers and administrators (the security filter guards {@code /api/metrics/**}): JSON, or CSV with {@code format=csv}. */
    @Operation(operationId = "nationalReportRates", summary = "National report submission rates by regional group (managers)")
    @ApiResponse(responseCode = "200", description = "The rates as JSON, or CSV with `format=csv`", content = {
            @Content(mediaType = "application/json"), @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping("/api/metrics/reports")
    ResponseEntity<?> rates(@RequestParam int year, @RequestParam(defaultValue = "json") String format) {
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"national-reports-" + year + ".csv\"")
                    .body(rates.csv(year));
        }
        if (!format.equals("json")) {
            throw new InvalidInputException("format", "must be json or csv");
        }
        return ResponseEntity.ok(rates.rates(year));
    }
}
