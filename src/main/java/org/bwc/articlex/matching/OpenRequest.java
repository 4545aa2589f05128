package org.bwc.articlex.matching;

import java.util.Objects;

import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;

/** A request already in the system, as duplicate detection needs to see it. */
public record OpenRequest(String requestId, String requestingState, AssistanceCategory category, RequestStatus status) {

    public OpenRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(requestingState, "requestingState");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
    }
}
