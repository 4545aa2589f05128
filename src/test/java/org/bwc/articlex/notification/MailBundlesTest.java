package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.bwc.articlex.support.Bundles;
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
        Properties english = Bundles.load("templates/mail/messages.properties");
        Properties bundle = Bundles.load("templates/mail/messages_" + language + ".properties");

        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of messages_%s", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(Bundles.arguments(text)).as("arguments of %s in %s", key, language).isEqualTo(Bundles.arguments(english.getProperty(key)));
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
        assertThat(title).isEqualTo(Bundles.load(language.equals("en") ? "templates/mail/messages.properties"
                : "templates/mail/messages_" + language + ".properties").getProperty("status.SUBMITTED.title"));
        assertThat(MailLanguages.supported(language.toUpperCase(Locale.ROOT) + "-XX")).isEqualTo(language);
    }
}
