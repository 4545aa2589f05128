package org.bwc.articlex.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bwc.articlex.screening.CaseConditions.ItemTerms;

/**
 * The completion report's answer to "was each condition met?" ({@code conditionsMet}): one entry per item that went
 * ahead under conditions, {@code met} true or false, a note required when a condition was not met. Required when the
 * request carried conditions; the condition texts stored are the case's own, whatever the entry repeats.
 */
final class ConditionsMetPolicy {

    static final String FIELD = "conditionsMet";
    static final int MAX_NOTE = 2000;
    static final int MAX_JSON = 100_000;
    private static final Set<String> FIELDS = Set.of("index", "condition", "met", "note");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConditionsMetPolicy() {
    }

    /** What Tasklist shows to fill in: each condition with {@code met} left open. */
    static String template(List<ItemTerms> conditions) {
        ArrayNode list = JSON.createArrayNode();
        conditions.forEach(c -> list.addObject().put("index", c.index()).put("condition", c.conditions()).putNull("met").put("note", ""));
        return write(list);
    }

    /** @return field → problem; the answers, canonical, into {@code answers} when there is none */
    static Map<String, String> check(Object value, List<ItemTerms> conditions, List<ConditionMet> answers) {
        Map<String, String> problems = new LinkedHashMap<>();
        boolean given = value != null && !(value instanceof String s && s.isBlank());
        if (conditions.isEmpty()) {
            if (given && !"[]".equals(String.valueOf(value).replaceAll("\\s", ""))) {
                problems.put(FIELD, "the request carried no conditions");
            }
            return problems;
        }
        if (!given) {
            problems.put(FIELD, "is required: say for each condition whether it was met");
            return problems;
        }
        JsonNode list = null;
        if (value instanceof String text && text.length() <= MAX_JSON) {
            try {
                list = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                list = null;
            }
        }
        if (list == null || !list.isArray()) {
            problems.put(FIELD, "must be a JSON list of { \"index\": 1, \"met\": true|false, \"note\": \"...\" }, at most "
                    + MAX_JSON + " characters");
            return problems;
        }
        Map<Integer, ItemTerms> byIndex = new LinkedHashMap<>();
        conditions.forEach(c -> byIndex.put(c.index(), c));
        Map<Integer, ConditionMet> answered = new LinkedHashMap<>();
        for (int n = 0; n < list.size(); n++) {
            String field = FIELD + "[" + n + "]";
            JsonNode entry = list.get(n);
            if (!entry.isObject()) {
                problems.put(field, "must be an object { \"index\", \"met\", \"note\" }");
                continue;
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!FIELDS.contains(name)) {
                    problems.put(field + "." + name, "is not a field of a condition's answer");
                }
            }
            JsonNode index = entry.get("index");
            ItemTerms terms = index != null && index.isInt() ? byIndex.get(index.intValue()) : null;
            if (terms == null) {
                problems.put(field + ".index", "must be the number of an item that carried conditions: " + byIndex.keySet());
                continue;
            }
            if (answered.containsKey(terms.index())) {
                problems.put(field + ".index", "item " + terms.index() + " is answered twice");
                continue;
            }
            JsonNode met = entry.get("met");
            JsonNode note = entry.get("note");
            String noteText = note != null && note.isTextual() && !note.textValue().isBlank() ? note.textValue().strip() : null;
            if (note != null && !note.isNull() && !note.isTextual()) {
                problems.put(field + ".note", "must be text");
            } else if (noteText != null && noteText.length() > MAX_NOTE) {
                problems.put(field + ".note", "must be at most " + MAX_NOTE + " characters");
            }
            if (met == null || !met.isBoolean()) {
                problems.put(field + ".met", "item " + terms.index() + ": say whether its conditions were met (true or false)");
                continue;
            }
            if (!met.booleanValue() && noteText == null) {
                problems.put(field + ".note", "item " + terms.index() + ": say why its conditions were not met");
                continue;
            }
            answered.put(terms.index(), new ConditionMet(terms.index(), terms.conditions(), met.booleanValue(), noteText));
        }
        byIndex.keySet().stream().filter(i -> !answered.containsKey(i)).findFirst().ifPresent(i -> problems.putIfAbsent(FIELD,
                "item " + i + " carried conditions: say whether they were met"));
        if (problems.isEmpty()) {
            answers.addAll(answered.values());
        }
        return problems;
    }

    static List<ConditionMet> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(json, ConditionMet[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable conditions of a completion report", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
