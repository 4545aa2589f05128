package org.bwc.articlex.reporting;

import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.notification.Notifications;
import org.springframework.stereotype.Component;

/** The reminders of the implementation and reporting phase, sent to the requesting State's notification feed and e-mail. */
@Component
class ReportingReminders {

    static final String PROGRESS_REPORT_DUE = "PROGRESS_REPORT_DUE";
    static final String COMPLETION_REPORT_DUE = "COMPLETION_REPORT_DUE";

    private final RequestRepository requests;
    private final Notifications notifications;

    ReportingReminders(RequestRepository requests, Notifications notifications) {
        this.requests = requests;
        this.notifications = notifications;
    }

    /** The message is {@code notice.<event>} of templates/mail/messages.properties, with the request and its title. */
    void remind(String requestId, String event) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new IllegalStateException("No request " + requestId));
        notifications.notifyParty(Notifications.PartyNotice.of(request.requestingState(), requestId, request.title(), event,
                null, "notice." + event, requestId, request.title()));
    }
}
