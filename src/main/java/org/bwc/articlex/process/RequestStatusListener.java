package org.bwc.articlex.process;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REQUESTING_STATE;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_STATUS;

import java.time.Clock;
import java.time.Instant;
import org.bwc.articlex.intake.RequestRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code status} variable, the request row and its history in step. Called from the BPMN as an
 * execution listener, e.g. {@code ${requestStatus.change(execution, 'UNDER_REVIEW')}}, so that every
 * transition is recorded in the transaction that makes it.
 */
@Component("requestStatus")
public class RequestStatusListener {

    static final String SYSTEM = "system";

    private final RequestRepository requests;
    private final IdentityService identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestStatusListener(RequestRepository requests, IdentityService identity, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    public void change(DelegateExecution execution, String status) {
        change(execution, status, null);
    }

    /** @param noteVariable the variable whose text explains the change (a question, a reason), or null */
    public void change(DelegateExecution execution, String status, String noteVariable) {
        RequestStatus next = RequestStatus.valueOf(status);
        String requestId = execution.getProcessBusinessKey();
        Object note = noteVariable == null ? null : execution.getVariable(noteVariable);
        Instant now = clock.instant();
        String by = currentUser();
        requests.findForUpdate(requestId).orElseThrow(() -> new IllegalStateException("No request row for " + requestId));
        requests.recordStatus(requestId, next, now, by, note == null ? null : note.toString());
        execution.setVariable(VAR_STATUS, next.name());
        events.publishEvent(new RequestStatusChanged(requestId, (String) execution.getVariable(VAR_REQUESTING_STATE),
                next, now, by, note == null ? null : note.toString()));
    }

    private String currentUser() {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? SYSTEM : current.getUserId();
    }
}
