package org.bwc.articlex.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportingController {

    private final ReportingService reporting;

    ReportingController(ReportingService reporting) {
        this.reporting = reporting;
    }

    /** The offering party or the requesting State reports that implementation started or is complete. */
    @Operation(operationId = "reportImplementation", summary = "Report that implementation started or is complete",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "started", value = """
            { "event": "STARTED", "note": "First course held on 4 May" }"""))))
    @ApiResponse(responseCode = "202", description = "Recorded")
    @PostMapping("/api/requests/{id}/implementation")
    ResponseEntity<Void> implementation(@PathVariable String id, @Valid @RequestBody Implementation body, Caller caller) {
        reporting.implementation(id, body.event(), body.note(), caller);
        return ResponseEntity.accepted().build();
    }

    /** The requesting State's completion report: the same task as {@code submitCompletionReport} in its Tasklist. */
    @Operation(operationId = "submitCompletionReport", summary = "Submit the completion report (requesting State)",
            description = "Only while the request is `REPORTING` (else 409). For a request approved under conditions, "
                    + "`conditionsMet` says item by item whether they were met (a note when not).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "report", value = """
            { "summary": "Twenty staff trained; both cabinets installed and certified",
              "outcomes": ["20 biosafety officers certified", "2 class II cabinets in use"], "beneficiaries": 40 }"""))))
    @ApiResponse(responseCode = "202", description = "Report received; the secretariat reviews it")
    @PostMapping("/api/requests/{id}/completion-report")
    ResponseEntity<Void> completionReport(@PathVariable String id, @Valid @RequestBody CompletionReport body, Caller caller) {
        reporting.submitCompletionReport(id, body.summary().strip(), body.outcomes(), body.beneficiaries().intValueExact(),
                body.conditionsMet() == null ? null : body.conditionsMet().stream()
                        .map(c -> new ConditionMet(c.index() == null ? 0 : c.index(), c.condition(), c.met(), c.note())).toList(),
                caller);
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "findCompletionReport", summary = "Read the implementation events and completion reports of a request")
    @GetMapping("/api/requests/{id}/completion-report")
    ReportingView reports(@PathVariable String id, Caller caller) {
        return reporting.reporting(id, caller);
    }

    record Implementation(@NotNull ImplementationEvent event, @Size(max = 4000) String note) {
    }

    record CompletionReport(@NotBlank @Size(max = SubmitCompletionReportForm.MAX_SUMMARY) String summary,
            @Size(max = 30, message = "at most 30 outcomes") List<@NotBlank @Size(max = 500) String> outcomes,
            @NotNull @Min(0) @Digits(integer = 9, fraction = 0, message = "must be a whole number") BigDecimal beneficiaries,
            @Size(max = 500) List<@NotNull @Valid ConditionAnswer> conditionsMet) {
    }

    /** Whether the conditions of item {@code index} were met; a note is required when they were not. */
    record ConditionAnswer(@NotNull Integer index, @Size(max = 4000) String condition, @NotNull Boolean met,
            @Size(max = ConditionsMetPolicy.MAX_NOTE) String note) {
    }
}
