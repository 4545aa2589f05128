package org.bwc.articlex.nationalreports;

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
    @PostMapping("/api/states/{iso3}/national-reports")
    ResponseEntity<NationalReportView> submit(@PathVariable String iso3, @RequestBody(required = false) JsonNode body,
            @RequestParam(defaultValue = "false") boolean replace, Caller caller) {
        NationalReportView view = reports.submit(iso3, body, replace, caller);
        return ResponseEntity.created(URI.create("/api/states/" + view.state() + "/national-reports?year=" + view.year())).body(view);
    }

    @GetMapping("/api/states/{iso3}/national-reports")
    NationalReportView find(@PathVariable String iso3, @RequestParam int year, Caller caller) {
        return reports.find(iso3, year, caller);
    }

    /** Managers and administrators (the security filter guards {@code /api/metrics/**}): JSON, or CSV with {@code format=csv}. */
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
