package org.bwc.articlex.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/requests")
@Validated
class RequestController {

    private final RequestService requests;
    private final IdempotentSubmissions submissions;

    RequestController(RequestService requests, IdempotentSubmissions submissions) {
        this.requests = requests;
        this.submissions = submissions;
    }

    @Operation(operationId = "submitRequest", summary = "Submit an assistance request",
            description = "A State Party's request for assistance under Article X. With an `Idempotency-Key` the same key "
                    + "from the same caller answers the same response again and creates nothing new.",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                    description = "Any unique text of 1 to 128 characters, e.g. a UUID, chosen by the caller per request"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "training", summary = "Biosafety training with two items", value = SUBMIT_EXAMPLE))))
    @ApiResponse(responseCode = "201",
            headers = @Header(name = "Location", description = "The new request, e.g. /api/requests/REQ-2026-0001", schema = @Schema(type = "string")),
            description = "Submitted; `Location` names the new request",
            content = @Content(examples = @ExampleObject(name = "submitted", value = SUBMITTED_EXAMPLE)))
    @PostMapping
    ResponseEntity<RequestView> submit(@Valid @RequestBody SubmitRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Caller caller) {
        RequestView view = submissions.submit(body, idempotencyKey, caller);
        return ResponseEntity.created(URI.create("/api/requests/" + view.id())).body(view);
    }

    @Operation(operationId = "findRequest", summary = "Read a request with its status, screening and history")
    @GetMapping("/{id}")
    RequestView find(@PathVariable String id, Caller caller) {
        return requests.find(id, caller);
    }

    @Operation(operationId = "searchRequests", summary = "List the requests the caller may see, a page at a time")
    @GetMapping
    Page<RequestView> search(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String state, @RequestParam(required = false) AssistanceCategory category,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
        return requests.search(status, state, category, page, size, caller);
    }

    @Operation(operationId = "answerClarification", summary = "Answer the secretariat's question about a request",
            description = "Only while the request is `CLARIFICATION_REQUESTED` (else 409); `items` replaces the items.")
    @ApiResponse(responseCode = "202", description = "Answer accepted; the review goes on")
    @PostMapping("/{id}/clarification")
    ResponseEntity<Void> clarify(@PathVariable String id, @Valid @RequestBody Clarification body, Caller caller) {
        requests.answerClarification(id, body.answer(), body.items(), caller);
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "withdrawRequest", summary = "Withdraw a request",
            description = "The requesting State, until implementation has started (then 409).")
    @ApiResponse(responseCode = "202", description = "Withdrawn")
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String id, @Valid @RequestBody Withdrawal body, Caller caller) {
        requests.withdraw(id, body.reason(), caller);
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "changeCirculation", summary = "Change to whom the request may be proposed (consent to circulation)",
            description = "The requesting State (or a caseworker on its behalf) chooses `SECRETARIAT_ONLY`, `NAMED_PROVIDERS` "
                    + "with `providers` (party codes, at most 20) or `ALL_PROVIDERS`. Matching proposes the request only to "
                    + "consented providers from then on; a pending proposal to a party no longer consented is withdrawn. "
                    + "Every change is in the history; the same choice again changes nothing. 409 once the request is closed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    name = "named", summary = "Only Germany and WHO", value = """
                    { "circulation": "NAMED_PROVIDERS", "providers": ["DEU", "WHO"] }"""))))
    @ApiResponse(responseCode = "200", description = "The request with its circulation and history")
    @PutMapping("/{id}/circulation")
    RequestView changeCirculation(@PathVariable String id, @Valid @RequestBody CirculationChoice body, Caller caller) {
        return requests.changeCirculation(id, body.circulation(), body.providers(), caller);
    }

    static final String SUBMIT_EXAMPLE = """
            { "requestingState": "KEN", "title": "BSL-2 laboratory biosafety training",
              "description": "Two-week course for 20 laboratory staff of the Central Veterinary Laboratory",
              "category": "BIOSAFETY_BIOSECURITY_TRAINING",
              "items": [ { "kind": "TRAINING", "description": "Biosafety officer course", "quantity": 20 },
                         { "kind": "EQUIPMENT", "description": "Class II biosafety cabinet", "quantity": 2 } ],
              "endUse": { "statement": "Diagnostic laboratory for zoonotic disease", "facility": "Central Veterinary Laboratory",
                          "biosafetyLevel": 2 },
              "estimatedCost": { "amount": "85000.00", "currency": "USD" }, "preferredLanguage": "en",
              "circulation": "NAMED_PROVIDERS", "providers": ["DEU", "WHO"] }""";

    static final String SUBMITTED_EXAMPLE = """
            { "id": "REQ-2026-0001", "requestingState": "KEN", "status": "SUBMITTED",
              "title": "BSL-2 laboratory biosafety training", "category": "BIOSAFETY_BIOSECURITY_TRAINING",
              "createdAt": "2026-03-02T09:15:00Z", "updatedAt": "2026-03-02T09:15:00Z", "screening": null,
              "matchedOfferId": null, "circulation": "NAMED_PROVIDERS", "providers": ["DEU", "WHO"],
              "history": [ { "status": "SUBMITTED", "at": "2026-03-02T09:15:00Z", "by": "ken-ncp",
                             "note": "Circulation: named providers DEU, WHO" } ] }""";

    record Clarification(@NotBlank @Size(max = 4000) String answer,
            @Size(max = 100, message = "at most 100 items per request") List<SubmitRequest.@NotNull @Valid Item> items) {
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason) {
    }

    record CirculationChoice(@NotNull Circulation.Mode circulation,
            @Size(max = CirculationPolicy.MAX_PROVIDERS, message = CirculationPolicy.TOO_MANY) List<String> providers) {
    }
}
