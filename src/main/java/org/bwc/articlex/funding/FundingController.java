package org.bwc.articlex.funding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.Set;
import org.bwc.articlex.intake.Money;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.InvalidInputException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pledges and the funding view. The bodies are read only once the caller may see the request: a party that may not
 * gets 404 whatever it sends, never a 400 that tells it anything about the case (its currency, its status).
 */
@RestController
class FundingController {

    private final FundingService funding;
    private final ObjectMapper json;
    private final Validator validator;

    FundingController(FundingService funding, ObjectMapper json, Validator validator) {
        this.funding = funding;
        this.json = json;
        this.validator = validator;
    }

    /** A donor's pledge, awaiting the secretariat's confirmation; surplus once the request is funded. */
    @Operation(operationId = "pledge", summary = "Pledge funds to a request (donor)",
            description = "Awaits the secretariat's confirmation; surplus once the request is funded. With an "
                    + "`Idempotency-Key` a repeated pledge is recorded once.",
            parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                    description = "Any unique text of 1 to 128 characters, e.g. a UUID, chosen by the caller per pledge"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Pledge.class), examples = @ExampleObject(name = "pledge", value = """
            { "donor": "NOR", "amount": { "amount": "20000.00", "currency": "USD" } }"""))))
    @ApiResponse(responseCode = "202", description = "Pledge recorded, awaiting confirmation")
    @PostMapping("/api/requests/{id}/pledges")
    ResponseEntity<FundingView.PledgeView> pledge(@PathVariable String id, @RequestBody(required = false) String body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Caller caller) {
        RequestRecord request = funding.visible(id, caller);
        Pledge pledge = read(body, Pledge.class);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 128 characters");
        }
        return ResponseEntity.accepted().body(funding.pledge(request, pledge.donor().strip(), pledge.amount(), idempotencyKey, caller));
    }

    /** The secretariat confirms ({@code confirmed: true}) or declines a pledge with a reason. */
    @Operation(operationId = "confirmPledge", summary = "Confirm or decline a pledge (secretariat)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Confirmation.class), examples = @ExampleObject(name = "confirmed", value = """
            { "confirmed": true }"""))))
    @ApiResponse(responseCode = "202", description = "Decision recorded")
    @PostMapping("/api/requests/{id}/pledges/{pledgeId}/confirmation")
    ResponseEntity<FundingView.PledgeView> confirmation(@PathVariable String id, @PathVariable long pledgeId,
            @RequestBody(required = false) String body, Caller caller) {
        funding.visible(id, caller);
        Confirmation confirmation = read(body, Confirmation.class);
        return ResponseEntity.accepted().body(funding.decide(id, pledgeId, confirmation.confirmed(), confirmation.reason(), caller));
    }

    /** The secretariat records that a confirmed pledge's funds arrived. */
    @Operation(operationId = "recordPledgeReceipt", summary = "Record that a confirmed pledge's funds arrived (secretariat)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(schema = @Schema(implementation = Receipt.class))))
    @ApiResponse(responseCode = "202", description = "Receipt recorded")
    @PostMapping("/api/requests/{id}/pledges/{pledgeId}/receipt")
    ResponseEntity<FundingView.PledgeView> receipt(@PathVariable String id, @PathVariable long pledgeId,
            @RequestBody(required = false) String body, Caller caller) {
        funding.visible(id, caller);
        Receipt receipt = body == null || body.isBlank() ? new Receipt(null) : read(body, Receipt.class);
        return ResponseEntity.accepted().body(funding.received(id, pledgeId, receipt.note(), caller));
    }

    @Operation(operationId = "requestFunding", summary = "Read the funding of a request: estimate, pledges, gap")
    @GetMapping("/api/requests/{id}/funding")
    FundingView funding(@PathVariable String id, Caller caller) {
        return funding.funding(id, caller);
    }

    /** Reads and validates a body as Spring would for {@code @Valid @RequestBody}, with the same problem+json. */
    private <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        T value;
        try {
            value = json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new HttpMessageNotReadableException("Unreadable " + type.getSimpleName(), e, (HttpInputMessage) null);
        }
        if (value == null) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
        return value;
    }

    record Pledge(@NotBlank @Size(max = 16) String donor, @NotNull @Valid Money amount) {
    }

    record Confirmation(Boolean confirmed, @Size(max = ConfirmPledgeForm.MAX_REASON) String reason) {
    }

    record Receipt(@Size(max = 2000) String note) {
    }
}
