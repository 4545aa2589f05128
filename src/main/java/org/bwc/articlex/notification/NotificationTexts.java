package org.bwc.articlex.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of notifications, from {@code templates/mail/messages.properties}: a status in words, what happens
 * next, the labels of note and deadline, the subject line and the one-line feed message. Never fails for a
 * status or event without wording: it falls back to the code in words, so that a notification is never what
 * rolls a state change back.
 */
@Component
class NotificationTexts {

    static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", LOCALE)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_MESSAGE = 2000;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    NotificationTexts() {
        messages.setBasename("templates/mail/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
    }

    /** The headline of a notification: the new status in words, or the event's title. */
    String headline(String event, String status) {
        if (status != null) {
            return text("status." + status + ".title", null).orElseGet(() -> words(status));
        }
        return text("event." + event + ".title", null).orElseGet(() -> words(event));
    }

    /** What happens next after a status change; null for other events. */
    String whatNext(String status, String caseId) {
        return status == null ? null : text("status." + status + ".next", caseId).orElse(null);
    }

    String noteLabel(String event, String status) {
        return label(event, status, "note");
    }

    String deadlineLabel(String event, String status) {
        return label(event, status, "deadline");
    }

    String subject(String caseId, String headline) {
        return clip("[" + caseId + "] " + headline, MAX_SUBJECT);
    }

    /** One line for the feed: headline, case title, note and deadline. */
    String feedMessage(String event, String status, String headline, String caseTitle, String note, Instant deadline) {
        StringBuilder message = new StringBuilder(headline);
        if (caseTitle != null) {
            message.append(": ").append(caseTitle);
        }
        message.append('.');
        if (note != null && !note.isBlank()) {
            String oneLine = note.strip().replaceAll("\\s+", " ");
            message.append(' ').append(noteLabel(event, status)).append(": ").append(oneLine);
            if (!oneLine.endsWith(".") && !oneLine.endsWith("?") && !oneLine.endsWith("!")) {
                message.append('.');
            }
        }
        if (deadline != null) {
            message.append(' ').append(deadlineLabel(event, status)).append(' ').append(deadline(deadline)).append('.');
        }
        return clip(message.toString(), MAX_MESSAGE);
    }

    static String deadline(Instant deadline) {
        return deadline == null ? null : DEADLINE.format(deadline);
    }

    private String label(String event, String status, String kind) {
        String key = status != null ? "status." + status + "." + kind : "event." + event + "." + kind;
        return text(key, null).or(() -> text(kind, null)).orElse(words(kind));
    }

    private java.util.Optional<String> text(String key, String caseId) {
        try {
            return java.util.Optional.of(messages.getMessage(key, caseId == null ? null : new Object[] {caseId}, LOCALE));
        } catch (NoSuchMessageException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code OFFER_PROPOSED} → "Offer proposed". */
    static String words(String code) {
        String spaced = Arrays.stream(code.split("[_\\s]+")).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
        return spaced.isEmpty() ? code : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
