package org.bwc.articlex.concern;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code submitPosition}: the party's position, the same rule as {@code POST /api/concerns/{id}/positions}. The
 * task runs beside the managers' {@code decideConcernOutcome}, so a party completing it with the managers' outcome
 * variables (through {@code /engine-rest}) would pre-fill their decision: those are refused.
 */
@Component
class SubmitPositionForm extends FormOutcome {

    static final List<String> MANAGERS_VARIABLES = List.of(ArticleXConcernProcess.VAR_CONCERN_OUTCOME,
            ArticleXConcernProcess.VAR_RESOLUTION, ArticleXConcernProcess.VAR_REOPEN_BALANCE_REVIEW,
            ArticleXConcernProcess.VAR_MSP_SUMMARY);

    SubmitPositionForm() {
        super(ArticleXConcernProcess.VAR_POSITION_STATEMENT);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        String problem = ConcernRules.textProblem(task.getVariable(ArticleXConcernProcess.VAR_POSITION_STATEMENT));
        if (problem != null) {
            problems.add(new FieldProblem(ArticleXConcernProcess.VAR_POSITION_STATEMENT, problem));
        }
        // the decision task clears these when it is created, beside this one: only this completion can have set them
        for (String name : MANAGERS_VARIABLES) {
            if (task.getVariable(name) != null) {
                problems.add(new FieldProblem(name, "is not a field of this form"));
            }
        }
    }
}
