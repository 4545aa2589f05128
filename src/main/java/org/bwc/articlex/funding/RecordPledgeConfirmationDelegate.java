package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.MESSAGE_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_DECLINE_REASON;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_ID;

import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordPledgeConfirmation}: the secretariat's answer on {@code confirmPledge}. A confirmed pledge counts
 * from now on, and the round waiting for {@code PledgeConfirmed} adds up its pledges again; a declined one never
 * counts. The correlation is the delegate's last step: when the pledge completes the funding, the round's terminate
 * end event ends this subprocess too (an end-event listener in its place would run on an ended scope).
 */
@Component
class RecordPledgeConfirmationDelegate implements JavaDelegate {

    private final PledgeConfirmations confirmations;
    private final IdentityService identity;
    private final RuntimeService runtime;

    RecordPledgeConfirmationDelegate(PledgeConfirmations confirmations, IdentityService identity, RuntimeService runtime) {
        this.confirmations = confirmations;
        this.identity = identity;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long pledgeId = ((Number) execution.getVariable(VAR_PLEDGE_ID)).longValue();
        String by = Actor.of(identity);
        if (Boolean.TRUE.equals(execution.getVariable(VAR_PLEDGE_CONFIRMED))) {
            confirmations.confirm(pledgeId, by);
            // none waiting (a manager is deciding on partial funding): the tally after an extension counts it
            runtime.createMessageCorrelation(MESSAGE_PLEDGE_CONFIRMED).processInstanceId(execution.getProcessInstanceId())
                    .correlateAllWithResult();
        } else {
            confirmations.decline(pledgeId, ((String) execution.getVariable(VAR_PLEDGE_DECLINE_REASON)).strip(), by);
        }
    }
}
