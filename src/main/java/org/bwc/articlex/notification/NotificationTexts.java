package org.bwc.articlex.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of notifications, from {@code templates/mail/messages.properties} (English) and one bundle per other
 * UN language ({@code messages_ar}, {@code _zh}, {@code _fr}, {@code _ru}, {@code _es}): a status in words, what
 * happens next, the labels of note and deadline, the subject line, the e-mail's own words and the one-line feed
 * message (English: the feed is the secretariat's record). Never fails for a status or event without wording: it
 * falls back to English, then to the code in words, so that a notification is never what rolls a state change back.
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
        messages.setAlwaysUseMessageFormat(true); // an apostrophe is written twice in every text, with or without arguments
    }

    /** The bundles, for the e-mail templates' {@code #{...}} expressions. */
    MessageSource messageSource() {
        return messages;
    }

    /** The headline of a notification: the new status in words, or the event's title. */
    String headline(String event, String status) {
        return headline(event, status, LOCALE);
    }

    String headline(String event, String status, Locale locale) {
        if (status != null) {
            return text("status." + status + ".title", null, locale).orElseGet(() -> words(status));
        }
        return text("event." + event + ".title", null, locale).orElseGet(() -> words(event));
    }

    /** What happens next after a status change; null for other events. */
    String whatNext(String status, String caseId) {
        return whatNext(status, caseId, LOCALE);
    }

    String whatNext(String status, String caseId, Locale locale) {
        return status == null ? null : text("status." + status + ".next", caseId, locale).orElse(null);
    }

    String noteLabel(String event, String status) {
        return noteLabel(event, status, LOCALE);
    }

    String noteLabel(String event, String status, Locale locale) {
        return label(event, status, "note", locale);
    }

    String deadlineLabel(String event, String status) {
        return deadlineLabel(event, status, LOCALE);
    }

    String deadlineLabel(String event, String status, Locale locale) {
        return label(event, status, "deadline", locale);
    }

    /** Any wording by its key, with arguments; the key itself when no bundle has it. */
    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
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

    /** A date and time as the reader's language writes it, always in UTC (which the text says). */
    static String deadline(Instant deadline, Locale locale) {
        if (deadline == null || locale == null || LOCALE.getLanguage().equals(locale.getLanguage())) {
            return deadline(deadline);
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(deadline) + " (UTC)";
    }

    private String label(String event, String status, String kind, Locale locale) {
        String key = status != null ? "status." + status + "." + kind : "event." + event + "." + kind;
        return text(key, null, locale).or(() -> text(kind, null, locale)).orElse(words(kind));
    }

    private Optional<String> text(String key, String caseId, Locale locale) {
        try {
            return Optional.of(messages.getMessage(key, caseId == null ? null : new Object[] {caseId}, locale));
        } catch (NoSuchMessageException e) {
            return Optional.empty();
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
