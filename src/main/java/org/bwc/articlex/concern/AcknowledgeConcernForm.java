package org.bwc.articlex.concern;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code acknowledgeConcern}: a message to the raising party is required. */
@Component
class AcknowledgeConcernForm extends FormOutcome {

    AcknowledgeConcernForm() {
        super(ArticleXConcernProcess.VAR_ACKNOWLEDGEMENT);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        String problem = ConcernRules.textProblem(task.getVariable(ArticleXConcernProcess.VAR_ACKNOWLEDGEMENT));
        if (problem != null) {
            problems.add(new FieldProblem(ArticleXConcernProcess.VAR_ACKNOWLEDGEMENT, problem));
        }
    }
}
