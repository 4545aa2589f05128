package org.bwc.articlex.concern;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.funding.FundingFigures;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.MatchingFigures;
import org.bwc.articlex.screening.DecisionKind;
import org.bwc.articlex.screening.DecisionRecord;
import org.bwc.articlex.screening.DecisionRecords;
import org.springframework.stereotype.Component;

/**
 * Reads what a concern contests from the other capabilities' public classes (the request, its decision records, its
 * released matches and funding decisions). Writes nothing outside the concern tables.
 */
@Component
class ConcernSubjects {

    private final RequestRepository requests;
    private final DecisionRecords decisions;
    private final MatchingFigures matching;
    private final FundingFigures funding;

    ConcernSubjects(RequestRepository requests, DecisionRecords decisions, MatchingFigures matching, FundingFigures funding) {
        this.requests = requests;
        this.decisions = decisions;
        this.matching = matching;
        this.funding = funding;
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
        List<String> refused = funding.everReturnedToOpenNeeds(request.id())
                ? matching.releasedOfferingParties(request.id()) : List.of();
        return new RequestFacts(request.id(), request.requestingState(), request.status(), balanceDecisions, screening,
                new HashSet<>(refused));
    }
}
