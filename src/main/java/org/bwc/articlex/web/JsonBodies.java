package org.bwc.articlex.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON object body read after the caller's access has been checked (a party that may not see a case learns
 * nothing from a validation message): its values as a form would submit them, unknown fields refused by name.
 */
public final class JsonBodies {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private JsonBodies() {
    }

    /** Text in the value (also inside arrays and objects) is text a person could have typed ({@link PlainText}). */
    private static boolean plain(JsonNode value) {
        if (value.isTextual()) {
            return PlainText.isPlain(value.asText());
        }
        for (JsonNode child : value) {
            if (!plain(child)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the body's fields as plain values (String, Number, Boolean, null; objects and arrays as maps and lists)
     * @throws InvalidInputException for a body that is not an object, or a field not in {@code known}
     */
    public static Map<String, Object> fields(JsonNode body, Set<String> known) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "a JSON object is required");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> {
            if (!known.contains(field.getKey())) {
                problems.add(new FieldProblem(field.getKey(), "unknown field"));
            } else if (!plain(field.getValue())) {
                problems.add(new FieldProblem(field.getKey(), PlainText.MESSAGE));
            } else {
                values.put(field.getKey(), PLAIN.convertValue(field.getValue(), Object.class));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }
}
