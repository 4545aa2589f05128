package org.bwc.articlex.matching;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.process.TaskVariableCopies;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.screening.CaseConditions.ItemTerms;
import org.bwc.articlex.screening.CaseConditions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code respondToMatch}: exactly what the offering party needs, as task-local variables of its own
 * {@code offer-response} instance — the request summary (reference, requesting State, title, category, the items it
 * is asked to provide, the end use) and the conditions it must meet, with the items denied. Nothing of the
 * requester's case variables is in reach of this task.
 */
@Component
class OfferSummaryListener implements TaskListener, TaskVariableCopies {

    /** The read-only fields of its form: no history is kept of them. */
    private static final Set<String> COPIES = Set.of("requestReference", "requestTitle", "requestingStateName", "requestCategory",
            "requestItems", "requestEndUse", "offerConditions", "deniedItems");

    static final String CONDITIONS_TO_ACKNOWLEDGE = "conditionsToAcknowledge";

    private final RequestRepository requests;
    private final StatesRegistry states;
    private final CaseConditions conditions;

    OfferSummaryListener(RequestRepository requests, StatesRegistry states, CaseConditions conditions) {
        this.requests = requests;
        this.states = states;
        this.conditions = conditions;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = task.getExecution().getProcessBusinessKey();
        RequestRecord request = requests.find(id).orElseThrow(() -> new IllegalStateException("No request " + id));
        List<ItemTerms> terms = conditions.of(id);
        Set<Integer> denied = terms.stream().filter(ItemTerms::denied).map(ItemTerms::index).collect(Collectors.toSet());
        var items = requests.items(id);
        task.setVariableLocal("requestReference", id);
        task.setVariableLocal("requestTitle", request.title());
        task.setVariableLocal("requestingStateName", states.find(request.requestingState())
                .map(s -> s.name() + " (" + s.code() + ")").orElse(request.requestingState()));
        task.setVariableLocal("requestCategory", request.category().label());
        task.setVariableLocal("requestItems", items.stream().filter(i -> !denied.contains(i.index()))
                .map(i -> "%d. %s: %s × %d".formatted(i.index(), i.kind(), i.description(), i.quantity()))
                .collect(Collectors.joining("\n")));
        task.setVariableLocal("requestEndUse", request.endUseStatement() == null ? "(no end-use statement)"
                : request.endUseStatement() + (request.endUseFacility() == null ? "" : " — " + request.endUseFacility())
                        + (request.endUseBiosafetyLevel() == null ? "" : ", BSL-" + request.endUseBiosafetyLevel()));
        List<ItemTerms> toMeet = terms.stream().filter(t -> !t.denied()).toList();
        task.setVariableLocal("offerConditions", toMeet.isEmpty() ? "(none)" : toMeet.stream()
                .map(t -> "Item %d: %s".formatted(t.index(), t.conditions())).collect(Collectors.joining("\n")));
        task.setVariableLocal("deniedItems", denied.isEmpty() ? "(none)" : items.stream()
                .filter(i -> denied.contains(i.index()))
                .map(i -> "%d. %s — denied under Article III; not to be provided".formatted(i.index(), i.description()))
                .collect(Collectors.joining("\n")));
        task.setVariableLocal(CONDITIONS_TO_ACKNOWLEDGE, !toMeet.isEmpty());
    }
}
