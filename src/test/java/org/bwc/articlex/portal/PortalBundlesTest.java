package org.bwc.articlex.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.bwc.articlex.matching.OfferStatus;
import org.bwc.articlex.screening.CaseConditions.ItemOutcome.Decision;
import org.bwc.articlex.support.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's bundles, as the e-mails' (notification.MailBundlesTest): one per UN language, each with exactly the
 * English keys, the same arguments, and its own words; the names of the languages are each written in its own script
 * in every bundle. Every status and decision the pages word has a key.
 */
class PortalBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyPortalBundleHasExactlyTheEnglishKeysWithTheSameArgumentsInItsOwnWords(String language) {
        Properties english = Bundles.load("templates/portal/messages.properties");
        Properties bundle = Bundles.load("templates/portal/messages_" + language + ".properties");

        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of messages_%s", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(Bundles.arguments(text)).as("arguments of %s in %s", key, language).isEqualTo(Bundles.arguments(english.getProperty(key)));
            if (key.startsWith("portal.language.")) {
                assertThat(text).as("%s: the language's own name", key).isEqualTo(english.getProperty(key));
            } else if (english.getProperty(key).contains(" ")) {
                assertThat(text).as("%s is translated into %s", key, language).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void everyOfferStatusAndItemDecisionHasItsWordsAndEveryLanguageItsName() {
        Properties english = Bundles.load("templates/portal/messages.properties");
        for (OfferStatus status : OfferStatus.values()) {
            assertThat(english).containsKey("portal.offer.status." + status);
        }
        for (Decision decision : Decision.values()) {
            assertThat(english).containsKey("portal.outcome." + decision);
        }
        for (String language : PortalTexts.LANGUAGES) {
            assertThat(english).containsKey("portal.language." + language);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "en", "fr", "ru", "es"})
    void eachLanguageIsChosenAndWordsThePageAndTheStatusesOfTheEmails(String language) {
        PortalTexts.Words words = new PortalTexts().in(PortalTexts.supported(language.toUpperCase(Locale.ROOT) + "-XX"));
        String suffix = language.equals("en") ? "" : "_" + language;
        assertThat(words.lang()).isEqualTo(language);
        assertThat(words.dir()).isEqualTo(language.equals("ar") ? "rtl" : "ltr");
        assertThat(words.get("portal.title")).isEqualTo(Bundles.load("templates/portal/messages" + suffix + ".properties").getProperty("portal.title"));
        assertThat(words.get("status.MATCHING.title"))
                .isEqualTo(Bundles.load("templates/mail/messages" + suffix + ".properties").getProperty("status.MATCHING.title"));
        assertThat(words.optional("no.such.key")).isNull();
    }

    @Test
    void onlyTheSixLanguagesAreSupported() {
        assertThat(PortalTexts.supported("fr_CA")).isEqualTo("fr");
        assertThat(PortalTexts.supported(" AR ")).isEqualTo("ar");
        assertThat(PortalTexts.supported("de")).isNull();
        assertThat(PortalTexts.supported("")).isNull();
        assertThat(PortalTexts.supported(null)).isNull();
    }
}
