package org.bwc.articlex.screening;

import java.time.Instant;
import java.util.List;

/** One auditable decision about a request (API: {@code GET /api/requests/{id}/decisions}). */
public record DecisionRecord(long id, String requestId, DecisionKind kind, String outcome, List<String> rules,
        Object inputs, Object findings, String justification, String legalGround, String decidedBy, Instant decidedAt,
        String referenceVersion) {
}
