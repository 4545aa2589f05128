package org.bwc.articlex.concern;

import java.time.Instant;
import java.util.List;

/** The API's view of a concern: status, outcome, history and the record of positions. */
public record ConcernView(String id, String raisedBy, String requestId, ConcernSubject subject, ConcernStatus status,
        String statement, String raisedByUser, Instant createdAt, Instant updatedAt, Instant consultationEndsAt,
        Outcome outcome, List<HistoryEntry> history, List<Position> positions) {

    public record Outcome(String resolution, String mspSummary, boolean balanceReviewReopened) {
    }

    public record HistoryEntry(ConcernStatus status, String event, Instant at, String by, String note) {
    }

    public record Position(String party, String by, String statement, Instant at) {
    }

    static ConcernView of(ConcernRecord c, List<ConcernRepository.HistoryEntry> history,
            List<ConcernRepository.Position> positions) {
        Outcome outcome = c.status().isOpen() ? null : new Outcome(c.resolution(), c.mspSummary(), c.balanceReviewReopened());
        return new ConcernView(c.id(), c.raisedBy(), c.requestId(), c.subject(), c.status(), c.statement(),
                c.raisedByUser(), c.createdAt(), c.updatedAt(), c.consultationEndsAt(), outcome,
                history.stream().map(h -> new HistoryEntry(h.status(), h.event(), h.at(), h.by(), h.note())).toList(),
                positions.stream().map(p -> new Position(p.party(), p.by(), p.statement(), p.at())).toList());
    }
}
