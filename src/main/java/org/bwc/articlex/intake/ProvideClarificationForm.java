package org.bwc.articlex.intake;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CLARIFICATION_ANSWER;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code provideClarification}: the State's answer is required. */
@Component
class ProvideClarificationForm extends FormOutcome {

    ProvideClarificationForm() {
        super(VAR_CLARIFICATION_ANSWER);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        requireText(task, VAR_CLARIFICATION_ANSWER, 4000, problems);
    }
}
