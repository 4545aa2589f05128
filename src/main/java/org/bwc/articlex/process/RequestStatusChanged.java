package org.bwc.articlex.process;

import java.time.Instant;

/**
 * Published inside the transaction that changes a request's status, so that listeners (notifications) commit
 * or roll back together with the change.
 */
public record RequestStatusChanged(String requestId, String requestingState, RequestStatus status, Instant at, String by,
        String note) {
}
