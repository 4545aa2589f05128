package org.bwc.articlex.notification;

import java.time.Instant;

/** One row of {@code notification}: the feed entry and the delivery record of its e-mail. */
public record Notification(
        String id,
        String recipientParty,
        String recipientAddress,
        String caseId,
        String caseTitle,
        String event,
        String status,
        String subject,
        String message,
        String note,
        Instant deadline,
        Instant createdAt,
        EmailState emailState,
        int attempts,
        String lastError,
        Instant sentAt) {

    /** The event of every status change of a request; other events name themselves (e.g. OFFER_PROPOSED). */
    public static final String REQUEST_STATUS_CHANGED = "REQUEST_STATUS_CHANGED";
}
