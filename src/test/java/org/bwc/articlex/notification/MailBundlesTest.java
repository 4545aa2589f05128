package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One bundle per UN language, each complete: every key of the English bundle in every other, no key the English one
 * lacks, every text a valid pattern with the same arguments as the English one, and nothing left untranslated.
 */
class MailBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyBundleHasExactlyTheEnglishKeysWithTheSameArgumentsInItsOwnWords(String language) {
        Properties english = load("templates/mail/messages.properties");
        Properties bundle = load("templates/mail/messages_" + language + ".properties");

        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of messages_%s", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(arguments(text)).as("arguments of %s in %s", key, language).isEqualTo(arguments(english.getProperty(key)));
            if (english.getProperty(key).contains(" ")) { // a single word may be the same ("organisation" in French)
                assertThat(text).as("%s is translated into %s", key, language).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void eachLanguageIsChosenAndRendersItsOwnWords(String language) {
        NotificationTexts texts = new NotificationTexts();
        Locale locale = MailLanguages.locale(language);
        String title = texts.headline(Notification.REQUEST_STATUS_CHANGED, "SUBMITTED", locale);
        assertThat(title).isEqualTo(load(language.equals("en") ? "templates/mail/messages.properties"
                : "templates/mail/messages_" + language + ".properties").getProperty("status.SUBMITTED.title"));
        assertThat(MailLanguages.supported(language.toUpperCase(Locale.ROOT) + "-XX")).isEqualTo(language);
    }

    /** The argument numbers a pattern uses ({0}, {1}). */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        int count = format.getFormatsByArgumentIndex().length;
        for (int i = 0; i < count; i++) {
            if (pattern.contains("{" + i + "}")) {
                used.add(i);
            }
        }
        return used;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MailBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
