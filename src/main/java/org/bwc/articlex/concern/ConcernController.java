package org.bwc.articlex.concern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/concerns} (docs/concerns.md). */
@RestController
@RequestMapping("/api/concerns")
@Validated
class ConcernController {

    private final ConcernService concerns;

    ConcernController(ConcernService concerns) {
        this.concerns = concerns;
    }

    @Operation(operationId = "raiseConcern", summary = "Raise an Article X concern about a request",
            description = "403 for another party's request, 422 for a request with no restriction, 409 while a concern on "
                    + "the same request is open.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "denied", value = """
            { "raisedBy": "KEN", "requestId": "REQ-2026-0001",
              "statement": "The denial of the biosafety cabinets is not supported by the screening findings" }"""))))
    @ApiResponse(responseCode = "201",
            headers = @Header(name = "Location", description = "The new concern, e.g. /api/concerns/CON-2026-0001", schema = @Schema(type = "string")),
            description = "Raised; `Location` names the concern",
            content = @Content(examples = @ExampleObject(name = "raised", value = """
            { "id": "CON-2026-0001", "status": "RAISED" }""")))
    @ApiResponse(responseCode = "409", ref = "Conflict")
    @ApiResponse(responseCode = "422", ref = "Unprocessable")
    @PostMapping
    ResponseEntity<ConcernView> raise(@Valid @RequestBody RaiseConcern body, Caller caller) {
        ConcernView view = concerns.raise(body, caller);
        return ResponseEntity.created(URI.create("/api/concerns/" + view.id())).body(view);
    }

    @Operation(operationId = "listConcerns", summary = "List the concerns the caller is a party to (all for the secretariat)")
    @GetMapping
    List<ConcernView> list(@RequestParam(required = false) ConcernStatus status, Caller caller) {
        return concerns.list(status, caller);
    }

    @Operation(operationId = "findConcern", summary = "Read a concern with its positions")
    @GetMapping("/{id}")
    ConcernView find(@PathVariable String id, Caller caller) {
        return concerns.find(id, caller);
    }

    @Operation(operationId = "statePosition", summary = "State a party's position on a concern",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "position", value = """
            { "statement": "The cabinets are for diagnostic work only; we offer a site visit" }"""))))
    @ApiResponse(responseCode = "201", description = "Position recorded")
    @PostMapping("/{id}/positions")
    ResponseEntity<ConcernView> position(@PathVariable String id, @Valid @RequestBody PositionBody body, Caller caller) {
        return ResponseEntity.status(201).body(concerns.addPosition(id, body.statement(), caller));
    }

    record RaiseConcern(@NotBlank @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be an ISO3 State code or an organisation code") String raisedBy,
            @NotBlank @Pattern(regexp = "REQ-\\d{4}-\\d{4,8}", message = "must be a request reference such as REQ-2026-0001") String requestId,
            @NotBlank @Size(max = ConcernRules.MAX_TEXT) String statement) {
    }

    record PositionBody(@NotBlank @Size(max = ConcernRules.MAX_TEXT) String statement) {
    }
}
