package org.bwc.articlex.matching;

import java.util.Objects;

import org.bwc.articlex.reference.AssistanceCategory;

/** An offer proposed to or accepted for a request that is still in progress, with the need that request states. */
public record ActiveMatch(String offerId, String requestId, String requestingState, AssistanceCategory category) {

    public ActiveMatch {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requestingState, "requestingState");
        Objects.requireNonNull(category, "category");
    }
}
