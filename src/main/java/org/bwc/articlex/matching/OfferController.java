package org.bwc.articlex.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.bwc.articlex.reference.AssistanceCategory;
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

@RestController
@RequestMapping("/api/offers")
@Validated
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @Operation(operationId = "registerOffer", summary = "Register an offer of assistance",
            description = "By a State Party (its own code) or a recognised organisation; matched against open needs.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(name = "training", value = """
            { "offeringParty": "DEU", "title": "Biosafety officer training", "category": "BIOSAFETY_BIOSECURITY_TRAINING",
              "eligibleRegions": ["AFRICAN", "ASIA_PACIFIC"], "languages": ["en", "fr"], "capacity": 3,
              "fundingIncluded": true, "validUntil": "2027-12-31", "description": "Two-week course, trainers travel" }"""))))
    @ApiResponse(responseCode = "201",
            headers = @Header(name = "Location", description = "The new offer, e.g. /api/offers/OFF-2026-0003", schema = @Schema(type = "string")),
            description = "Registered; `Location` names the new offer",
            content = @Content(examples = @ExampleObject(name = "registered", value = """
            { "id": "OFF-2026-0003", "offeringParty": "DEU", "title": "Biosafety officer training",
              "category": "BIOSAFETY_BIOSECURITY_TRAINING", "status": "AVAILABLE" }""")))
    @PostMapping
    ResponseEntity<OfferView> register(@Valid @RequestBody SubmitOffer body, Caller caller) {
        OfferView offer = offers.register(body, caller);
        return ResponseEntity.created(URI.create("/api/offers/" + offer.id())).body(offer);
    }

    @Operation(operationId = "listOffers", summary = "List offers, by status and category")
    @GetMapping
    List<OfferView> list(@RequestParam(required = false) OfferStatus status,
            @RequestParam(required = false) AssistanceCategory category,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return offers.list(status, category, page, size);
    }

    @Operation(operationId = "findOffer", summary = "Read an offer")
    @GetMapping("/{id}")
    OfferView find(@PathVariable String id) {
        return offers.find(id);
    }

    @Operation(operationId = "withdrawOffer", summary = "Withdraw an offer", description = "The offering party only.")
    @ApiResponse(responseCode = "202", description = "Withdrawn")
    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String id, Caller caller) {
        offers.withdraw(id, caller);
        return ResponseEntity.accepted().build();
    }
}
