package org.bwc.articlex.portal;

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
import org.bwc.articlex.matching.OfferStatus;
import org.bwc.articlex.screening.CaseConditions.ItemOutcome.Decision;
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
        Properties english = load("templates/portal/messages.properties");
        Properties bundle = load("templates/portal/messages_" + language + ".properties");

        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of messages_%s", language)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            String text = bundle.getProperty(key);
            assertThat(text).as("%s in %s", key, language).isNotBlank();
            assertThat(arguments(text)).as("arguments of %s in %s", key, language).isEqualTo(arguments(english.getProperty(key)));
            if (key.startsWith("portal.language.")) {
                assertThat(text).as("%s: the language's own name", key).isEqualTo(english.getProperty(key));
            } else if (english.getProperty(key).contains(" ")) {
                assertThat(text).as("%s is translated into %s", key, language).isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void everyOfferStatusAndItemDecisionHasItsWordsAndEveryLanguageItsName() {
        Properties english = load("templates/portal/messages.properties");
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
        assertThat(words.get("portal.title")).isEqualTo(load("templates/portal/messages" + suffix + ".properties").getProperty("portal.title"));
        assertThat(words.get("status.MATCHING.title"))
                .isEqualTo(load("templates/mail/messages" + suffix + ".properties").getProperty("status.MATCHING.title"));
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

    /** The argument numbers a pattern uses ({0}, {1}). */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        for (int i = 0; i < format.getFormatsByArgumentIndex().length; i++) {
            if (pattern.contains("{" + i + "}")) {
                used.add(i);
            }
        }
        return used;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PortalBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
