package org.bwc.articlex.reporting;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REPORT_ACCEPTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REVISION_REQUEST;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code reviewCompletionReport}: accept the report, or say what the State must revise. */
@Component
class ReviewCompletionReportForm extends FormOutcome {

    ReviewCompletionReportForm() {
        super(VAR_REPORT_ACCEPTED, VAR_REVISION_REQUEST);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Boolean accepted = requireBoolean(task, VAR_REPORT_ACCEPTED, problems);
        if (Boolean.FALSE.equals(accepted)) {
            requireText(task, VAR_REVISION_REQUEST, 4000, problems);
        }
    }
}
