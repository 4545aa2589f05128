package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_MATCH_ACCEPTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFER_ACCEPTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFER_NOTE;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSAL_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSED_OFFER_ID;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.screening.CaseConditions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordOfferResponse}: an acceptance takes one unit of the offer's capacity and records the match;
 * when the last unit went to another request a moment earlier, this request moves on to its next candidate.
 */
@Component
class RecordOfferResponseDelegate implements JavaDelegate {

    private final OfferRepository offers;
    private final MatchProposals proposals;
    private final IdentityService identity;
    private final Clock clock;
    private final CaseConditions conditions;

    RecordOfferResponseDelegate(OfferRepository offers, MatchProposals proposals, IdentityService identity, Clock clock,
            CaseConditions conditions) {
        this.conditions = conditions;
        this.offers = offers;
        this.proposals = proposals;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long proposalId = ((Number) execution.getVariable(VAR_PROPOSAL_ID)).longValue();
        String offerId = (String) execution.getVariable(VAR_PROPOSED_OFFER_ID);
        Object note = execution.getVariable(VAR_OFFER_NOTE);
        String by = respondent();
        Instant now = clock.instant();
        boolean matched = false;
        if (Boolean.TRUE.equals(execution.getVariable(VAR_OFFER_ACCEPTED))) {
            matched = offers.consumeCapacity(offerId, now);
            proposals.close(proposalId, matched ? MatchProposals.ACCEPTED : "CAPACITY_EXHAUSTED", by,
                    note == null ? null : note.toString(), now);
            if (matched) {
                proposals.recordMatchedOffer(execution.getProcessBusinessKey(), offerId, now);
                String terms = conditions.conditions(execution.getProcessBusinessKey()).stream()
                        .map(t -> "Item " + t.index() + ": " + t.conditions()).collect(Collectors.joining("\n"));
                if (!terms.isEmpty()) {
                    proposals.acknowledgeConditions(proposalId, terms); // the form let the answer through only acknowledged
                }
            }
        } else {
            proposals.close(proposalId, "DECLINED", by, note == null ? null : note.toString(), now);
        }
        execution.setVariable(VAR_MATCH_ACCEPTED, matched);
    }

    private String respondent() {
        return Actor.of(identity);
    }
}
