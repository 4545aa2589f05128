package org.bwc.articlex.intake;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CLARIFICATION_QUESTION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_COMPLETE;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code reviewCompleteness}: a decision, and a question whenever the request is not complete. */
@Component
class ReviewCompletenessForm extends FormOutcome {

    ReviewCompletenessForm() {
        super(VAR_COMPLETE, VAR_CLARIFICATION_QUESTION);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Boolean complete = requireBoolean(task, VAR_COMPLETE, problems);
        if (Boolean.FALSE.equals(complete)) {
            requireText(task, VAR_CLARIFICATION_QUESTION, 4000, problems);
        }
    }
}
