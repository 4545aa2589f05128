package org.bwc.articlex.concern;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.screening.DecisionKind;
import org.bwc.articlex.screening.DecisionRecord;
import org.bwc.articlex.screening.DecisionRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a concern contests from the other capabilities' public classes (the request, its decision records)
 * and, read-only, the released proposals of the matching and funding tables. Writes nothing outside the concern tables.
 */
@Component
class ConcernSubjects {

    private final RequestRepository requests;
    private final DecisionRecords decisions;
    private final JdbcClient jdbc;

    ConcernSubjects(RequestRepository requests, DecisionRecords decisions, JdbcClient jdbc) {
        this.requests = requests;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    Optional<RequestFacts> request(String requestId) {
        return requests.find(requestId).map(this::facts);
    }

    private RequestFacts facts(RequestRecord request) {
        List<DecisionRecord> records = decisions.forRequest(request.id());
        List<String> balanceDecisions = records.stream().filter(r -> r.kind() == DecisionKind.BALANCE_REVIEW)
                .map(DecisionRecord::outcome).toList();
        String screening = records.stream().filter(r -> r.kind() == DecisionKind.ARTICLE_III_SCREENING)
                .reduce((first, second) -> second).map(DecisionRecord::outcome).orElse(null);
        // a refused proposal: the offer was accepted for this request, then released because a manager decided not
        // to go ahead with it (RETURN_TO_OPEN_NEEDS); a release caused by the requester's withdrawal is not one
        List<String> refused = jdbc.sql("""
                SELECT DISTINCT o.offering_party FROM match_proposal p JOIN offer o ON o.id = p.offer_id
                 WHERE p.request_id = ? AND p.status = 'RELEASED'
                   AND EXISTS (SELECT 1 FROM funding_decision d
                                WHERE d.request_id = p.request_id AND d.decision = 'RETURN_TO_OPEN_NEEDS')""")
                .param(request.id()).query(String.class).list();
        return new RequestFacts(request.id(), request.requestingState(), request.status(), balanceDecisions, screening,
                new HashSet<>(refused));
    }
}
