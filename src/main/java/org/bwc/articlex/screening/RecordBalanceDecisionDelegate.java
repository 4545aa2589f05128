package org.bwc.articlex.screening;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_BALANCE_DECISION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CONDITIONS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_DENIED_IN_FULL;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ITEM_DECISIONS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_JUSTIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_LEGAL_GROUND;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordBalanceDecision}: the manager's signed-off decision, item by item, into the audit trail and the
 * precedents: the inputs as submitted, every item's decision with its ground or conditions, the rule ids, who and
 * when. Only the items denied are denied; the request is denied in full only when no item can proceed.
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
        ScreeningResult screening = BalanceReviewForm.screeningOf(decisions, id);
        Object decision = execution.getVariable(VAR_BALANCE_DECISION);
        Object legalGround = execution.getVariable(VAR_LEGAL_GROUND);
        Object conditions = execution.getVariable(VAR_CONDITIONS);
        Object itemDecisions = execution.getVariable(VAR_ITEM_DECISIONS);
        String justification = (String) execution.getVariable(VAR_JUSTIFICATION);
        BalanceReviewPolicy.Review review = BalanceReviewPolicy.review(decision, justification, legalGround, conditions,
                itemDecisions, screening);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("screeningOutcome", screening.outcome().name());
        inputs.put("balanceDecision", decision == null ? "" : decision);
        inputs.put("legalGround", legalGround == null ? "" : legalGround);
        inputs.put("conditions", conditions == null ? "" : conditions);
        inputs.put("itemDecisions", itemDecisions == null ? "" : itemDecisions);
        List<String> grounds = review.items().stream().map(ItemDecision::legalGround).filter(Objects::nonNull)
                .map(Enum::name).distinct().toList();
        decisions.record(id, DecisionKind.BALANCE_REVIEW, review.decision().name(), screening.rules(), inputs,
                Map.of("items", review.finalItems(), "decisions", review.items(), "deniedInFull", review.deniedInFull()),
                justification, grounds.isEmpty() ? null : String.join(",", grounds), signedOffBy(),
                screening.controlListVersion());
        decisions.recordPrecedents(id, review.finalItems());
        execution.setVariable(VAR_DENIED_IN_FULL, review.deniedInFull());
        execution.setVariable(VAR_BALANCE_DECISION, review.decision().name());
    }

    private String signedOffBy() {
        return Actor.user(identity)
                .orElseThrow(() -> new IllegalStateException("A Balance review decision needs a signed-in manager"));
    }
}
