package org.bwc.articlex.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;

/**
 * A request as the metrics read it from the request tables: the row, its status history (oldest first), its
 * decision records (oldest first), the pledges in its currency and the acceptance of a proposed offer. Public for
 * bulk loads ({@link FactsBulkLoad}), which hand their cases over in this shape.
 */
public record CaseSource(String id, String requestingState, String category, Instant createdAt, RequestStatus status,
        Instant updatedAt, BigDecimal estimatedCost, String currency, List<StatusEntry> history,
        List<DecisionEntry> decisions, BigDecimal pledged, Instant acceptedMatchAt) {

    public CaseSource {
        history = List.copyOf(history);
        decisions = List.copyOf(decisions);
    }

    public record StatusEntry(RequestStatus status, Instant at) {
    }

    /** @param kind a {@code DecisionKind} name; @param outcome as recorded */
    public record DecisionEntry(String kind, String outcome, Instant at) {
    }
}
