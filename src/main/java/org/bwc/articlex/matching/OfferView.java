package org.bwc.articlex.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;

/** An offer as the API shows it ({@code OfferView} in the OpenAPI description, /v3/api-docs). */
public record OfferView(String id, String offeringParty, String title, AssistanceCategory category,
        List<Region> eligibleRegions, List<String> languages, int capacity, int remainingCapacity,
        boolean fundingIncluded, LocalDate validUntil, String description, OfferStatus status, Instant createdAt,
        Instant updatedAt) {

    OfferCandidate candidate() {
        return new OfferCandidate(id, offeringParty, category, java.util.Set.copyOf(eligibleRegions),
                java.util.Set.copyOf(languages), remainingCapacity, fundingIncluded, validUntil);
    }
}
