package org.bwc.articlex.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bwc.articlex.tasklist.PartyLanguage;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The portal's words: {@code templates/portal/messages*.properties}, one bundle per UN language, and behind them the
 * e-mails' bundles ({@code templates/mail/messages*.properties}: statuses, conditions, legal grounds), so that the page
 * and the e-mail word a case alike. Patterns as in the e-mails: an apostrophe is written twice.
 */
@Component
class PortalTexts {

    /** Arabic, Chinese, English, French, Russian, Spanish. */
    static final List<String> LANGUAGES = PartyLanguage.LANGUAGES;
    static final String DEFAULT = PartyLanguage.DEFAULT;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    PortalTexts() {
        messages.setBasenames("templates/portal/messages", "templates/mail/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setAlwaysUseMessageFormat(true);
    }

    /** {@code fr}, {@code FR}, {@code fr-CA} → {@code fr}; anything else (or nothing) → null. */
    static String supported(String language) {
        return PartyLanguage.supported(language);
    }

    Words in(String language) {
        return new Words(Locale.forLanguageTag(language), messages);
    }

    /** The words of one page, in one language: {@code ${t.get('portal.title')}} in the templates. */
    public static final class Words {

        private final Locale locale;
        private final ResourceBundleMessageSource messages;
        private final DateTimeFormatter dates;

        Words(Locale locale, ResourceBundleMessageSource messages) {
            this.locale = locale;
            this.messages = messages;
            this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .withZone(ZoneOffset.UTC);
        }

        public String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }

        /** A key that may have no wording: null then (an unknown status or event, a free-text condition). */
        public String optional(String key, Object... arguments) {
            String text = messages.getMessage(key, arguments, null, locale);
            return text == null || text.isBlank() ? null : text;
        }

        /** The six languages, for the page's switch. */
        public List<String> languages() {
            return LANGUAGES;
        }

        public String lang() {
            return locale.getLanguage();
        }

        /** Arabic is written right to left. */
        public String dir() {
            return "ar".equals(locale.getLanguage()) ? "rtl" : "ltr";
        }

        /** A time as the reader's language writes it, always in UTC (which it says). */
        public String date(Instant at) {
            return at == null ? "" : dates.format(at) + " UTC";
        }

        public String date(Date at) {
            return at == null ? "" : date(at.toInstant());
        }

        Locale locale() {
            return locale;
        }
    }
}
