package org.bwc.articlex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user to the engine for the duration of the request, so that every engine call lands in
 * the user operation log under the user's name. {@code /engine-rest} calls run under the engine's authorization
 * checks; the project's {@code /api}, which checks the caller itself, drives the engine as the application
 * ({@link ApplicationCalls}).
 */
class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final RequestMatcher applicationApi;

    /** @param applicationApi the project's own API, whose engine calls run as {@link ApplicationCalls} */
    EngineIdentityFilter(IdentityService identityService, RequestMatcher applicationApi) {
        this.identityService = identityService;
        this.applicationApi = applicationApi;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        identityService.setAuthentication(authentication.getName(), groups);
        // the project's API checks the caller itself, then drives the engine as the application
        try (ApplicationCalls.Scope scope = applicationApi.matches(request) ? ApplicationCalls.open() : null) {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
