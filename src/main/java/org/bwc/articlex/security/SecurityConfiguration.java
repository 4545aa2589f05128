package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
 * Two doors: the APIs ({@code /api}, {@code /engine-rest}, metrics, OpenAPI, the dashboard, the portal) take HTTP Basic
 * against Camunda's users and keep no session; the Camunda webapps keep their own login, session and CSRF
 * protection. Only the health endpoint is open. What a user may see and do inside the engine is decided by
 * Camunda's authorizations ({@link GlobalAuthorizations}, {@link CaseAccess}); the {@code /api} services check
 * the {@link Caller} themselves. Failed logins through either door are throttled by {@link LoginThrottle}. Both
 * doors to the engine API ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}) get the same guards
 * ({@link EngineDoorGuard}, {@link AuthorizationErrorRedaction}, {@link BodySizeLimit}); the Basic doors also the
 * CSRF rule of {@link BasicAuthCsrfGuard}. SECURITY.md has the threat model.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<CaseParties.OfRequests> requestParties;
    private final ObjectProvider<CaseParties.OfOffers> offerParties;
    private final ObjectProvider<CaseParties.OfConcerns> concernParties;

    SecurityConfiguration(ObjectProvider<CaseParties.OfRequests> requestParties,
            ObjectProvider<CaseParties.OfOffers> offerParties, ObjectProvider<CaseParties.OfConcerns> concernParties) {
        this.requestParties = requestParties;
        this.offerParties = offerParties;
        this.concernParties = concernParties;
    }

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
            IdentityService identityService, ProcessEngine engine, ObjectMapper json, BodySizeLimit bodySizeLimit,
            EngineRaceConflicts raceConflicts, EngineRequestBodies engineBodies,
            @Value("${articlex.public-base-url:}") String publicBaseUrl) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Article X Assistance Engine\"");
            Problems.write(json, response, HttpStatus.UNAUTHORIZED, "Authentication required",
                    "Log in with HTTP Basic as a user of the engine");
        };
        AccessDeniedHandler denied = (request, response, e) -> Problems.write(json, response, HttpStatus.FORBIDDEN,
                "Forbidden", "Your groups do not allow this");
        return http
                // path matchers on the whole URI: /engine-rest is Jersey's servlet, not the DispatcherServlet's
                .securityMatcher(new OrRequestMatcher(Stream.of("/api/**", "/engine-rest/**", "/actuator/**",
                        // the OpenAPI document in every form (/v3/api-docs, .yaml, /swagger-config, groups) and its UI
                        "/v3/api-docs*", "/v3/api-docs*/**", "/swagger-ui*", "/swagger-ui/**",
                        "/dashboard/**", "/dashboard", "/portal", "/portal/**").<RequestMatcher>map(PATHS::matcher).toList()))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**")).permitAll()
                        // Prometheus' scrape-only account reads the metrics and nothing else
                        .requestMatchers(PATHS.matcher("/actuator/prometheus")).hasAnyAuthority(Caller.MANAGERS, Caller.ADMINS, Caller.SCRAPERS)
                        .requestMatchers(PATHS.matcher("/actuator/**")).hasAnyAuthority(Caller.MANAGERS, Caller.ADMINS)
                        // the manager dashboard and its figures (docs/metrics.md)
                        .requestMatchers(PATHS.matcher("/api/metrics/**"), PATHS.matcher("/dashboard"),
                                PATHS.matcher("/dashboard/**")).hasAnyAuthority(Caller.MANAGERS, Caller.ADMINS)
                        // a party's own notification feed: the party itself or the secretariat (the controller checks too)
                        .requestMatchers(PATHS.matcher("/api/states/{party}/notifications"),
                                PATHS.matcher("/api/states/{party}/notifications/**")).access(ownPartyOrSecretariat(Caller.STATE_GROUP_PREFIX))
                        .requestMatchers(PATHS.matcher("/api/organisations/{party}/notifications"),
                                PATHS.matcher("/api/organisations/{party}/notifications/**")).access(ownPartyOrSecretariat(Caller.ORGANISATION_GROUP_PREFIX))
                        .anyRequest().access(authenticatedButNotAScraper()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(toTheWebappsLogin(unauthenticated)).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth, no session and no CSRF token: a browser re-sends Basic credentials with a
                // forged cross-site request all the same, so writes must show they come from this site or a program
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new BasicAuthCsrfGuard(json, publicBaseUrl), BasicAuthenticationFilter.class)
                // the dashboard's and the portal's pages also accept the webapps' login (a manager already in Cockpit,
                // a contact point already in Tasklist), for reading only
                .addFilterAfter(new WebappSessionLogin(HTML_PAGES, engine), BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(HTML_PAGES,
                                new StaticHeadersWriter("Content-Security-Policy", PAGE_CSP)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(HTML_PAGES),
                                new StaticHeadersWriter("Content-Security-Policy", API_CSP)))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Resource-Policy", "same-origin")))
                .addFilterAfter(bodySizeLimit, AuthorizationFilter.class)
                .addFilterAfter(new EngineIdentityFilter(identityService, PATHS.matcher("/api/**")), BodySizeLimit.class)
                .addFilterAfter(new AuthorizationErrorRedaction(json), EngineIdentityFilter.class)
                .addFilterAfter(new EngineDoorGuard(json), AuthorizationErrorRedaction.class)
                .addFilterAfter(raceConflicts, EngineDoorGuard.class)
                .addFilterAfter(engineBodies, EngineRaceConflicts.class)
                .build();
    }

    /** JSON only: nothing may be loaded, framed or submitted from an API response rendered by a browser. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** The manager dashboard: its own scripts, styles and images only. */
    static final String PAGE_CSP = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final RequestMatcher PORTAL_PAGES = new OrRequestMatcher(PATHS.matcher("/portal"), PATHS.matcher("/portal/**"));
    private static final RequestMatcher HTML_PAGES = new OrRequestMatcher(PATHS.matcher("/dashboard"), PATHS.matcher("/dashboard/**"),
            PORTAL_PAGES);
    /** Where a visitor of the States' portal without a login is sent: the webapps' login (docs/portal.md). */
    static final String WEBAPPS_LOGIN = "/camunda/app/tasklist/default/";

    /** A page of the portal sends a visitor without a login to the webapps' login; anything else answers 401 (Basic). */
    private static AuthenticationEntryPoint toTheWebappsLogin(AuthenticationEntryPoint basic) {
        return (request, response, e) -> {
            if (PORTAL_PAGES.matches(request) && request.getHeader(org.springframework.http.HttpHeaders.AUTHORIZATION) == null
                    && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
                response.sendRedirect(request.getContextPath() + WEBAPPS_LOGIN);
            } else {
                basic.commence(request, response, e);
            }
        };
    }

    private static AuthorizationManager<RequestAuthorizationContext> authenticatedButNotAScraper() {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication user = authentication.get();
            return new AuthorizationDecision(user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                    && user.getAuthorities().stream().noneMatch(a -> Caller.SCRAPERS.equals(a.getAuthority())));
        };
    }

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
    SecurityFilterChain webappSecurity(HttpSecurity http, ObjectMapper json, BodySizeLimit bodySizeLimit,
            LoginThrottle throttle, EngineRaceConflicts raceConflicts, EngineRequestBodies engineBodies) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PATHS.matcher("/camunda/api/admin/setup/**"),
                                PATHS.matcher("/camunda/app/admin/*/setup/**")).denyAll()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                // Tasklist's engine API gets the guards of /engine-rest (Doors); the login form the throttle of Basic
                .addFilterBefore(new WebappLoginThrottle(throttle), AuthorizationFilter.class)
                .addFilterBefore(bodySizeLimit, AuthorizationFilter.class)
                .addFilterBefore(new AuthorizationErrorRedaction(json), AuthorizationFilter.class)
                .addFilterBefore(new EngineDoorGuard(json), AuthorizationFilter.class)
                .addFilterBefore(raceConflicts, AuthorizationFilter.class)
                .addFilterBefore(engineBodies, AuthorizationFilter.class)
                .build();
    }

    /** One instance in both chains; kept out of the servlet container's own filter list. */
    @Bean
    BodySizeLimit bodySizeLimit(ObjectMapper json,
            @Value("${articlex.security.max-body-size:1MB}") DataSize maxBodySize,
            @Value("${articlex.security.max-upload-size:10MB}") DataSize maxUploadSize) {
        return new BodySizeLimit(json, maxBodySize.toBytes(), maxUploadSize.toBytes());
    }

    /** One instance in both chains, like {@link #bodySizeLimit}; kept out of the container's own filter list. */
    @Bean
    EngineRaceConflicts engineRaceConflicts(ObjectMapper json, IdentityService identity, HistoryService history, TaskService tasks) {
        return new EngineRaceConflicts(json, identity, history, tasks);
    }

    @Bean
    FilterRegistrationBean<EngineRaceConflicts> engineRaceConflictsOutsideTheChains(EngineRaceConflicts filter) {
        FilterRegistrationBean<EngineRaceConflicts> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    EngineRequestBodies engineRequestBodies(ObjectMapper json) {
        return new EngineRequestBodies(json);
    }

    @Bean
    FilterRegistrationBean<EngineRequestBodies> engineRequestBodiesOutsideTheChains(EngineRequestBodies filter) {
        FilterRegistrationBean<EngineRequestBodies> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimitOutsideTheChains(BodySizeLimit filter) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    LoginThrottle loginThrottle(IdentityService identity,
            @Value("${articlex.login-throttle.free-attempts:5}") int freeAttempts,
            @Value("${articlex.login-throttle.source-attempts:100}") int sourceAttempts,
            @Value("${articlex.login-throttle.base-delay:PT30S}") Duration baseDelay,
            @Value("${articlex.login-throttle.max-delay:PT15M}") Duration maxDelay) {
        return new LoginThrottle(freeAttempts, sourceAttempts, baseDelay, maxDelay, user ->
                identity.createUserQuery().userId(user).memberOfGroup(Caller.ADMINS).count() > 0
                        || identity.createUserQuery().userId(user).memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CaseVisibilityFirst(requestParties, offerParties, concernParties)).addPathPatterns("/api/**",
                "/portal/**");
        registry.addInterceptor(new StateScopeFirst()).addPathPatterns("/api/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
