package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSAL_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSAL_LAPSE_REASON;

import java.time.Clock;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordProposalLapsed}: the offering party did not answer in time, or the offer ended meanwhile. */
@Component
class RecordProposalLapsedDelegate implements JavaDelegate {

    private final MatchProposals proposals;
    private final Clock clock;

    RecordProposalLapsedDelegate(MatchProposals proposals, Clock clock) {
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposals.close(((Number) execution.getVariable(VAR_PROPOSAL_ID)).longValue(),
                (String) execution.getVariable(VAR_PROPOSAL_LAPSE_REASON), Actor.SYSTEM, null, clock.instant());
    }
}
