package org.bwc.articlex.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Camunda Form (form-js JSON) in one of the six UN languages (docs/tasklist-walkthrough.md, "Forms in the party's
 * language"). The deployed form is the English source; {@code forms/i18n/messages_xx.properties} hold the other
 * languages, one key per text: {@code <form id>.<component id>.<property>} for a label, description, text, date or
 * time label or placeholder, and {@code <form id>.<component id>.values.<value>} for an option's label. Only those
 * texts change: keys, types, values, expressions and validation rules stay as deployed. A text without a key, a FEEL
 * expression ({@code =…}), or a translation whose {@code {{ }}} templates differ from the English one stays English.
 */
final class FormTranslation {

    /** The properties of a component that are words for the reader. */
    static final List<String> TEXTS = List.of("label", "description", "text", "dateLabel", "timeLabel", "placeholder");
    static final String BUNDLES = "forms/i18n/messages_%s.properties";
    static final String LANGUAGE_FIELD = "preferredLanguage";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Map<String, Properties> LOADED = new ConcurrentHashMap<>();

    private FormTranslation() {
    }

    /** The form in {@code language}; English (or an unreadable form) is returned as it is. */
    static byte[] translate(byte[] form, String language) {
        if (language == null || "en".equals(language)) {
            return form;
        }
        Properties bundle = bundle(language);
        if (bundle.isEmpty()) {
            return form;
        }
        JsonNode root;
        try {
            root = JSON.readTree(form);
        } catch (IOException notJson) {
            return form;
        }
        if (!(root instanceof ObjectNode) || !root.path("id").isTextual()) {
            return form;
        }
        boolean[] changed = {false};
        texts(root, (key, slot) -> {
            String english = slot.node().get(slot.property()).asText();
            String translated = bundle.getProperty(key);
            if (translated != null && !translated.isBlank() && templates(translated).equals(templates(english))) {
                slot.node().put(slot.property(), translated);
                changed[0] = true;
            }
        });
        if (!changed[0]) {
            return form;
        }
        defaultLanguage(root, language);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            return form;
        }
    }

    /**
     * A form read in French asks for the language of the notifications with French already chosen: the default of a
     * {@value #LANGUAGE_FIELD} choice becomes the form's language when it is one of the choice's values.
     */
    private static void defaultLanguage(JsonNode parent, String language) {
        for (JsonNode component : parent.path("components")) {
            if (component instanceof ObjectNode field && LANGUAGE_FIELD.equals(component.path("key").asText())
                    && component.has("defaultValue")) {
                for (JsonNode value : component.path("values")) {
                    if (language.equals(value.path("value").asText())) {
                        field.put("defaultValue", language);
                    }
                }
            }
            defaultLanguage(component, language);
        }
    }

    /** Every translatable text of a form, by its bundle key, in the form's order (for the bundles' test too). */
    static Map<String, String> englishTexts(JsonNode form) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts(form, (key, slot) -> texts.put(key, slot.node().get(slot.property()).asText()));
        return texts;
    }

    /** The {@code {{ }}} templates a text carries: a translation keeps them as they are. */
    static Set<String> templates(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = TEMPLATE.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    record Slot(ObjectNode node, String property) {
    }

    private static void texts(JsonNode root, BiConsumer<String, Slot> visitor) {
        String formId = root.path("id").asText();
        walk(formId, root, visitor);
    }

    private static void walk(String formId, JsonNode parent, BiConsumer<String, Slot> visitor) {
        for (JsonNode component : parent.path("components")) {
            if (component instanceof ObjectNode node && node.path("id").isTextual()) {
                String prefix = formId + "." + node.get("id").asText() + ".";
                for (String property : TEXTS) {
                    if (isLiteral(node.get(property))) {
                        visitor.accept(prefix + property, new Slot(node, property));
                    }
                }
                // static options only: options from a variable or an expression are data, not words
                for (JsonNode option : node.path("values")) {
                    if (option instanceof ObjectNode value && value.path("value").isValueNode() && isLiteral(value.get("label"))) {
                        visitor.accept(prefix + "values." + value.get("value").asText(), new Slot(value, "label"));
                    }
                }
                walk(formId, node, visitor);
            }
        }
    }

    private static boolean isLiteral(JsonNode text) {
        return text != null && text.isTextual() && !text.asText().isBlank() && !text.asText().startsWith("=");
    }

    static Properties bundle(String language) {
        return LOADED.computeIfAbsent(language, FormTranslation::load);
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        String resource = BUNDLES.formatted(language);
        try (InputStream in = FormTranslation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        return properties;
    }
}
