package org.bwc.articlex.intake;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_STATUS;

import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.RequestStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code status} variable, the request row and its history in step. Called from the BPMN as an
 * execution listener, e.g. {@code ${requestStatus.change(execution, 'UNDER_REVIEW')}}, so that every
 * transition is recorded in the transaction that makes it.
 */
@Component("requestStatus")
public class RequestStatusListener {

    private final RequestStatusRecorder recorder;
    private final IdentityService identity;

    RequestStatusListener(RequestStatusRecorder recorder, IdentityService identity) {
        this.recorder = recorder;
        this.identity = identity;
    }

    public void change(DelegateExecution execution, String status) {
        change(execution, status, null);
    }

    /** @param noteVariable the variable whose text explains the change (a question, a reason), or null */
    public void change(DelegateExecution execution, String status, String noteVariable) {
        RequestStatus next = RequestStatus.valueOf(status);
        if (next.name().equals(execution.getVariable(VAR_STATUS))) {
            return; // e.g. a weekly re-matching round that finds nothing: no change, no history entry, no notice
        }
        Object note = noteVariable == null ? null : execution.getVariable(noteVariable);
        recorder.record(execution.getProcessBusinessKey(), next, currentUser(), note == null ? null : note.toString());
        execution.setVariable(VAR_STATUS, next.name());
    }

    /** The user whose action caused the change; timers and async steps act as "system". */
    private String currentUser() {
        return Actor.of(identity);
    }
}
