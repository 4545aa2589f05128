package org.bwc.articlex.screening;

import static org.bwc.articlex.screening.ScreeningVariables.BALANCE_DECISION;
import static org.bwc.articlex.screening.ScreeningVariables.JUSTIFICATION;
import static org.bwc.articlex.screening.ScreeningVariables.LEGAL_GROUND;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code balanceReview}: the decision, a written justification and, for a denial, a ground the findings support. */
@Component
class BalanceReviewForm extends FormOutcome {

    private final DecisionRecords decisions;

    BalanceReviewForm(DecisionRecords decisions) {
        super(BALANCE_DECISION, JUSTIFICATION, LEGAL_GROUND, "conditions");
        this.decisions = decisions;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        ScreeningResult screening = screeningOf(decisions, task.getExecution().getProcessBusinessKey());
        BalanceReviewPolicy.problems(task.getVariable(BALANCE_DECISION), task.getVariable(JUSTIFICATION),
                task.getVariable(LEGAL_GROUND), screening)
                .forEach((field, message) -> problems.add(new FieldProblem(field, message)));
    }

    static ScreeningResult screeningOf(DecisionRecords decisions, String requestId) {
        DecisionRecord record = decisions.latest(requestId, DecisionKind.ARTICLE_III_SCREENING)
                .orElseThrow(() -> new IllegalStateException("No screening recorded for " + requestId));
        return decisions.findings(record, ScreeningResult.class);
    }
}
