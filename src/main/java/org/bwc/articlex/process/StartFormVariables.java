package org.bwc.articlex.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.FormValidationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A start form's variables as the JSON body the project's {@code /api} takes: Tasklist sends a form-js dynamic list,
 * group or checklist as a {@code Json} variable (an array or an object), text, numbers and booleans as they are.
 */
public final class StartFormVariables {

    private StartFormVariables() {
    }

    public static ObjectNode json(VariableMap variables, ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        for (String name : variables.keySet()) {
            body.set(name, value(name, variables.getValueTyped(name), json));
        }
        return body;
    }

    private static JsonNode value(String name, TypedValue typed, ObjectMapper json) {
        try {
            if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                return serializable.getValueSerialized() == null ? json.nullNode() : json.readTree(serializable.getValueSerialized());
            }
            Object value = typed == null ? null : typed.getValue();
            if (value instanceof org.camunda.spin.json.SpinJsonNode spin) {
                return json.readTree(spin.toString());
            }
            return json.valueToTree(value);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new FormValidationException(List.of(new FieldProblem(name, "cannot be read as JSON")));
        }
    }
}
