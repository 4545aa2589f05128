package org.bwc.articlex.concern;

import java.time.Instant;

/** A row of {@code concern}. */
record ConcernRecord(String id, String raisedBy, String requestId, ConcernSubject subject, String statement,
        ConcernStatus status, String raisedByUser, String resolution, String mspSummary, boolean balanceReviewReopened,
        Instant consultationEndsAt, Instant createdAt, Instant updatedAt) {
}
