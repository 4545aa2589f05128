package org.bwc.articlex.screening;

import static org.bwc.articlex.screening.ScreeningVariables.BALANCE_DECISION;
import static org.bwc.articlex.screening.ScreeningVariables.CONDITIONS;
import static org.bwc.articlex.screening.ScreeningVariables.ITEM_DECISIONS;
import static org.bwc.articlex.screening.ScreeningVariables.JUSTIFICATION;
import static org.bwc.articlex.screening.ScreeningVariables.LEGAL_GROUND;

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
        super(BALANCE_DECISION, JUSTIFICATION, LEGAL_GROUND, CONDITIONS, ITEM_DECISIONS);
        this.decisions = decisions;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        ScreeningResult screening = screeningOf(decisions, task.getExecution().getProcessBusinessKey());
        Object itemDecisions = PrefilledField.submitted(task, ITEM_DECISIONS);
        BalanceReviewPolicy.problems(task.getVariable(BALANCE_DECISION), task.getVariable(JUSTIFICATION),
                task.getVariable(LEGAL_GROUND), task.getVariable(CONDITIONS), itemDecisions, screening)
                .forEach((field, message) -> problems.add(new FieldProblem(field, message)));
        if (problems.isEmpty()) {
            PrefilledField.keep(task, ITEM_DECISIONS, itemDecisions); // pre-filled by BalanceReviewSummaryListener
        }
    }

    static ScreeningResult screeningOf(DecisionRecords decisions, String requestId) {
        DecisionRecord record = decisions.latest(requestId, DecisionKind.ARTICLE_III_SCREENING)
                .orElseThrow(() -> new IllegalStateException("No screening recorded for " + requestId));
        return decisions.findings(record, ScreeningResult.class);
    }
}
