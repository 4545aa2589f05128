package org.bwc.articlex.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.bwc.articlex.support.Bundles;
import org.bwc.articlex.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundles of the State-side forms ({@code forms/i18n/messages_xx.properties}): every text of every form a State or
 * organisation fills in has its words in every UN language, no bundle keeps a key that names no text of those forms,
 * and a translated form differs from the deployed one in its texts only.
 */
class FormBundlesTest {

    /** The forms of the tasks of {@code ${stateGroup}}, {@code ${offeringGroup}}, {@code sp-…} and the other party groups. */
    static final List<String> PARTY_FORMS = List.of("forms/start/request-assistance.form", "forms/start/offer-assistance.form",
            "forms/provide-clarification.form", "forms/submit-completion-report.form", "forms/respond-to-match.form",
            "forms/answer-follow-up-requester.form", "forms/answer-follow-up-provider.form",
            "forms/submit-national-report.form", "forms/submit-position.form");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void everyTextOfEveryPartyFormHasItsTranslationAndNoBundleKeyIsStale(String language) {
        Map<String, String> english = englishTexts();
        Properties bundle = Bundles.load("forms/i18n/messages_" + language + ".properties");

        TreeSet<String> expected = new TreeSet<>(english.keySet());
        expected.addAll(validationKeys().keySet());
        assertThat(new TreeSet<>(bundle.stringPropertyNames())).as("keys of messages_%s", language).isEqualTo(expected);
        validationKeys().forEach((key, arguments) -> {
            assertThat(bundle.getProperty(key)).as("%s in %s", key, language).isNotBlank();
            assertThat(Bundles.arguments(bundle.getProperty(key))).as("arguments of %s in %s", key, language).hasSize(arguments);
        });
        english.forEach((key, text) -> {
            String translated = bundle.getProperty(key);
            assertThat(translated).as("%s in %s", key, language).isNotBlank();
            assertThat(FormTranslation.templates(translated)).as("templates of %s in %s", key, language)
                    .isEqualTo(FormTranslation.templates(text));
            if (text.startsWith("## ")) {
                assertThat(translated).as("%s keeps its heading", key).startsWith("## ");
            }
            if (text.contains(" ")) {
                assertThat(translated).as("%s is translated into %s", key, language).isNotEqualTo(text);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void aTranslatedFormDiffersFromTheDeployedOneInItsTextsOnly(String language) throws IOException {
        for (String resource : PARTY_FORMS) {
            byte[] deployed = read(resource);
            JsonNode translated = JSON.readTree(FormTranslation.translate(deployed, language));
            JsonNode original = JSON.readTree(deployed);

            Map<String, String> texts = FormTranslation.englishTexts(translated);
            assertThat(texts.keySet()).as(resource).isEqualTo(FormTranslation.englishTexts(original).keySet());
            texts.forEach((key, text) -> assertThat(text).as(key)
                    .isEqualTo(Bundles.load("forms/i18n/messages_" + language + ".properties").getProperty(key)));
            assertThat(withoutTexts(translated)).as("%s in %s apart from its texts and its language's default", resource, language)
                    .isEqualTo(withoutTexts(withDefaultLanguage(original, language)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "zh", "fr", "ru", "es"})
    void aRequestFormReadInALanguageProposesThatLanguageForTheNotifications(String language) throws IOException {
        JsonNode translated = JSON.readTree(FormTranslation.translate(read("forms/start/request-assistance.form"), language));
        assertThat(field(translated, FormTranslation.LANGUAGE_FIELD).path("defaultValue").asText()).isEqualTo(language);
        JsonNode english = JSON.readTree(read("forms/start/request-assistance.form"));
        assertThat(field(english, FormTranslation.LANGUAGE_FIELD).path("defaultValue").asText()).isEqualTo("en");
    }

    private static JsonNode withDefaultLanguage(JsonNode form, String language) {
        JsonNode copy = form.deepCopy();
        JsonNode field = field(copy, FormTranslation.LANGUAGE_FIELD);
        if (field instanceof ObjectNode choice && choice.has("defaultValue")) {
            choice.put("defaultValue", language);
        }
        return copy;
    }

    private static JsonNode field(JsonNode node, String key) {
        for (JsonNode component : node.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
            JsonNode inner = field(component, key);
            if (!inner.isMissingNode()) {
                return inner;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void englishAndAnUnknownLanguageGetTheDeployedFormAsItIs() throws IOException {
        byte[] deployed = read("forms/start/request-assistance.form");
        assertThat(FormTranslation.translate(deployed, "en")).isSameAs(deployed);
        assertThat(FormTranslation.translate(deployed, "de")).isSameAs(deployed);
        byte[] caseworkers = read("forms/review-completeness.form");
        assertThat(FormTranslation.translate(caseworkers, "fr")).as("a form of the secretariat has no translation").isSameAs(caseworkers);
    }

    @Test
    void anExpressionOrATranslationThatLosesATemplateStaysEnglish() throws IOException {
        String form = """
                {"id": "requestAssistanceForm", "components": [
                  {"id": "Field_Title", "key": "title", "type": "textfield", "label": "=upper(\\"Title\\")"},
                  {"id": "Text_Heading", "type": "text", "text": "Hello {{name}}"},
                  {"id": "Field_Description", "key": "description", "type": "textarea", "label": "What is needed, by whom",
                   "validate": {"required": true}, "conditional": {"hide": "=title = \\"x\\""}}
                ]}""";
        JsonNode translated = JSON.readTree(FormTranslation.translate(form.getBytes(), "fr"));
        assertThat(translated.at("/components/0/label").asText()).as("a FEEL label").isEqualTo("=upper(\"Title\")");
        assertThat(translated.at("/components/1/text").asText()).as("the French heading has no {{name}}").isEqualTo("Hello {{name}}");
        assertThat(translated.at("/components/2/label").asText()).isEqualTo("Ce qui est nécessaire, et pour qui");
        assertThat(translated.at("/components/2/conditional/hide").asText()).isEqualTo("=title = \"x\"");
    }

    @Test
    void aRefusalOfTheServerIsWordedInTheFormsLanguageWithTheTranslatedLabel() {
        List<FieldProblem> refused = List.of(new FieldProblem("endUse.statement", "is required: say what the assistance will be used for, and where"),
                new FieldProblem("items[1].description", "must be at most 500 characters"),
                new FieldProblem("title", "must be text without NUL, control characters or unpaired surrogates"),
                new FieldProblem("requestingState", "only for the State Party you represent"));

        List<FieldProblem> french = FormMessages.translate(refused, "requestAssistanceForm", "fr");

        assertThat(french).extracting(FieldProblem::field).as("the same fields")
                .containsExactly("endUse.statement", "items[1].description", "title", "requestingState");
        assertThat(french).extracting(FieldProblem::message).containsExactly(
                "« Déclaration d’utilisation finale » : ce champ est obligatoire",
                "« Élément » : 500 caractères au maximum",
                "« Titre » : doit être un texte sans caractère NUL, caractère de contrôle ni substitut isolé",
                "only for the State Party you represent");
        assertThat(FormMessages.translate(List.of(new FieldProblem("conditionsAcknowledged", "must be true or false")),
                "respondToMatchForm", "ar")).extracting(FieldProblem::message)
                .containsExactly("«نقرّ بالشروط الواردة أعلاه ونلتزم باستيفائها»: يجب أن تكون القيمة نعم أو لا");
        assertThat(FormMessages.translate(List.of(new FieldProblem("capacity", "must be at least 1")), null, "zh"))
                .extracting(FieldProblem::message).as("no form known: no label").containsExactly("不得小于 1");
    }

    /** The keys of the server's refusals and how many arguments each takes. */
    private static Map<String, Integer> validationKeys() {
        Map<String, Integer> keys = new LinkedHashMap<>();
        FormMessages.RULES.forEach(rule -> keys.put(rule.key(), Math.max(keys.getOrDefault(rule.key(), 0),
                rule.english().matcher("").groupCount())));
        keys.put(FormMessages.LABELLED, 2);
        return keys;
    }

    private static Map<String, String> englishTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String resource : PARTY_FORMS) {
            try {
                Map<String, String> ofForm = FormTranslation.englishTexts(JSON.readTree(read(resource)));
                assertThat(ofForm).as(resource).isNotEmpty();
                ofForm.keySet().forEach(key -> assertThat(texts).as("one key, one text").doesNotContainKey(key));
                texts.putAll(ofForm);
            } catch (IOException e) {
                throw new IllegalStateException(resource, e);
            }
        }
        return texts;
    }

    /** The form with every translatable text blanked: what must not change. */
    private static JsonNode withoutTexts(JsonNode form) {
        JsonNode copy = form.deepCopy();
        blank(copy);
        return copy;
    }

    private static void blank(JsonNode node) {
        for (JsonNode component : node.path("components")) {
            if (component instanceof ObjectNode object) {
                FormTranslation.TEXTS.forEach(p -> {
                    if (object.path(p).isTextual() && !object.get(p).asText().startsWith("=")) {
                        object.put(p, "");
                    }
                });
                object.path("values").forEach(v -> {
                    if (v instanceof ObjectNode option && option.path("label").isTextual()) {
                        option.put("label", "");
                    }
                });
                blank(object);
            }
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = FormBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
