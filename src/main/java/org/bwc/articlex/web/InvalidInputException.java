package org.bwc.articlex.web;

import java.util.List;

/** Input that is well-formed JSON but breaks a rule the API states; answered with 400 and the fields. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.isEmpty() ? "Invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
