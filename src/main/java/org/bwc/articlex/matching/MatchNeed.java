package org.bwc.articlex.matching;

import java.util.Objects;

import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;

/**
 * What a request needs from an offer.
 *
 * @param requestId         e.g. {@code REQ-2026-0042}
 * @param requestingState   ISO3 code of the requesting State Party
 * @param region            the requesting State's UN regional group
 * @param preferredLanguage optional; normalised like offer languages (see {@link OfferCandidate#normaliseLanguage})
 * @param developingState   Article X priority (docs/rules.md) for developing States Parties
 */
public record MatchNeed(
        String requestId,
        String requestingState,
        AssistanceCategory category,
        Region region,
        String preferredLanguage,
        boolean developingState) {

    public MatchNeed {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requestingState, "requestingState");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(region, "region");
        preferredLanguage = OfferCandidate.normaliseLanguage(preferredLanguage);
    }
}
