package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CANDIDATE_COUNT;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CANDIDATE_DETAILS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_DUPLICATE_FLAGS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_MATCH_CANDIDATES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_NO_SUITABLE_OFFER;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFERING_GROUP;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSAL_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSED_OFFER_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_SELECTED_OFFER_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_JUSTIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_LEGAL_GROUND;

import java.time.Clock;
import java.util.List;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ProposeMatch}: records the caseworker's chosen offer as a proposal to its offering party, who answers in an
 * {@code offer-response} instance of its own (processes/offer-response.bpmn) and reads none of this case's variables.
 * The secretariat's working material (the ranking of all candidates, a manager's justification and legal ground)
 * still leaves the variables now, as a second line: it stays in the project's tables (match proposals, decision
 * records) and in history.
 */
@Component
class ProposeMatchDelegate implements JavaDelegate {

    static final List<String> SECRETARIAT_ONLY = List.of(VAR_MATCH_CANDIDATES, VAR_CANDIDATE_DETAILS, VAR_CANDIDATE_COUNT,
            VAR_DUPLICATE_FLAGS, VAR_SELECTED_OFFER_ID, VAR_NO_SUITABLE_OFFER, VAR_JUSTIFICATION, VAR_LEGAL_GROUND);

    private final OfferRepository offers;
    private final RequestRepository requests;
    private final StatesRegistry states;
    private final MatchProposals proposals;
    private final IdentityService identity;
    private final OfferNotices notices;
    private final Clock clock;

    ProposeMatchDelegate(OfferRepository offers, RequestRepository requests, StatesRegistry states,
            MatchProposals proposals, IdentityService identity, OfferNotices notices, Clock clock) {
        this.notices = notices;
        this.offers = offers;
        this.requests = requests;
        this.states = states;
        this.proposals = proposals;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = execution.getProcessBusinessKey();
        String offerId = (String) execution.getVariable(VAR_SELECTED_OFFER_ID);
        OfferView offer = offers.find(offerId).orElseThrow(() -> new IllegalStateException("No offer " + offerId));
        RequestRecord request = requests.find(requestId).orElseThrow();
        var state = states.require(request.requestingState());
        MatchNeed need = new MatchNeed(requestId, state.code(), request.category(), state.region(),
                request.preferredLanguage(), state.developing());
        long proposalId = proposals.propose(requestId, offerId, MatchRanking.score(need, offer.candidate()),
                Actor.of(identity), clock.instant());
        execution.setVariable(VAR_PROPOSAL_ID, proposalId);
        execution.setVariable(VAR_PROPOSED_OFFER_ID, offerId);
        execution.setVariable(VAR_OFFERING_GROUP, OfferService.groupOf(offer.offeringParty()));
        notices.proposed(offer, requestId, state.name());
        execution.removeVariables(SECRETARIAT_ONLY);
    }
}
