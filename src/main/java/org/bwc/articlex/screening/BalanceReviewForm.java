package org.bwc.articlex.screening;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_BALANCE_DECISION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CONDITIONS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ITEM_DECISIONS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_JUSTIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_LEGAL_GROUND;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.process.PrefilledField;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code balanceReview}: a decision per restricted item ({@code itemDecisions}) or one {@code balanceDecision} for all
 * of them, a written justification, and for each denial a ground the item's own findings support
 * ({@link BalanceReviewPolicy}).
 */
@Component
class BalanceReviewForm extends FormOutcome {

    private final DecisionRecords decisions;

    BalanceReviewForm(DecisionRecords decisions) {
        super(VAR_BALANCE_DECISION, VAR_JUSTIFICATION, VAR_LEGAL_GROUND, VAR_CONDITIONS, VAR_ITEM_DECISIONS);
        this.decisions = decisions;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        ScreeningResult screening = screeningOf(decisions, task.getExecution().getProcessBusinessKey());
        Object itemDecisions = PrefilledField.submitted(task, VAR_ITEM_DECISIONS);
        BalanceReviewPolicy.problems(task.getVariable(VAR_BALANCE_DECISION), task.getVariable(VAR_JUSTIFICATION),
                task.getVariable(VAR_LEGAL_GROUND), task.getVariable(VAR_CONDITIONS), itemDecisions, screening)
                .forEach((field, message) -> problems.add(new FieldProblem(field, message)));
        if (problems.isEmpty()) {
            PrefilledField.keep(task, VAR_ITEM_DECISIONS, itemDecisions); // pre-filled by BalanceReviewSummaryListener
        }
    }

    static ScreeningResult screeningOf(DecisionRecords decisions, String requestId) {
        DecisionRecord record = decisions.latest(requestId, DecisionKind.ARTICLE_III_SCREENING)
                .orElseThrow(() -> new IllegalStateException("No screening recorded for " + requestId));
        return decisions.findings(record, ScreeningResult.class);
    }
}
