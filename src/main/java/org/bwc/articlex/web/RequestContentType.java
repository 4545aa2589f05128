package org.bwc.articlex.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request's {@code Content-Type} must name one concrete media type: Spring's message converters throw an
 * IllegalArgumentException for a wildcard ({@code *}{@code /*}) and would answer it 500. Refused here with 415
 * problem+json naming the header, before any controller. An {@code Accept} header that is no list of media types
 * left the error answers without a body (nothing acceptable to write them in): 400 problem+json naming it.
 */
@Component
class RequestContentType extends OncePerRequestFilter {

    private final ObjectMapper json;

    RequestContentType(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentType() != null && !concrete(request.getContentType())) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Content-Type",
                    "must be one media type such as application/json");
            return;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !acceptable(accept)) {
            refuse(response, HttpStatus.BAD_REQUEST, "Invalid request", "Accept", "must be a list of media types such as application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String title, String header, String message)
            throws IOException {
        ProblemDetail problem = ProblemHandler.problem(status, title, header + ": " + message);
        problem.setProperty("errors", java.util.List.of(new FieldProblem(header, message)));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    static boolean acceptable(String accept) {
        try {
            MediaType.parseMediaTypes(accept).forEach(MediaType::getQualityValue);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean concrete(String contentType) {
        if (contentType.isBlank()) {
            return true; // no type at all: the converters answer 415 themselves
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return true; // unparseable: Spring answers 415 itself
        }
    }
}
