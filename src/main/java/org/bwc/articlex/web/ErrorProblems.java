package org.bwc.articlex.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside a controller — Spring Security's firewall refusing a path with {@code ..}, {@code ;} or an
 * encoded {@code %}, a filter's {@code sendError} — reach the container's error page: problem+json like every other
 * answer of the application, in place of Spring Boot's own JSON.
 */
@Hidden // the container's error page, no endpoint of the API
@RestController
class ErrorProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorProblems.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem;
        if (status == HttpStatus.BAD_REQUEST) {
            problem = ProblemHandler.problem(status, "Invalid request", "path: the address is not one this application serves "
                    + "(a path segment such as .., ; or an encoded % or / is refused)");
            problem.setProperty("errors", List.of(new FieldProblem("path", "malformed or refused path")));
        } else {
            if (status.is5xxServerError()) { // a failure nothing else reported: the log keeps what the answer does not say
                log.error("{} answered {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status.value(),
                        (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            }
            problem = ProblemHandler.problem(status, status.getReasonPhrase(),
                    status.is5xxServerError() ? "The request could not be processed; nothing was changed" : status.getReasonPhrase());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
