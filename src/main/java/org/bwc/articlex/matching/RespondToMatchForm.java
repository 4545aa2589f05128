package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CONDITIONS_ACKNOWLEDGED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFER_ACCEPTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OFFER_NOTE;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.screening.CaseConditions;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code respondToMatch}: the offering party accepts or declines, with an optional note. Where the request goes ahead
 * under conditions, it accepts only by acknowledging them ({@code conditionsAcknowledged}).
 */
@Component
class RespondToMatchForm extends FormOutcome {

    private final CaseConditions conditions;

    RespondToMatchForm(CaseConditions conditions) {
        super(VAR_OFFER_ACCEPTED, VAR_OFFER_NOTE, VAR_CONDITIONS_ACKNOWLEDGED);
        this.conditions = conditions;
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Boolean accepted = requireBoolean(task, VAR_OFFER_ACCEPTED, problems);
        if (task.getVariable(VAR_OFFER_NOTE) instanceof String note && note.length() > 4000) {
            problems.add(new FieldProblem(VAR_OFFER_NOTE, "must be at most 4000 characters"));
        }
        Object acknowledged = task.getVariable(VAR_CONDITIONS_ACKNOWLEDGED);
        if (acknowledged != null && !(acknowledged instanceof Boolean)) {
            problems.add(new FieldProblem(VAR_CONDITIONS_ACKNOWLEDGED, "must be true or false"));
        } else if (Boolean.TRUE.equals(accepted) && !Boolean.TRUE.equals(acknowledged)
                && !conditions.conditions(task.getExecution().getProcessBusinessKey()).isEmpty()) {
            problems.add(new FieldProblem(VAR_CONDITIONS_ACKNOWLEDGED,
                    "the request goes ahead under conditions: acknowledge them to accept"));
        }
    }
}
