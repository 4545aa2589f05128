package org.bwc.articlex.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A party notice's message in any of the six languages, from its wording keys ({@code notice.*} in
 * {@code templates/mail/messages.properties}) and their arguments: English for the feed when the notice is created,
 * the recipient's language when its e-mail is written. The arguments are kept as JSON with the notification; a
 * string (a reference, a title, a user's note: never translated) or a date (written as the reader's language writes
 * it). Anything that cannot be kept or read falls back to the stored English message, never to a failure.
 */
@Component
class NoticeMessages {

    static final String KEY_SEPARATOR = " ";
    private static final int MAX_KEYS = 300;
    private static final int MAX_ARGS = 8000;
    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final NotificationTexts texts;
    private final ObjectMapper json;

    NoticeMessages(NotificationTexts texts, ObjectMapper json) {
        this.texts = texts;
        this.json = json;
    }

    /** The keys as stored ({@code message_key}), or null when they do not fit. */
    static String keys(List<String> keys) {
        String joined = String.join(KEY_SEPARATOR, keys);
        return keys.isEmpty() || joined.length() > MAX_KEYS ? null : joined;
    }

    /** The arguments as stored ({@code message_args}), or null when they do not fit. */
    String arguments(List<Object> arguments) {
        ArrayNode array = json.createArrayNode();
        for (Object argument : arguments) {
            if (argument instanceof LocalDate date) {
                array.addObject().put("date", date.toString());
            } else {
                array.add(String.valueOf(argument));
            }
        }
        try {
            String written = json.writeValueAsString(array);
            return written.length() <= MAX_ARGS ? written : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The message in {@code locale}: each key's text with all the arguments, joined by a space. */
    String render(List<String> keys, List<Object> arguments, Locale locale) {
        Object[] formatted = arguments.stream().map(a -> format(a, locale)).toArray();
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            parts.add(texts.message(key, locale, formatted));
        }
        return String.join(" ", parts);
    }

    /** The stored notice's message in {@code locale}; its stored (English) message when it has no keys. */
    String render(Notification n, Locale locale) {
        if (n.messageKey() == null || n.messageKey().isBlank() || n.messageArgs() == null) {
            return n.message();
        }
        try {
            JsonNode array = json.readTree(n.messageArgs());
            List<Object> arguments = new ArrayList<>();
            for (JsonNode argument : array) {
                arguments.add(argument.isObject() ? LocalDate.parse(argument.path("date").asText()) : argument.asText());
            }
            return render(List.of(n.messageKey().split(KEY_SEPARATOR)), arguments, locale);
        } catch (JsonProcessingException | RuntimeException e) {
            return n.message();
        }
    }

    /** Strings as they are (never translated); dates as the reader's language writes them. */
    private static Object format(Object argument, Locale locale) {
        if (argument instanceof LocalDate date) {
            return locale == null || NotificationTexts.LOCALE.getLanguage().equals(locale.getLanguage()) ? ENGLISH_DAY.format(date)
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        return String.valueOf(argument);
    }
}
