package org.bwc.articlex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.bwc.articlex.web.ForbiddenException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * In {@code /api}, a resource keyed by a State ({@code /api/states/{iso3}/...}: its national reports) answers a
 * party that does not represent that State 403 — and does so <em>before</em> anything else is looked at: a missing or
 * malformed query parameter (400), the body's validation (400), a year not open (422) or a report already submitted
 * (409) would otherwise tell another State whether that State has reported. The answer is the same for every State
 * code, existing or not, and names none. The secretariat passes; the endpoint then decides (a caseworker reads a
 * report but does not submit one). Runs after the handler is chosen and before its arguments are read.
 */
class StateScopeFirst implements HandlerInterceptor {

    static final String STATE_VARIABLE = "iso3";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey(STATE_VARIABLE)) {
            return true;
        }
        Caller caller = Doors.user(request).orElse(null);
        if (caller == null || caller.isSecretariat()) {
            return true; // Spring Security has refused an anonymous call already
        }
        String state = variables.get(STATE_VARIABLE);
        if (state == null || !caller.represents(state.toUpperCase(Locale.ROOT))) {
            throw new ForbiddenException("A State Party reaches only its own State's reports and records");
        }
        return true;
    }
}
