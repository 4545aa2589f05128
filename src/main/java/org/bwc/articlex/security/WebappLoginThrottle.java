package org.bwc.articlex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) under the same
 * {@link LoginThrottle} as HTTP Basic: a throttled login is answered 401 like a wrong password without asking the
 * engine; the form's answer (401 wrong password, 200 or 403 right password) is counted.
 */
class WebappLoginThrottle extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login(/[^/]*)?/?");

    private final LoginThrottle throttle;

    WebappLoginThrottle(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getParameter("username");
        String source = request.getRemoteAddr();
        if (user == null || user.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!throttle.allows(source, user)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(source, user);
        } else if (response.getStatus() < 300 || response.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
            throttle.succeeded(source, user);
        }
    }
}
