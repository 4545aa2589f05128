package org.bwc.articlex.concern;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused concern step as problem+json naming the field, for the statuses the shared handler has no exception
 * for (422) and so that 403 and 409 name their field too. Spring's own handler renders it.
 */
final class ConcernProblem {

    private ConcernProblem() {
    }

    static ErrorResponseException of(HttpStatus status, String title, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field + ": " + message);
        problem.setTitle(title);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(status, problem, null);
    }

    static ErrorResponseException forbidden(String field, String message) {
        return of(HttpStatus.FORBIDDEN, "Forbidden", field, message);
    }

    static ErrorResponseException conflict(String field, String message) {
        return of(HttpStatus.CONFLICT, "Conflict with the state of the case", field, message);
    }

    static ErrorResponseException unprocessable(String field, String message) {
        return of(HttpStatus.UNPROCESSABLE_ENTITY, "Nothing to contest", field, message);
    }
}
