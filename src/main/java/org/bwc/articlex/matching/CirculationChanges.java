package org.bwc.articlex.matching;

import java.util.Map;
import org.bwc.articlex.intake.CirculationChanged;
import org.bwc.articlex.intake.CirculationPolicy;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a change of the consent to circulation does to a case in matching (docs/rules.md, "Consent to circulation"),
 * in the transaction of the change:
 * <ul>
 * <li>a proposal awaiting the answer of a party the State no longer consents to is closed as CONSENT_WITHDRAWN, the
 * party is told, and the request moves on the way it does when a proposed offer is withdrawn (the
 * {@code ProposedOfferUnavailable} message): a new round, ranked under the new consent;</li>
 * <li>a case waiting at {@code confirmMatch} gets its candidates ranked again under the new consent, so the caseworker
 * never chooses from a list the State has since narrowed (the form refuses such a choice anyway);</li>
 * <li>an open need whose consent now admits more parties is matched again at once, as when a fitting offer is
 * published (the {@code OfferPublished} message).</li>
 * </ul>
 */
@Component
class CirculationChanges {

    static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";

    private final MatchProposals proposals;
    private final OfferRepository offers;
    private final OfferNotices notices;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RankCandidatesDelegate ranking;

    CirculationChanges(MatchProposals proposals, OfferRepository offers, OfferNotices notices, RuntimeService runtime,
            TaskService tasks, RankCandidatesDelegate ranking) {
        this.proposals = proposals;
        this.offers = offers;
        this.notices = notices;
        this.runtime = runtime;
        this.tasks = tasks;
        this.ranking = ranking;
    }

    @EventListener
    void onCirculationChanged(CirculationChanged change) {
        proposals.open(change.requestId()).ifPresent(proposal -> offers.find(proposal.offerId())
                .filter(offer -> !CirculationPolicy.mayReceive(change.after(), offer.offeringParty()))
                .ifPresent(offer -> {
                    proposals.close(proposal.id(), CONSENT_WITHDRAWN, change.by(),
                            "The requesting State no longer circulates the request to " + offer.offeringParty(), change.at());
                    notices.consentWithdrawn(offer, change.requestId());
                    runtime.createMessageCorrelation(AssistanceRequestProcess.MESSAGE_PROPOSED_OFFER_UNAVAILABLE)
                            .processInstanceBusinessKey(change.requestId()).correlateAll();
                }));
        Task confirming = tasks.createTaskQuery().processInstanceBusinessKey(change.requestId())
                .taskDefinitionKey(AssistanceRequestProcess.TASK_CONFIRM_MATCH).singleResult();
        if (confirming != null) {
            Map<String, Object> candidates = ranking.candidates(change.requestId());
            runtime.setVariables(confirming.getProcessInstanceId(), candidates);
        }
        if (CirculationPolicy.widens(change.before(), change.after())) {
            // an open need waiting for offers is matched again at once, as when a fitting offer is published
            runtime.createMessageCorrelation(AssistanceRequestProcess.MESSAGE_OFFER_PUBLISHED)
                    .processInstanceBusinessKey(change.requestId()).correlateAll();
        }
    }
}
