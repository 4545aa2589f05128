package org.bwc.articlex.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;

/**
 * A JSON body read into the record of an {@code /api} operation exactly as Spring MVC reads it there: the
 * application's {@link ObjectMapper} (unknown fields refused, plain text only), then Bean Validation of the record's
 * annotations. The problems carry the same field names and messages as the API's 400 (a start form in Tasklist is
 * refused with the very messages {@code POST /api/requests} gives).
 */
public final class BodyBinding {

    private BodyBinding() {
    }

    /**
     * @param extra problems found by the caller beforehand, reported together with the record's own
     * @throws InvalidInputException with every problem, sorted by field
     */
    public static <T> T read(ObjectMapper json, Validator validator, JsonNode body, Class<T> type, List<FieldProblem> extra) {
        List<FieldProblem> problems = new ArrayList<>(extra);
        T value = null;
        try {
            value = json.treeToValue(body, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.add(unreadable(e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e));
        }
        if (value != null) {
            validator.validate(value).forEach(v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
        return value;
    }

    /** The field a body that Jackson could not read is wrong in, and why (what {@code /api} answers with 400). */
    static FieldProblem unreadable(@Nullable Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), "unknown field");
        }
        if (cause instanceof InvalidFormatException format) {
            if (format.getTargetType() == String.class) {
                // a string that is no text (PlainText), or a number or boolean where text belongs (StrictTextFields)
                return new FieldProblem(path(format), format.getValue() instanceof String ? PlainText.MESSAGE : StrictTextFields.MESSAGE);
            }
            return new FieldProblem(path(format), expected(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldProblem(path(mismatch), expected(mismatch.getTargetType()));
        }
        if (cause instanceof JsonProcessingException json) {
            String location = json.getLocation() == null ? "" : " at line %d, column %d"
                    .formatted(json.getLocation().getLineNr(), json.getLocation().getColumnNr());
            return new FieldProblem("body", "malformed JSON" + location);
        }
        return new FieldProblem("body", "a JSON body is required");
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static String expected(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return "must be a number";
        }
        return "has the wrong type" + (type == null ? "" : ", expected " + type.getSimpleName());
    }
}
