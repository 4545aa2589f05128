package org.bwc.articlex.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against Camunda's identity service: the API and Tasklist share one set of users and groups. Failed
 * logins are throttled per source and account by {@link LoginThrottle}; a throttled login is refused like a wrong
 * password, whatever the password. A login that succeeded is remembered briefly ({@link RecentLogins}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final LoginThrottle throttle;
    private final RecentLogins recent;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle,
            @Value("${articlex.security.login-cache:PT30S}") Duration loginCache) {
        this.identityService = identityService;
        this.throttle = throttle;
        this.recent = new RecentLogins(loginCache, Clock.systemUTC());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
        if (!throttle.allows(source, userId)) {
            throw new BadCredentialsException("Bad credentials");
        }
        String password = credentials.toString();
        List<String> groups = recent.groups(userId, password).orElse(null);
        if (groups == null) {
            if (!identityService.checkPassword(userId, password)) {
                throttle.failed(source, userId);
                throw new BadCredentialsException("Bad credentials");
            }
            groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
            recent.succeeded(userId, password, groups);
        }
        throttle.succeeded(source, userId);
        return UsernamePasswordAuthenticationToken.authenticated(userId, null,
                groups.stream().map(SimpleGrantedAuthority::new).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
