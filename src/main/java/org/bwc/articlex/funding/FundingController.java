package org.bwc.articlex.funding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bwc.articlex.intake.Money;
import org.bwc.articlex.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FundingController {

    private final FundingService funding;

    FundingController(FundingService funding) {
        this.funding = funding;
    }

    /** A donor's pledge: {@code PledgeReceived} while the request raises funds, surplus once it is funded. */
    @PostMapping("/api/requests/{id}/pledges")
    ResponseEntity<FundingView.PledgeView> pledge(@PathVariable String id, @Valid @RequestBody Pledge body, Caller caller) {
        return ResponseEntity.accepted().body(funding.pledge(id, body.donor().strip(), body.amount(), caller));
    }

    @GetMapping("/api/requests/{id}/funding")
    FundingView funding(@PathVariable String id, Caller caller) {
        return funding.funding(id, caller);
    }

    record Pledge(@NotBlank @Size(max = 16) String donor, @NotNull @Valid Money amount) {
    }
}
