package org.bwc.articlex.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;

/**
 * A request as the metrics read it from the request tables: the row, its status history (oldest first), its
 * decision records (oldest first), the pledges in its currency and the acceptance of a proposed offer.
 */
record CaseSource(String id, String requestingState, String category, Instant createdAt, RequestStatus status,
        Instant updatedAt, BigDecimal estimatedCost, String currency, List<StatusEntry> history,
        List<DecisionEntry> decisions, BigDecimal pledged, Instant acceptedMatchAt) {

    CaseSource {
        history = List.copyOf(history);
        decisions = List.copyOf(decisions);
    }

    record StatusEntry(RequestStatus status, Instant at) {
    }

    /** @param kind a {@code DecisionKind} name; @param outcome as recorded */
    record DecisionEntry(String kind, String outcome, Instant at) {
    }
}
