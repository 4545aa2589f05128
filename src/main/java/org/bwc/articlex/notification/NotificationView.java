package org.bwc.articlex.notification;

import java.time.Instant;

/**
 * A notification as the feed shows it (docs/notifications.md): {@code id}, {@code requestId} (the case
 * reference: a request, or for other events an offer or concern), {@code status} (the request's new status;
 * null for other events), {@code message}, {@code createdAt} and {@code email}; then extensions. The delivery
 * error is shown to the secretariat only.
 */
public record NotificationView(String id, String requestId, String status, String message, Instant createdAt,
        EmailState email, String event, String recipient, String subject, Instant deadline, Instant sentAt,
        int attempts, String emailError) {

    static NotificationView of(Notification n, boolean withError) {
        return new NotificationView(n.id(), n.caseId(), n.status(), n.message(), n.createdAt(), n.emailState(), n.event(),
                n.recipientParty(), n.subject(), n.deadline(), n.sentAt(), n.attempts(), withError ? n.lastError() : null);
    }
}
