package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_MATCH_CANDIDATES;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_NO_SUITABLE_OFFER;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_SELECTED_OFFER_ID;

import java.util.List;
import org.bwc.articlex.intake.Circulation;
import org.bwc.articlex.intake.CirculationPolicy;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.process.FormOutcome;
import org.bwc.articlex.web.FieldProblem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code confirmMatch}: one of the ranked candidates, or "no suitable offer" — not both, not neither; and a candidate
 * whose party the requesting State still lets its request circulate to.
 */
@Component
class ConfirmMatchForm extends FormOutcome {

    private final RequestRepository requests;
    private final OfferRepository offers;

    ConfirmMatchForm(RequestRepository requests, OfferRepository offers) {
        super(VAR_SELECTED_OFFER_ID, VAR_NO_SUITABLE_OFFER);
        this.requests = requests;
        this.offers = offers;
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
        } else if (chose && !consented(task.getExecution().getProcessBusinessKey(), (String) selected)) {
            // the State narrowed its consent after the ranking (the candidates are ranked again then): a race, closed here
            problems.add(new FieldProblem(VAR_SELECTED_OFFER_ID, "the requesting State no longer lets its request circulate to"
                    + " the party of " + selected + ": choose another offer or mark that no offer is suitable"));
        }
    }

    /**
     * Read under the request's row lock, which a change of circulation takes too: a change that commits first is seen
     * here; one that comes after waits for this proposal to exist, and then withdraws it (CirculationChanges).
     */
    private boolean consented(String requestId, String offerId) {
        requests.findForUpdate(requestId);
        Circulation circulation = requests.circulation(requestId).orElse(Circulation.DEFAULT);
        return offers.find(offerId).map(o -> CirculationPolicy.mayReceive(circulation, o.offeringParty())).orElse(false);
    }

    private static boolean isCandidate(DelegateTask task, String offerId) {
        Object candidates = task.getVariable(VAR_MATCH_CANDIDATES);
        if (!(candidates instanceof SpinJsonNode list)) {
            return false;
        }
        return list.elements().stream().anyMatch(c -> offerId.equals(c.prop("value").stringValue()));
    }
}
