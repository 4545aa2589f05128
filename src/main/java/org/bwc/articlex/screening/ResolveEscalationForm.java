package org.bwc.articlex.screening;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ESCALATION_ACTION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ESCALATION_REASON;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_NOTE;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code resolveEscalation}: {@code CONTINUE} or {@code CLOSE}, with a note. A referral that waited too long may
 * not be closed from here: only a Balance review decision ends a referral, so that a hold never turns into a
 * denial without a ground.
 */
@Component
class ResolveEscalationForm extends FormOutcome {

    static final String REASON_HOLD_LIMIT = "HOLD_LIMIT";

    ResolveEscalationForm() {
        super(VAR_ESCALATION_ACTION, VAR_NOTE);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Object action = task.getVariable(VAR_ESCALATION_ACTION);
        if (!"CONTINUE".equals(action) && !"CLOSE".equals(action)) {
            problems.add(new FieldProblem(VAR_ESCALATION_ACTION, "must be CONTINUE or CLOSE"));
        } else if ("CLOSE".equals(action) && REASON_HOLD_LIMIT.equals(task.getVariable(VAR_ESCALATION_REASON))) {
            problems.add(new FieldProblem(VAR_ESCALATION_ACTION,
                    "a referral is closed only by a Balance review decision; choose CONTINUE and decide it there"));
        }
        Object note = task.getVariable(VAR_NOTE);
        if (note instanceof String text && text.length() > 4000) {
            problems.add(new FieldProblem(VAR_NOTE, "must be at most 4000 characters"));
        }
    }
}
