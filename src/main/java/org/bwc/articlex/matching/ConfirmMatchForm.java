package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_MATCH_CANDIDATES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_NO_SUITABLE_OFFER;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_SELECTED_OFFER_ID;

import java.util.List;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** {@code confirmMatch}: one of the ranked candidates, or "no suitable offer" — not both, not neither. */
@Component
class ConfirmMatchForm extends FormOutcome {

    ConfirmMatchForm() {
        super(VAR_SELECTED_OFFER_ID, VAR_NO_SUITABLE_OFFER);
    }

    @Override
    protected void validate(DelegateTask task, List<FieldProblem> problems) {
        Object selected = task.getVariable(VAR_SELECTED_OFFER_ID);
        boolean none = Boolean.TRUE.equals(task.getVariable(VAR_NO_SUITABLE_OFFER));
        boolean chose = selected instanceof String text && !text.isBlank();
        if (chose && none) {
            problems.add(new FieldProblem(VAR_SELECTED_OFFER_ID, "choose an offer or mark that no offer is suitable, not both"));
        } else if (!chose && !none) {
            problems.add(new FieldProblem(VAR_SELECTED_OFFER_ID, "choose one of the ranked offers, or mark that no offer is suitable"));
        } else if (chose && !isCandidate(task, (String) selected)) {
            problems.add(new FieldProblem(VAR_SELECTED_OFFER_ID, selected + " is not one of the ranked candidates of this request"));
        }
    }

    private static boolean isCandidate(DelegateTask task, String offerId) {
        Object candidates = task.getVariable(VAR_MATCH_CANDIDATES);
        if (!(candidates instanceof SpinJsonNode list)) {
            return false;
        }
        return list.elements().stream().anyMatch(c -> offerId.equals(c.prop("value").stringValue()));
    }
}
