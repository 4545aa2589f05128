package org.bwc.articlex.reporting;

import org.bwc.articlex.process.AssistanceRequestProcess;

/** What {@code POST /api/requests/{id}/implementation} reports, and the message it sends to the request's process. */
public enum ImplementationEvent {
    STARTED(AssistanceRequestProcess.MESSAGE_IMPLEMENTATION_STARTED),
    COMPLETED(AssistanceRequestProcess.MESSAGE_IMPLEMENTATION_COMPLETED);

    private final String message;

    ImplementationEvent(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
