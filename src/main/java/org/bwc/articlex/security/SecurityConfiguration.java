package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two doors: the APIs ({@code /api}, {@code /engine-rest}, metrics, OpenAPI) take HTTP Basic against Camunda's
 * users and keep no session; the Camunda webapps keep their own login, session and CSRF protection. Only the
 * health endpoint is open.
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
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // stateless Basic auth: no cookie, so no cross-site request to forge
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults())
                .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /** Tasklist, Cockpit and Admin authenticate and protect themselves (session login, CSRF token). */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
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
