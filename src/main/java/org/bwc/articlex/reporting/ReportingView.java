package org.bwc.articlex.reporting;

import java.time.Instant;
import java.util.List;
import org.bwc.articlex.process.RequestStatus;

/**
 * {@code GET /api/requests/{id}/completion-report}: the implementation events as reported and every version of the
 * completion report with its review ({@code reviewOutcome} null while under review, else ACCEPTED or
 * REVISION_REQUESTED), and, where the request went ahead under conditions, whether each was met.
 */
public record ReportingView(String requestId, RequestStatus status, List<EventView> implementation,
        List<ReportView> reports) {

    public record EventView(ImplementationEvent event, String note, String reportedBy, Instant reportedAt) {
    }

    public record ReportView(int version, String summary, List<String> outcomes, int beneficiaries, String submittedBy,
            Instant submittedAt, String reviewOutcome, String revisionRequest, String reviewedBy, Instant reviewedAt,
            List<ConditionMet> conditionsMet) {
    }
}
