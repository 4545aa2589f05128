package org.bwc.articlex.web;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of {@code /api} as RFC 9457 problem+json; validation errors name their fields. */
@RestControllerAdvice(basePackages = "org.bwc.articlex")
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

    private final DatabaseUnavailable unavailable;

    ProblemHandler(DatabaseUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return validationProblem(e.errors());
    }

    @ExceptionHandler(FormValidationException.class)
    ProblemDetail invalidForm(FormValidationException e) {
        return validationProblem(e.errors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        return validationProblem(e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validationProblem(List.of(new FieldProblem(e.getName(), BodyBinding.expected(e.getRequiredType()))));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict with the state of the case", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    /**
     * Two calls raced for the same thing (the same Idempotency-Key, the same task, the same report or position) and
     * this one lost: the database's unique constraint, a row lock it waited too long for or the engine's optimistic
     * lock refused it, and its transaction was rolled back. A conflict, not a server error; the engine and the delegates wrap the cause, so it is looked
     * for along the chain.
     */
    @ExceptionHandler({DuplicateKeyException.class, OptimisticLockingException.class, PessimisticLockingFailureException.class})
    ProblemDetail lostRace(Exception e) {
        log.info("A concurrent call won: {}", e.toString());
        return problem(HttpStatus.CONFLICT, "Conflict with a concurrent request",
                "Another request changed the same case at the same moment; nothing was recorded by this one. "
                        + "Read the case again before retrying");
    }

    /** The database is away (docs/operations.md): 503 with Retry-After, whatever wrapped the cause. */
    private ResponseEntity<Object> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", DatabaseUnavailableFilter.rootMessage(e));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(unavailable.problem());
    }

    /** The cause goes to the log, never to the caller. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        if (lostRaceCause(e)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(lostRace(e));
        }
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "The request could not be processed; nothing was changed"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldProblem(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(validationProblem(List.of(BodyBinding.unreadable(e.getMostSpecificCause()))));
    }

    private static boolean lostRaceCause(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof OptimisticLockingException
                    || cause instanceof PessimisticLockingFailureException || taskGone(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The service found the task and the engine no longer does: another call completed it in between (the engine
     * says so with a NullValueException "Cannot find task ...").
     */
    private static boolean taskGone(Throwable cause) {
        return cause instanceof NullValueException && cause.getMessage() != null
                && cause.getMessage().startsWith("Cannot find task");
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    static ProblemDetail validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
