package org.bwc.articlex.matching;

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

    @PostMapping
    ResponseEntity<OfferView> register(@Valid @RequestBody SubmitOffer body, Caller caller) {
        OfferView offer = offers.register(body, caller);
        return ResponseEntity.created(URI.create("/api/offers/" + offer.id())).body(offer);
    }

    @GetMapping
    List<OfferView> list(@RequestParam(required = false) OfferStatus status,
            @RequestParam(required = false) AssistanceCategory category,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return offers.list(status, category, page, size);
    }

    @GetMapping("/{id}")
    OfferView find(@PathVariable String id) {
        return offers.find(id);
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String id, Caller caller) {
        offers.withdraw(id, caller);
        return ResponseEntity.accepted().build();
    }
}
