package org.bwc.articlex.web;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A user task completed with outcome variables that break the form's rules. Thrown from a {@code complete}
 * task listener, it rolls back the completion whichever way it came (Tasklist, {@code /engine-rest},
 * {@code /api}). It is the engine's own form-validation exception, which the engine REST API answers with 400
 * (complete and submit-form) and Tasklist shows beside the form.
 */
public class FormValidationException extends FormFieldValidationException {

    private final transient List<FieldProblem> errors;

    public FormValidationException(List<FieldProblem> errors) {
        super(errors.stream().map(FieldProblem::field).toList(), describe(errors));
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    private static String describe(List<FieldProblem> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem error : errors) {
            text.append(text.isEmpty() ? "" : "; ").append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
