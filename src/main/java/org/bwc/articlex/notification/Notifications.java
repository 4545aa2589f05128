package org.bwc.articlex.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.process.ProcessDurations;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.process.RequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates notifications, always inside the transaction of the change they report: the row and the start of its
 * {@code notification-delivery} process commit with the change or vanish with it, so a rolled-back change sends
 * nothing and a committed one is never lost.
 *
 * <p>Every status change of a request notifies the requesting State (one notification per change, through
 * {@link RequestStatusChanged}). Other features notify any party with {@link #notifyParty}: a State Party by
 * ISO3 code or a recognised organisation by its code, e.g.
 * {@code notifications.notifyParty(PartyNotice.of("WHO", "OFF-2026-0003", title, "OFFER_PROPOSED", deadline,
 * "notice.OFFER_PROPOSED", requestId, "Kenya", "OFF-2026-0003"))}: the message by its key in
 * {@code templates/mail/messages.properties}, English in the feed, the recipient's language in the e-mail.
 */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final NotificationDelivery delivery;
    private final PartyDirectory parties;
    private final NotificationTexts texts;
    private final RequestRepository requests;
    private final ProcessDurations durations;
    private final MailLanguages languages;
    private final ItemOutcomes outcomes;
    private final NoticeMessages notices;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationDelivery delivery, PartyDirectory parties,
            NotificationTexts texts, RequestRepository requests, ProcessDurations durations, MailLanguages languages,
            ItemOutcomes outcomes, NoticeMessages notices, Clock clock) {
        this.notifications = notifications;
        this.delivery = delivery;
        this.parties = parties;
        this.texts = texts;
        this.requests = requests;
        this.durations = durations;
        this.languages = languages;
        this.outcomes = outcomes;
        this.notices = notices;
        this.clock = clock;
    }

    /** Notifications whose e-mail failed for good (its incident open), for the operator's gauge. */
    public long failedCount() {
        return notifications.countFailed();
    }

    /** Synchronous, in the transaction of the change (not after commit): the notification is part of the change. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRequestStatusChanged(RequestStatusChanged change) {
        String title = requests.find(change.requestId()).map(RequestRecord::title).orElse(null);
        String status = change.status().name();
        create(change.requestingState(), change.requestId(), title, Notification.REQUEST_STATUS_CHANGED, status,
                null, change.note(), deadline(change.status(), change.at()), change.at(),
                outcomes.at(change.requestId(), change.status()), null, null);
    }

    /**
     * Notifies a State Party or an organisation of an event that is not a request status change (an offer proposed
     * to its provider, an offer expiring, a concern or national-report step). Must run in the transaction of that
     * event.
     *
     * @param partyCode ISO3 code of a State Party, or the code of a recognised organisation ({@code WHO}, ...)
     * @param caseId the reference of the case it concerns ({@code REQ-…}, {@code OFF-…}, {@code CON-…})
     * @param event an upper-case code such as {@code OFFER_PROPOSED}; its subject line comes from
     *            {@code event.<EVENT>.title} in {@code templates/mail/messages.properties}, else from the code in words
     * @param message what happened and what the party is expected to do, in a sentence or two; free text, in every
     *            language's e-mail as it is (a feature's notice names its wording keys instead: {@link PartyNotice#of})
     * @param deadline by when the party must act, or null
     * @return the notification id
     * @throws IllegalArgumentException if the party is neither a State Party nor a recognised organisation
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String notifyParty(String partyCode, String caseId, String event, String message, Instant deadline) {
        return notifyParty(new PartyNotice(partyCode, caseId, null, event, message, deadline));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String notifyParty(PartyNotice notice) {
        String message = notice.message();
        String keys = null;
        String arguments = null;
        if (!notice.messageKeys().isEmpty()) {
            message = notices.render(notice.messageKeys(), notice.messageArgs(), NotificationTexts.LOCALE);
            keys = NoticeMessages.keys(notice.messageKeys());
            arguments = keys == null ? null : notices.arguments(notice.messageArgs());
        }
        return create(notice.partyCode(), notice.caseId(), notice.caseTitle(), notice.event(), null, message,
                null, notice.deadline(), clock.instant(), null, arguments == null ? null : keys, arguments);
    }

    private String create(String partyCode, String caseId, String caseTitle, String event, String status,
            String message, String note, Instant deadline, Instant at, String outcome, String messageKey,
            String messageArgs) {
        PartyDirectory.Party party = parties.require(partyCode);
        String headline = texts.headline(event, status);
        String language = languages.of(party.code(), caseId);
        String feedMessage = message != null && !message.isBlank() ? message.strip()
                : texts.feedMessage(event, status, headline, caseTitle, note, deadline);
        Notification notification = new Notification(UUID.randomUUID().toString(), party.code(), party.email(), caseId,
                clip(caseTitle, 200), event, status,
                texts.subject(caseId, texts.headline(event, status, MailLanguages.locale(language))), clip(feedMessage, 2000),
                clip(note, 4000), deadline, at, EmailState.PENDING, 0, null, null, language, outcome, messageKey, messageArgs);
        notifications.insert(notification);
        delivery.start(notification);
        return notification.id();
    }

    /** The deadline a status sets the State, if any: the clarification period for a clarification question. */
    private Instant deadline(RequestStatus status, Instant at) {
        if (status != RequestStatus.CLARIFICATION_REQUESTED) {
            return null;
        }
        Date due = ProcessDurations.after(durations.getClarificationPeriod(), Date.from(at));
        return due.toInstant().plusNanos(at.getNano() % 1_000_000); // Date has milliseconds only
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    /**
     * A notification about anything but a request status change. Its message is either free text ({@code message},
     * the same in every language) or wording keys and their arguments ({@link #of}), written in the recipient's
     * language.
     *
     * @param caseTitle the case's title for the e-mail, or null
     * @param messageKeys keys of {@code templates/mail/messages.properties}, their texts joined by a space; empty for
     *            free text
     * @param messageArgs the arguments of every key: strings (references, titles, a user's own words: never translated)
     *            or {@link LocalDate}s (written as the reader's language writes dates); anything else as text
     */
    public record PartyNotice(String partyCode, String caseId, String caseTitle, String event, String message,
            Instant deadline, List<String> messageKeys, List<Object> messageArgs) {

        public PartyNotice {
            if (partyCode == null || caseId == null || event == null || event.isBlank()) {
                throw new IllegalArgumentException("A notice needs a party, a case and an event");
            }
            if (caseId.length() > 32 || event.length() > 40) {
                throw new IllegalArgumentException("A case reference has at most 32 characters, an event code 40");
            }
            messageKeys = messageKeys == null ? List.of() : List.copyOf(messageKeys);
            messageArgs = messageArgs == null ? List.of()
                    : messageArgs.stream().map(a -> a instanceof LocalDate ? a : (Object) String.valueOf(a)).toList();
        }

        /** A notice with a free-text message. */
        public PartyNotice(String partyCode, String caseId, String caseTitle, String event, String message, Instant deadline) {
            this(partyCode, caseId, caseTitle, event, message, deadline, List.of(), List.of());
        }

        /**
         * A notice whose message is the text of {@code messageKey} with {@code arguments}, e.g.
         * {@code of("KEN", id, title, "FOLLOW_UP_ASKED", deadline, "notice.FOLLOW_UP_ASKED", id, title)}.
         */
        public static PartyNotice of(String partyCode, String caseId, String caseTitle, String event, Instant deadline,
                String messageKey, Object... arguments) {
            return new PartyNotice(partyCode, caseId, caseTitle, event, null, deadline, List.of(messageKey),
                    Arrays.asList(arguments));
        }

        /** The same notice with the text of one more key (same arguments) after its message. */
        public PartyNotice followedBy(String messageKey) {
            List<String> keys = new ArrayList<>(messageKeys);
            keys.add(messageKey);
            return new PartyNotice(partyCode, caseId, caseTitle, event, message, deadline, keys, messageArgs);
        }
    }
}
