package org.bwc.articlex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.UriUtils;

/**
 * The two doors to the engine's REST API: {@code /engine-rest} (HTTP Basic, Spring Security's user) and
 * {@code /camunda/api/engine} (Tasklist's and Cockpit's session, the webapps' own login). Both serve the same
 * resources, optionally under {@code /engine/{name}}, so every guard on the engine API looks at both through here.
 */
final class Doors {

    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_ENGINE = "/camunda/api/engine";

    private Doors() {
    }

    /**
     * The path inside the engine API, e.g. {@code /task/1/comment/create}, percent-decoded as Jersey matches it
     * ({@code /%6Dessage} is {@code /message}); null outside both doors.
     */
    static String engineResource(HttpServletRequest request) {
        String path = path(request);
        String rest;
        if (path.equals(ENGINE_REST) || path.startsWith(ENGINE_REST + "/")) {
            rest = path.substring(ENGINE_REST.length());
        } else if (path.startsWith(WEBAPP_ENGINE + "/")) {
            rest = path.substring(WEBAPP_ENGINE.length());
        } else {
            return null;
        }
        // /engine/{name}/... addresses a named engine on either door
        if (rest.startsWith("/engine/")) {
            int next = rest.indexOf('/', "/engine/".length());
            rest = next < 0 ? "/" : rest.substring(next);
        }
        while (rest.length() > 1 && rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.isEmpty() ? "/" : rest;
    }

    static boolean isWebappDoor(HttpServletRequest request) {
        return path(request).startsWith(WEBAPP_ENGINE + "/");
    }

    /** The request's path inside the application, percent-decoded (the firewall has refused encoded slashes). */
    static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    /** The user behind a request on either door: the webapps' session user, or Spring Security's. */
    static Optional<Caller> user(HttpServletRequest request) {
        if (isWebappDoor(request)) {
            HttpSession session = request.getSession(false);
            Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (authentications == null) {
                return Optional.empty();
            }
            return authentications.getAuthentications().stream().filter(UserAuthentication.class::isInstance)
                    .map(UserAuthentication.class::cast).findFirst()
                    .map(a -> new Caller(a.getIdentityId(), Set.copyOf(a.getGroupIds() == null ? List.of() : a.getGroupIds())));
        }
        org.springframework.security.core.Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getName(),
                user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet())));
    }

    private static final Set<String> SECRETARIAT = Set.of(Caller.CASEWORKERS, Caller.MANAGERS, Caller.ADMINS, Groups.CAMUNDA_ADMIN);

    /** A State Party or organisation user: no secretariat group. */
    static boolean isParty(Caller caller) {
        return isParty(new Authentication(caller.userId(), caller.groupList()));
    }

    /** A signed-in user whose groups are all State Party or organisation groups. */
    static boolean isParty(Authentication authentication) {
        if (authentication == null || authentication.getUserId() == null) {
            return false;
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return groups.stream().noneMatch(SECRETARIAT::contains);
    }
}
