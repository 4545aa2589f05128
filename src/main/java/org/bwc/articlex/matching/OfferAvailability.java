package org.bwc.articlex.matching;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestSummary;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
        List<String> openNeeds = openNeedsServedBy(offer);
        if (openNeeds.isEmpty()) {
            return;
        }
        Map<String, String> waiting = waitingForOffers();
        for (String requestId : openNeeds) {
            // an open need that is not waiting right now (its escalation is open) is matched again on its weekly round
            String instance = waiting.get(requestId);
            if (instance != null) {
                runtime.createMessageCorrelation(AssistanceRequestProcess.MESSAGE_OFFER_PUBLISHED)
                        .processInstanceId(instance).correlateAll();
            }
        }
    }

    /**
     * The requests whose process waits for a fitting offer now, by reference: two queries, where a correlation per open
     * need of the category cost an engine command each, also for the needs that wait for nothing (an escalation open,
     * a case loaded without its process) — at a million cases the largest share of the project's own time in a
     * lifecycle (BENCHMARKS.md, "Where the targets are missed").
     */
    private Map<String, String> waitingForOffers() {
        Set<String> instances = runtime.createExecutionQuery().processDefinitionKey(AssistanceRequestProcess.PROCESS_ID)
                .messageEventSubscriptionName(AssistanceRequestProcess.MESSAGE_OFFER_PUBLISHED).list().stream()
                .map(Execution::getProcessInstanceId).collect(Collectors.toSet());
        if (instances.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getBusinessKey, ProcessInstance::getId, (a, b) -> a));
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
