package org.bwc.articlex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The manager dashboard accepts the webapps' login: a user logged in to Cockpit or Tasklist (the engine's
 * authentication in the webapps' HTTP session) opens {@code /dashboard} without a second password. Only for reading
 * the dashboard's own pages (GET and HEAD on {@code /dashboard} and its assets): a session cookie travels with a
 * forged cross-site request, so nothing that changes anything is ever accepted on it, and the API stays on HTTP Basic.
 * The user's groups are read afresh from the engine on every request (a manager removed from {@code managers} loses
 * the dashboard at once); who may see it is still decided by the chain's rule (managers and administrators).
 * A request that brings Basic credentials is left to Basic; a session without an engine login changes nothing.
 */
final class WebappSessionLogin extends OncePerRequestFilter {

    private final RequestMatcher pages;
    private final ProcessEngine engine;

    WebappSessionLogin(RequestMatcher pages, ProcessEngine engine) {
        this.pages = pages;
        this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (applies(request)) {
            HttpSession session = request.getSession(false);
            String user = session == null ? null : webappUser(session);
            if (user != null && engine.getIdentityService().createUserQuery().userId(user).count() == 1) {
                List<SimpleGrantedAuthority> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list()
                        .stream().map(Group::getId).map(SimpleGrantedAuthority::new).toList();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, groups));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private boolean applies(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null
                && (current == null || current instanceof AnonymousAuthenticationToken)
                && pages.matches(request);
    }

    private String webappUser(HttpSession session) {
        Authentications authentications;
        try {
            authentications = AuthenticationUtil.getAuthsFromSession(session);
        } catch (IllegalStateException invalidated) {
            return null;
        }
        if (authentications == null) {
            return null;
        }
        return authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication login
                ? login.getName() : null;
    }
}
