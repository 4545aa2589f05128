package org.bwc.articlex.intake;

import java.time.Instant;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;

/** A request's key facts, for lists other packages read from intake (open needs, a State's unfinished requests). */
public record RequestSummary(String id, String requestingState, AssistanceCategory category, RequestStatus status,
        String title, Instant updatedAt) {
}
