package org.bwc.articlex.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.PlainText;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The server's refusal of a form, in the form's language: the same field, its label as the translated form shows it,
 * and the message in words of the bundle ({@code validation.*} in {@code forms/i18n/messages_xx.properties}). The
 * server words its refusals in English, as {@code /api} does; the common ones are recognised here by their English
 * wording ({@link #RULES}), any other stays English.
 */
final class FormMessages {

    /** An English message of the server, the bundle key of its words, and its arguments as regex groups. */
    record Rule(Pattern english, String key) {
    }

    static final List<Rule> RULES = List.of(
            // "is required: say what …" — the explanation is the field's own description, which the form shows translated
            rule("(?:is required(?:: .*)?)|must not be blank|must not be empty|must not be null", "validation.required"),
            rule("must be at most (\\d+) characters", "validation.maxLength"),
            rule("size must be between (\\d+) and (\\d+)", "validation.size"),
            rule("must be true or false", "validation.boolean"),
            rule("must be a number", "validation.number"),
            rule("must be (?:at least|greater than or equal to) (-?[\\d.]+)", "validation.min"),
            rule("must be (?:at most|less than or equal to) (-?[\\d.]+)", "validation.max"),
            rule("must not be negative(?:, got .*)?", "validation.negative"),
            rule("must not be in the past", "validation.past"),
            rule("must be one of (.+)", "validation.oneOf"),
            rule(Pattern.quote(PlainText.MESSAGE), "validation.plainText"));

    /** How a message names its field's label: {@code {0}} the label, {@code {1}} the message. */
    static final String LABELLED = "validation.labelled";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static volatile Map<String, byte[]> forms;

    private FormMessages() {
    }

    private static Rule rule(String english, String key) {
        return new Rule(Pattern.compile(english, Pattern.DOTALL), key);
    }

    /** The problems in {@code language}, the labels taken from the form {@code formId} as it is shown translated. */
    static List<FieldProblem> translate(List<FieldProblem> problems, String formId, String language) {
        Properties bundle = FormTranslation.bundle(language);
        Map<String, String> labels = labels(formId, language);
        Locale locale = Locale.forLanguageTag(language);
        return problems.stream().map(problem -> {
            String message = message(problem.message(), bundle, locale);
            String label = labels.get(INDEX.matcher(problem.field()).replaceAll(""));
            String pattern = bundle.getProperty(LABELLED);
            return new FieldProblem(problem.field(), label == null || pattern == null ? message
                    : new MessageFormat(pattern, locale).format(new Object[] {label, message}));
        }).toList();
    }

    /** A server message in the bundle's words, or as it is when no rule knows it. */
    static String message(String english, Properties bundle, Locale locale) {
        if (english == null) {
            return null;
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.english().matcher(english.strip());
            String words = bundle.getProperty(rule.key());
            if (matcher.matches() && words != null) {
                Object[] arguments = new Object[matcher.groupCount()];
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = matcher.group(i + 1);
                }
                return new MessageFormat(words, locale).format(arguments);
            }
        }
        return english;
    }

    /** Each field's path in the form's data ({@code endUse.statement}, {@code items.kind}) and its translated label. */
    static Map<String, String> labels(String formId, String language) {
        byte[] form = formId == null ? null : forms().get(formId);
        Map<String, String> labels = new HashMap<>();
        if (form != null) {
            try {
                collect(JSON.readTree(FormTranslation.translate(form, language)), "", labels);
            } catch (IOException unreadable) {
                return labels;
            }
        }
        return labels;
    }

    private static void collect(JsonNode parent, String prefix, Map<String, String> labels) {
        for (JsonNode component : parent.path("components")) {
            String path = prefix;
            if (component.path("key").isTextual() && component.path("label").isTextual()) {
                labels.put(prefix + component.get("key").asText(), component.get("label").asText());
            }
            if (component.path("path").isTextual()) {
                path = prefix + component.get("path").asText() + ".";
            }
            collect(component, path, labels);
        }
    }

    /** The deployed forms by their id, read once from the classpath (the same files the engine deploys). */
    private static Map<String, byte[]> forms() {
        Map<String, byte[]> known = forms;
        if (known == null) {
            known = new HashMap<>();
            try {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
                    try (InputStream in = resource.getInputStream()) {
                        byte[] bytes = in.readAllBytes();
                        known.put(JSON.readTree(bytes).path("id").asText(), bytes);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the forms", e);
            }
            forms = Map.copyOf(known);
        }
        return known;
    }
}
