package org.bwc.articlex.matching;

import java.time.Clock;
import java.util.List;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestSummary;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What happens to requests when an offer appears or goes: a published offer wakes the open needs it could
 * serve; an offer that expires or is withdrawn releases the requests that were waiting for its answer. The offering
 * party is told either way.
 */
@Component
class OfferAvailability {

    private final OfferRepository offers;
    private final MatchProposals proposals;
    private final StatesRegistry states;
    private final RuntimeService runtime;
    private final RequestRepository requests;
    private final OfferNotices notices;
    private final Clock clock;

    OfferAvailability(OfferRepository offers, MatchProposals proposals, StatesRegistry states, RuntimeService runtime,
            RequestRepository requests, OfferNotices notices, Clock clock) {
        this.notices = notices;
        this.offers = offers;
        this.proposals = proposals;
        this.states = states;
        this.runtime = runtime;
        this.requests = requests;
        this.clock = clock;
    }

    void publish(String offerId) {
        offers.setStatus(offerId, OfferStatus.PUBLISHED, clock.instant());
        OfferView offer = offers.find(offerId).orElseThrow();
        notices.published(offer);
        for (String requestId : openNeedsServedBy(offer)) {
            // an open need that is not waiting right now (its escalation is open) is matched again on its weekly round
            runtime.createMessageCorrelation(AssistanceRequestProcess.MESSAGE_OFFER_PUBLISHED)
                    .processInstanceBusinessKey(requestId).correlateAll();
        }
    }

    void end(String offerId, OfferStatus status) {
        offers.setStatus(offerId, status, clock.instant());
        notices.ended(offers.find(offerId).orElseThrow(), status);
        for (String requestId : proposals.requestsAwaiting(offerId)) {
            runtime.createMessageCorrelation(AssistanceRequestProcess.MESSAGE_PROPOSED_OFFER_UNAVAILABLE)
                    .processInstanceBusinessKey(requestId).correlateAll();
        }
    }

    private List<String> openNeedsServedBy(OfferView offer) {
        List<String> eligibleStates = states.all().stream()
                .filter(s -> offer.eligibleRegions().contains(s.region())).map(StateParty::code).toList();
        if (eligibleStates.isEmpty()) {
            return List.of();
        }
        return requests.inStatus(RequestStatus.OPEN_NEED, offer.category(), eligibleStates).stream()
                .map(RequestSummary::id).toList();
    }

}
