package org.bwc.articlex.screening;

import static org.bwc.articlex.screening.ScreeningVariables.BALANCE_DECISION;
import static org.bwc.articlex.screening.ScreeningVariables.DENIED_IN_FULL;
import static org.bwc.articlex.screening.ScreeningVariables.JUSTIFICATION;
import static org.bwc.articlex.screening.ScreeningVariables.LEGAL_GROUND;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordBalanceDecision}: the manager's signed-off decision, item by item, into the audit trail and
 * the precedents. A denial restricts only the restricted items; the request is denied in full only when no
 * item can proceed.
 */
@Component
class RecordBalanceDecisionDelegate implements JavaDelegate {

    private final DecisionRecords decisions;
    private final IdentityService identity;

    RecordBalanceDecisionDelegate(DecisionRecords decisions, IdentityService identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        BalanceDecision decision = BalanceDecision.valueOf((String) execution.getVariable(BALANCE_DECISION));
        ScreeningResult screening = BalanceReviewForm.screeningOf(decisions, id);
        List<ItemFinding> finalItems = BalanceReviewPolicy.finalItems(decision, screening);
        boolean deniedInFull = finalItems.stream().allMatch(i -> i.outcome() == ScreeningOutcome.DENIED);
        Object conditions = execution.getVariable("conditions");
        decisions.record(id, DecisionKind.BALANCE_REVIEW, decision.name(), screening.rules(),
                Map.of("screeningOutcome", screening.outcome().name(), "conditions", conditions == null ? "" : conditions),
                Map.of("items", finalItems, "deniedInFull", deniedInFull),
                (String) execution.getVariable(JUSTIFICATION), (String) execution.getVariable(LEGAL_GROUND),
                signedOffBy(), screening.controlListVersion());
        decisions.recordPrecedents(id, finalItems);
        execution.setVariable(DENIED_IN_FULL, deniedInFull);
    }

    private String signedOffBy() {
        Authentication current = identity.getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new IllegalStateException("A Balance review decision needs a signed-in manager");
        }
        return current.getUserId();
    }
}
