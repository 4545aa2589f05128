package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: the APIs ({@code /api}, {@code /engine-rest}, metrics, OpenAPI, the dashboard) take HTTP Basic
 * against Camunda's users and keep no session; the Camunda webapps keep their own login, session and CSRF
 * protection. Only the health endpoint is open. What a user may see and do inside the engine is decided by
 * Camunda's authorizations ({@link GlobalAuthorizations}, {@link CaseAccess}); the {@code /api} services check
 * the {@link Caller} themselves. Failed logins through either door count towards Camunda's lock-out
 * ({@code login-max-attempts} and the login delay settings in {@code application.yml}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Article X Assistance Engine\"");
            writeProblem(json, response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Log in with HTTP Basic as a user of the engine");
        };
        AccessDeniedHandler denied = (request, response, e) -> writeProblem(json, response, HttpStatus.FORBIDDEN,
                "Forbidden", "Your groups do not allow this");
        return http
                // path matchers on the whole URI: /engine-rest is Jersey's servlet, not the DispatcherServlet's
                .securityMatcher(new OrRequestMatcher(Stream.of("/api/**", "/engine-rest/**", "/actuator/**",
                        "/v3/api-docs/**", "/v3/api-docs", "/dashboard/**", "/dashboard").<RequestMatcher>map(PATHS::matcher).toList()))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**")).permitAll()
                        .requestMatchers(PATHS.matcher("/actuator/**")).hasAnyAuthority(Caller.MANAGERS, Caller.ADMINS)
                        // the manager dashboard and its figures (PRODUCT §1)
                        .requestMatchers(PATHS.matcher("/api/metrics/**"), PATHS.matcher("/dashboard"),
                                PATHS.matcher("/dashboard/**")).hasAnyAuthority(Caller.MANAGERS, Caller.ADMINS)
                        // a party's own notification feed: the party itself or the secretariat (the controller checks too)
                        .requestMatchers(PATHS.matcher("/api/states/{party}/notifications"),
                                PATHS.matcher("/api/states/{party}/notifications/**")).access(ownPartyOrSecretariat(Caller.STATE_GROUP_PREFIX))
                        .requestMatchers(PATHS.matcher("/api/organisations/{party}/notifications"),
                                PATHS.matcher("/api/organisations/{party}/notifications/**")).access(ownPartyOrSecretariat(Caller.ORGANISATION_GROUP_PREFIX))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth: no cookie, so no cross-site request to forge
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(HTML_PAGES,
                                new StaticHeadersWriter("Content-Security-Policy", PAGE_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(HTML_PAGES),
                                new StaticHeadersWriter("Content-Security-Policy", API_CSP)))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")))
                .addFilterAfter(new EngineIdentityFilter(identityService, PATHS.matcher("/api/**")), AuthorizationFilter.class)
                .addFilterAfter(new AuthorizationErrorRedaction(json, PATHS.matcher("/engine-rest/**")), EngineIdentityFilter.class)
                .build();
    }

    /** JSON only: nothing may be loaded, framed or submitted from an API response rendered by a browser. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The manager dashboard: its own scripts, styles and images only. */
    static final String PAGE_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final RequestMatcher HTML_PAGES = new OrRequestMatcher(PATHS.matcher("/dashboard"), PATHS.matcher("/dashboard/**"));

    private static AuthorizationManager<RequestAuthorizationContext> ownPartyOrSecretariat(String groupPrefix) {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication user = authentication.get();
            if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
                return new AuthorizationDecision(false);
            }
            Caller caller = new Caller(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet()));
            String party = context.getVariables().get("party");
            return new AuthorizationDecision(caller.isSecretariat()
                    || party != null && caller.groups().contains(groupPrefix + party.toUpperCase(Locale.ROOT)));
        };
    }

    /**
     * Tasklist, Cockpit and Admin authenticate and protect themselves (session login, CSRF token, their own
     * security headers). Their set-up page, which creates an administrator without login while none exists, is
     * closed in every profile: the first administrator comes from the environment ({@link AdminAccount}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/setup/**"),
                                PATHS.matcher("/camunda/app/admin/*/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    private static void writeProblem(ObjectMapper json, jakarta.servlet.http.HttpServletResponse response,
            HttpStatus status, String title, String detail) throws java.io.IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
