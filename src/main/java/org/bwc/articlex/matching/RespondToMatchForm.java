package org.bwc.articlex.matching;

import static org.bwc.articlex.matching.MatchingVariables.OFFER_ACCEPTED;
import static org.bwc.articlex.matching.MatchingVariables.OFFER_NOTE;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code respondToMatch}: the offering party accepts or declines, with an optional note. */
@Component
class RespondToMatchForm extends FormOutcome {

    RespondToMatchForm() {
        super(OFFER_ACCEPTED, OFFER_NOTE);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        requireBoolean(task, OFFER_ACCEPTED, problems);
        if (task.getVariable(OFFER_NOTE) instanceof String note && note.length() > 4000) {
            problems.add(new FieldProblem(OFFER_NOTE, "must be at most 4000 characters"));
        }
    }
}
