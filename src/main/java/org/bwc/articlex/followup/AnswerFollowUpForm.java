package org.bwc.articlex.followup;

import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_EQUIPMENT_IN_USE;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_FURTHER_NEEDS;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_LASTING_IMPACT;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_STAFF_COUNT;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_STAFF_IN_POST;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** {@code answerFollowUpRequester} / {@code answerFollowUpProvider}: the same rules as the API ({@link FollowUpAnswerPolicy}). */
class AnswerFollowUpForm extends FormOutcome {

    private final FollowUpRole role;

    AnswerFollowUpForm(FollowUpRole role) {
        super(role.variable(FIELD_LASTING_IMPACT), role.variable(FIELD_EQUIPMENT_IN_USE), role.variable(FIELD_STAFF_IN_POST),
                role.variable(FIELD_STAFF_COUNT), role.variable(FIELD_FURTHER_NEEDS));
        this.role = role;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        FollowUpAnswerPolicy.check(task.getVariable(role.variable(FIELD_LASTING_IMPACT)),
                task.getVariable(role.variable(FIELD_EQUIPMENT_IN_USE)), task.getVariable(role.variable(FIELD_STAFF_IN_POST)),
                task.getVariable(role.variable(FIELD_STAFF_COUNT)), task.getVariable(role.variable(FIELD_FURTHER_NEEDS)),
                field -> role.variable(Character.toUpperCase(field.charAt(0)) + field.substring(1)), problems);
    }
}
