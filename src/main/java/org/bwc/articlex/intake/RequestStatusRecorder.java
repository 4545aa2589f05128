package org.bwc.articlex.intake;

import java.time.Clock;
import java.time.Instant;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.process.RequestStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a request's status changes: the row, its history entry and the {@link RequestStatusChanged}
 * event (for notifications) are written in the caller's transaction, so they commit or vanish together.
 */
@Component
public class RequestStatusRecorder {

    private final RequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestStatusRecorder(RequestRepository requests, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RequestStatusChanged record(String requestId, RequestStatus status, String by, String note) {
        // the row lock keeps two transitions of one case (an API call and a timer, say) from interleaving
        RequestRecord request = requests.findForUpdate(requestId)
                .orElseThrow(() -> new IllegalStateException("No request row for " + requestId));
        Instant now = clock.instant();
        requests.recordStatus(requestId, status, now, by, note);
        RequestStatusChanged change = new RequestStatusChanged(requestId, request.requestingState(), status, now, by, note);
        events.publishEvent(change);
        return change;
    }
}
