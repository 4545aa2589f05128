package org.bwc.articlex.concern;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code submitPosition}: the party's position, the same rule as {@code POST /api/concerns/{id}/positions}. */
@Component
class SubmitPositionForm extends FormOutcome {

    SubmitPositionForm() {
        super(ArticleXConcernProcess.VAR_POSITION_STATEMENT);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        String problem = ConcernRules.textProblem(task.getVariable(ArticleXConcernProcess.VAR_POSITION_STATEMENT));
        if (problem != null) {
            problems.add(new FieldProblem(ArticleXConcernProcess.VAR_POSITION_STATEMENT, problem));
        }
    }
}
