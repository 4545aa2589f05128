package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_DECLINE_REASON;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_ID;

import java.util.List;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code confirmPledge}: confirm the pledge (it counts as funding from then on) or decline it with a reason. Whoever
 * recorded a pledge does not confirm it too: a caseworker recording a donor's pledge needs a second member of the
 * secretariat.
 */
@Component
class ConfirmPledgeForm extends FormOutcome {

    static final int MAX_REASON = 2000;

    private final FundingPledges fundingPledges;
    private final IdentityService identity;

    ConfirmPledgeForm(FundingPledges fundingPledges, IdentityService identity) {
        super(VAR_PLEDGE_CONFIRMED, VAR_PLEDGE_DECLINE_REASON);
        this.fundingPledges = fundingPledges;
        this.identity = identity;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Boolean confirmed = requireBoolean(task, VAR_PLEDGE_CONFIRMED, problems);
        if (Boolean.FALSE.equals(confirmed)) {
            requireText(task, VAR_PLEDGE_DECLINE_REASON, MAX_REASON, problems);
        } else if (task.getVariable(VAR_PLEDGE_DECLINE_REASON) instanceof String reason && reason.length() > MAX_REASON) {
            problems.add(new FieldProblem(VAR_PLEDGE_DECLINE_REASON, "must be at most " + MAX_REASON + " characters"));
        }
        if (Boolean.TRUE.equals(confirmed)) {
            // the subprocess's own copy (PledgeSummaryListener), which the pledge's confirmation records: the task's copy
            // is shown on the form, and a submission that names pledgeId rewrites only that one
            long pledgeId = ((Number) task.getExecution().getVariable(VAR_PLEDGE_ID)).longValue();
            String user = Actor.user(identity).orElse(null);
            fundingPledges.find(pledgeId).filter(p -> user != null && user.equals(p.pledgedBy())).ifPresent(p -> problems.add(
                    new FieldProblem(VAR_PLEDGE_CONFIRMED, "you recorded this pledge: another member of the secretariat confirms it")));
        }
    }
}
