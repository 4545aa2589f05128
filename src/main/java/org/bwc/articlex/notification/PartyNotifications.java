package org.bwc.articlex.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the States' portal reads of this package (docs/portal.md): a party's notifications, newest first, and the
 * wording of the e-mails in the six languages (a status's title and what follows it, the conditions and legal
 * grounds in words), so that the page and the e-mail say the same thing in the same words.
 */
@Component
public class PartyNotifications {

    private final NotificationRepository notifications;
    private final NotificationTexts texts;

    PartyNotifications(NotificationRepository notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    /** The notifications sent to {@code party} about one case, oldest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> ofCase(String caseId, String party) {
        return notifications.forCase(caseId).stream().filter(n -> party.equals(n.recipientParty()))
                .map(n -> NotificationView.of(n, false)).toList();
    }

    /** The latest notifications of the parties, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> latest(List<String> parties, int limit) {
        return parties.stream().flatMap(party -> notifications.latest(party, limit).stream())
                .sorted(java.util.Comparator.comparing(Notification::createdAt).reversed()).limit(limit)
                .map(n -> NotificationView.of(n, false)).toList();
    }

    /** The mail bundles ({@code templates/mail/messages*.properties}), for a page that words a status or an outcome. */
    public MessageSource wording() {
        return texts.messageSource();
    }

    /** The title of a request's status, in the reader's language ("Matching with offers"). */
    public String statusTitle(String status, Locale locale) {
        return texts.headline(Notification.REQUEST_STATUS_CHANGED, status, locale);
    }

    /** What happens after a status, in the reader's language; null when the bundles say nothing. */
    public String whatNext(String status, String caseId, Locale locale) {
        return texts.whatNext(status, caseId, locale);
    }
}
