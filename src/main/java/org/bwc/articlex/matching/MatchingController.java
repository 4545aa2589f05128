package org.bwc.articlex.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MatchingController {

    private final MatchingService matching;

    MatchingController(MatchingService matching) {
        this.matching = matching;
    }

    /** The offering party answers a proposed match: the same task as {@code respondToMatch} in its Tasklist. */
    @Operation(operationId = "respondToMatch", summary = "Accept or decline a proposed match (offering party)",
            description = "The same task as Respond to match in the offering party's Tasklist. To accept a request that "
                    + "goes ahead under conditions, `conditionsAcknowledged` must be true.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "accepted", value = """
            { "offerId": "OFF-2026-0003", "accepted": true, "note": "Trainers available from May" }"""))))
    @ApiResponse(responseCode = "202", description = "Answer recorded")
    @ApiResponse(responseCode = "409", description = "Not awaiting this answer, or an acceptance that found the offer's "
            + "capacity used up (also by another request at the same moment): the answer is recorded as not matched and "
            + "the request moves on to its next candidate")
    @PostMapping("/api/requests/{id}/offer-response")
    ResponseEntity<Void> respond(@PathVariable String id, @Valid @RequestBody OfferResponse body, Caller caller) {
        // after the service's transaction: a lost race for the last place is recorded, and the caller told so
        if (!matching.respond(id, body.offerId(), body.accepted(), body.note(), body.conditionsAcknowledged(), caller)) {
            throw new ConflictException("Offer " + body.offerId() + " has no capacity left: another request took its last "
                    + "place. Your answer is recorded as not matched; request " + id + " moves on to its next candidate");
        }
        return ResponseEntity.accepted().build();
    }

    @Operation(operationId = "openNeeds", summary = "List the open needs an offering party could meet")
    @GetMapping("/api/open-needs")
    MatchingService.OpenNeeds openNeeds(@RequestParam(required = false) AssistanceCategory category,
            @RequestParam(required = false) Region region, Caller caller) {
        return matching.openNeeds(category, region, caller);
    }

    /** {@code conditionsAcknowledged}: required (true) to accept a request that goes ahead under conditions. */
    record OfferResponse(@NotBlank @Size(max = 16) String offerId, @NotNull Boolean accepted, @Size(max = 4000) String note,
            Boolean conditionsAcknowledged) {
    }

}
