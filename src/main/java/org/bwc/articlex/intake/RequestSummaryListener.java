package org.bwc.articlex.intake;

import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.process.TaskVariableCopies;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the request's essentials on a user task as task-local variables, read-only fields of its form.
 * They live and die with the task: the case data itself stays in the project's tables, so the engine keeps no history
 * of them ({@link TaskVariableCopies}).
 */
@Component
class RequestSummaryListener implements TaskListener, TaskVariableCopies {

    private static final Set<String> COPIES = Set.of("requestReference", "requestTitle", "requestingStateName",
            "requestCategory", "requestDescription", "requestItems", "requestEndUse", "requestEstimatedCost");

    private final RequestRepository requests;
    private final StatesRegistry states;

    RequestSummaryListener(RequestRepository requests, StatesRegistry states) {
        this.requests = requests;
        this.states = states;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = task.getExecution().getProcessBusinessKey();
        RequestRecord request = requests.find(id).orElseThrow(() -> new IllegalStateException("No request " + id));
        String items = requests.items(id).stream()
                .map(i -> "%d. %s: %s × %d%s".formatted(i.index(), i.kind(), i.description(), i.quantity(),
                        i.controlCode() == null ? "" : " (control code " + i.controlCode() + ")"))
                .collect(Collectors.joining("\n"));
        String state = states.find(request.requestingState()).map(s -> s.name() + " (" + s.code() + ")")
                .orElse(request.requestingState());
        String endUse = request.endUseStatement() == null ? "(no end-use statement)"
                : request.endUseStatement() + (request.endUseFacility() == null ? "" : " — " + request.endUseFacility())
                        + (request.endUseBiosafetyLevel() == null ? "" : ", BSL-" + request.endUseBiosafetyLevel());
        task.setVariableLocal("requestReference", id);
        task.setVariableLocal("requestTitle", request.title());
        task.setVariableLocal("requestingStateName", state);
        task.setVariableLocal("requestCategory", request.category().label());
        task.setVariableLocal("requestDescription", request.description());
        task.setVariableLocal("requestItems", items);
        task.setVariableLocal("requestEndUse", endUse);
        task.setVariableLocal("requestEstimatedCost", request.estimatedCostAmount() == null ? "(not estimated)"
                : request.estimatedCostAmount().toPlainString() + " " + request.estimatedCostCurrency());
    }
}
