package org.bwc.articlex.notification;

import java.time.Instant;

/**
 * One row of {@code notification}: the feed entry and the delivery record of its e-mail.
 *
 * @param language the recipient's language for the e-mail (a {@link MailLanguages} code), null for English
 * @param outcome  what the screening or Balance review decided about each item when the change was notified (JSON of
 *                 {@code CaseConditions.ItemOutcome}), or null
 * @param messageKey  a party notice's wording keys ({@code notice.*}, space-separated), or null: the e-mail then shows
 *                    {@code message} as it is (a status change, an older row)
 * @param messageArgs their arguments ({@link NoticeMessages}), or null
 */
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
        Instant sentAt,
        String language,
        String outcome,
        String messageKey,
        String messageArgs) {

    /** A notification whose message has no wording keys. */
    public Notification(String id, String recipientParty, String recipientAddress, String caseId, String caseTitle,
            String event, String status, String subject, String message, String note, Instant deadline, Instant createdAt,
            EmailState emailState, int attempts, String lastError, Instant sentAt, String language, String outcome) {
        this(id, recipientParty, recipientAddress, caseId, caseTitle, event, status, subject, message, note, deadline,
                createdAt, emailState, attempts, lastError, sentAt, language, outcome, null, null);
    }

    /** The event of every status change of a request; other events name themselves (e.g. OFFER_PROPOSED). */
    public static final String REQUEST_STATUS_CHANGED = "REQUEST_STATUS_CHANGED";
}
