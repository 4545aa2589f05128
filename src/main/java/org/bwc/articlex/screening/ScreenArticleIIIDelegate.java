package org.bwc.articlex.screening;

import java.util.List;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ScreenArticleIII}: screens the request's items against the control list and UNSC measures. */
@Component
class ScreenArticleIIIDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final ScreeningLists lists;
    private final DecisionRecords decisions;

    ScreenArticleIIIDelegate(RequestRepository requests, ScreeningLists lists, DecisionRecords decisions) {
        this.requests = requests;
        this.lists = lists;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        ScreeningInput input = inputOf(requests, id);
        ScreeningResult result = lists.screening().screen(input);
        decisions.record(id, DecisionKind.ARTICLE_III_SCREENING, result.outcome().name(), result.rules(), input, result,
                null, null, Actor.SYSTEM, result.controlListVersion());
        execution.setVariable(AssistanceRequestProcess.VAR_SCREENING_OUTCOME, result.outcome().name());
    }

    static ScreeningInput inputOf(RequestRepository requests, String id) {
        RequestRecord request = requests.find(id).orElseThrow(() -> new IllegalStateException("No request " + id));
        List<ScreeningItem> items = requests.items(id).stream()
                .map(i -> new ScreeningItem(i.index(), i.kind(), i.description(), i.quantity(), i.controlCode()))
                .toList();
        return new ScreeningInput(request.requestingState(), items,
                new EndUse(request.endUseStatement(), request.endUseFacility(), request.endUseBiosafetyLevel()));
    }
}
