package org.bwc.articlex.web;

import java.util.List;

/**
 * Well-formed input that names something the case cannot take now (a reporting year that is not open, say):
 * answered with 422 and the field named, nothing written.
 */
public class UnprocessableException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public UnprocessableException(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new FieldProblem(field, message));
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
