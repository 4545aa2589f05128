package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_CASE_ID;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_DECISION;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_DECISION_NOTE;

import java.time.Clock;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordFundingDecision}: the manager's decision on a partly funded request, with the figures it saw. */
@Component
class RecordFundingDecisionDelegate implements JavaDelegate {

    private final FundingCases fundingCases;
    private final Pledges pledges;
    private final IdentityService identity;
    private final Clock clock;

    RecordFundingDecisionDelegate(FundingCases fundingCases, Pledges pledges, IdentityService identity, Clock clock) {
        this.fundingCases = fundingCases;
        this.pledges = pledges;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(VAR_FUNDING_CASE_ID)).longValue();
        FundingCases.FundingCase round = fundingCases.find(id).orElseThrow();
        FundingDecision decision = FundingDecision.valueOf((String) execution.getVariable(VAR_FUNDING_DECISION));
        Object note = execution.getVariable(VAR_FUNDING_DECISION_NOTE);
        fundingCases.recordDecision(id, round.requestId(), decision, note == null || note.toString().isBlank() ? null : note.toString().strip(),
                round.total(), pledges.standing(round.requestId()),
                Actor.of(identity), clock.instant());
    }
}
