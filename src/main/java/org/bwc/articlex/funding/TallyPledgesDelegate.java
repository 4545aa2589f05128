package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_ANYTHING_PLEDGED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FULLY_FUNDED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_CASE_ID;

import java.math.BigDecimal;
import org.bwc.articlex.intake.RequestRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TallyPledges}: adds up what stands pledged to the request (the pledges themselves are recorded by the
 * API in the transaction of their {@code PledgeReceived} message) and compares it with the estimate. Runs when the
 * round starts, after every pledge, and after an extension — so a pledge that came in while the round was being
 * estimated or a manager was deciding is counted too.
 */
@Component
class TallyPledgesDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final FundingCases fundingCases;
    private final Pledges pledges;

    TallyPledgesDelegate(RequestRepository requests, FundingCases fundingCases, Pledges pledges) {
        this.requests = requests;
        this.fundingCases = fundingCases;
        this.pledges = pledges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(VAR_FUNDING_CASE_ID)).longValue();
        FundingCases.FundingCase round = fundingCases.find(id).orElseThrow();
        // the request's row lock orders this tally and a concurrent pledge: either the pledge is committed and
        // counted here, or it waits and then finds this round waiting for its PledgeReceived message
        requests.findForUpdate(round.requestId());
        BigDecimal pledged = pledges.standing(round.requestId());
        execution.setVariable(VAR_FULLY_FUNDED, pledged.compareTo(round.total()) >= 0);
        execution.setVariable(VAR_ANYTHING_PLEDGED, pledged.signum() > 0);
    }
}
