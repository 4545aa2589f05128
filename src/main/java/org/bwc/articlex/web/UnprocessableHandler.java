package org.bwc.articlex.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 422 problem+json for {@link UnprocessableException}; ordered before {@link ProblemHandler}'s catch-all. */
@RestControllerAdvice(basePackages = "org.bwc.articlex")
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnprocessableHandler {

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        ProblemDetail problem = ProblemHandler.problem(HttpStatus.UNPROCESSABLE_ENTITY, "Unprocessable request", e.getMessage());
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
