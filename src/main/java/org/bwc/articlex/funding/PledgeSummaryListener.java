package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_DECLINE_REASON;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_ID;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.bwc.articlex.process.TaskVariableCopies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the pledge and where the request's funding stands on {@code confirmPledge} as task-local variables (read-only
 * fields of its form, and {@code pledgeId} to find the task by its pledge). The task's outcome variables are made
 * local to its event subprocess, with the pledge's id, so that two pledges confirmed at the same time never share an
 * answer or a pledge.
 */
@Component
class PledgeSummaryListener implements TaskListener, TaskVariableCopies {

    /** The read-only fields of its form: no history is kept of them. */
    private static final Set<String> COPIES = Set.of("pledgeDonor", "pledgeAmount", "pledgeRecordedBy", "fundingRequested",
            "fundingConfirmed", "fundingGap");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final FundingPledges fundingPledges;
    private final FundingCases fundingCases;
    private final Pledges pledges;

    PledgeSummaryListener(FundingPledges fundingPledges, FundingCases fundingCases, Pledges pledges) {
        this.fundingPledges = fundingPledges;
        this.fundingCases = fundingCases;
        this.pledges = pledges;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        // the message start event leaves the correlation's pledgeId on the process instance, where the next pledge
        // overwrites it: move it into this subprocess's own scope before anything reads it
        DelegateExecution scope = task.getExecution();
        long pledgeId = ((Number) scope.getVariable(VAR_PLEDGE_ID)).longValue();
        scope.setVariableLocal(VAR_PLEDGE_ID, pledgeId);
        if (!scope.getId().equals(scope.getProcessInstanceId())) {
            scope.getProcessInstance().removeVariableLocal(VAR_PLEDGE_ID);
        }
        scope.setVariableLocal(VAR_PLEDGE_CONFIRMED, null);
        scope.setVariableLocal(VAR_PLEDGE_DECLINE_REASON, null);
        FundingPledges.FundingPledge pledge = fundingPledges.find(pledgeId).orElseThrow();
        String currency = " " + pledge.currency();
        task.setVariableLocal(VAR_PLEDGE_ID, pledgeId);
        task.setVariableLocal("pledgeDonor", pledge.donor());
        task.setVariableLocal("pledgeAmount", pledge.amount().toPlainString() + currency + (pledge.surplus() ? " (surplus)" : ""));
        task.setVariableLocal("pledgeRecordedBy", pledge.pledgedBy() + ", " + AT.format(pledge.pledgedAt()));
        fundingCases.latest(pledge.requestId()).ifPresent(round -> {
            BigDecimal confirmed = pledges.standing(pledge.requestId());
            task.setVariableLocal("fundingRequested", round.total().toPlainString() + currency);
            task.setVariableLocal("fundingConfirmed", confirmed.toPlainString() + currency);
            task.setVariableLocal("fundingGap", round.total().subtract(confirmed).max(BigDecimal.ZERO).toPlainString() + currency);
        });
    }
}
