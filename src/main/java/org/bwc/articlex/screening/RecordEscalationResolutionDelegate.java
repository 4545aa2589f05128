package org.bwc.articlex.screening;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ESCALATION_ACTION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_ESCALATION_REASON;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_NOTE;

import java.util.List;
import java.util.Map;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordEscalationResolution}: who acknowledged an overdue case, when, what they decided and why. */
@Component
class RecordEscalationResolutionDelegate implements JavaDelegate {

    private final DecisionRecords decisions;
    private final IdentityService identity;

    RecordEscalationResolutionDelegate(DecisionRecords decisions, IdentityService identity) {
        this.decisions = decisions;
        this.identity = identity;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object note = execution.getVariable(VAR_NOTE);
        decisions.record(execution.getProcessBusinessKey(), DecisionKind.ESCALATION,
                (String) execution.getVariable(VAR_ESCALATION_ACTION), List.of(),
                Map.of("reason", String.valueOf(execution.getVariable(VAR_ESCALATION_REASON))), null,
                note == null ? null : note.toString(), null,
                Actor.of(identity), null);
    }
}
