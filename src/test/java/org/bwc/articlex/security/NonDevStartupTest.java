package org.bwc.articlex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.bwc.articlex.ArticleXApplication;
import org.bwc.articlex.support.CamundaStatics;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as it runs in production: no {@code dev} profile, so no seeded users and no admin/admin. It
 * refuses to start with weak or missing administrator credentials, and started properly it has no default
 * credential, a closed set-up page and the role model in place. Each case starts the whole application on an
 * in-memory H2 database of its own.
 */
@ExtendWith(CamundaStatics.class)
class NonDevStartupTest {

    private static final String STRONG = "Ops-Adm1n-" + UUID.randomUUID().toString().substring(0, 6) + "!";

    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /** The applications this test started; Camunda's static state is put back by {@link CamundaStatics}. */
    @AfterEach
    void closeTheStartedApplications() {
        started.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void refusesAnAdministratorPasswordEqualToItsId() {
        assertThatThrownBy(() -> start(database(), "--articlex.admin.user=ops-admin", "--articlex.admin.password=ops-admin"))
                .satisfies(e -> assertThat(messages(e)).contains("Refusing to start").contains("equals the user id"));
    }

    @Test
    void refusesABlankAdministratorPassword() {
        assertThatThrownBy(() -> start(database(), "--articlex.admin.user=ops-admin", "--articlex.admin.password="))
                .satisfies(e -> assertThat(messages(e)).contains("the password is blank"));
    }

    @Test
    void refusesWeakPasswordsAndTheStartersDefaultAdministrator() {
        assertThatThrownBy(() -> start(database(), "--articlex.admin.user=ops-admin", "--articlex.admin.password=admin"))
                .satisfies(e -> assertThat(messages(e)).contains("well-known default"));
        assertThatThrownBy(() -> start(database(), "--articlex.admin.user=ops-admin", "--articlex.admin.password=longbutweakpassword"))
                .satisfies(e -> assertThat(messages(e)).contains("password policy"));
        // Camunda's own admin-user property defaults the password to the id (demo/demo)
        assertThatThrownBy(() -> start(database(), "--camunda.bpm.admin-user.id=demo"))
                .satisfies(e -> assertThat(messages(e)).contains("camunda.bpm.admin-user 'demo'").contains("equals the user id"));
    }

    @Test
    void refusesExpressionsInTaskQueriesAndAReachablePermanentLoginLock() {
        String[] admin = {"--articlex.admin.user=ops-admin", "--articlex.admin.password=" + STRONG};
        for (String setting : List.of("enable-expressions-in-stored-queries=true", "enable-expressions-in-adhoc-queries=true",
                "login-max-attempts=10")) {
            List<String> arguments = new ArrayList<>(List.of(admin));
            arguments.add("--camunda.bpm.generic-properties.properties." + setting);
            assertThatThrownBy(() -> start(database(), arguments.toArray(String[]::new))).as(setting)
                    .satisfies(e -> assertThat(messages(e)).contains("Insecure engine configuration")
                            .contains(setting.substring(0, setting.indexOf('='))));
        }
    }

    @Test
    void refusesToStartWithoutAnyAdministrator() {
        assertThatThrownBy(() -> start(database()))
                .satisfies(e -> assertThat(messages(e)).contains("No administrator exists and none is configured"));
    }

    @Test
    void startsWithTheAdministratorFromTheEnvironmentAndNoDefaultCredentials() throws Exception {
        String database = database();
        ConfigurableApplicationContext context = start(database, "--articlex.admin.user=ops-admin",
                "--articlex.admin.password=" + STRONG);
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        IdentityService identity = context.getBean(ProcessEngine.class).getIdentityService();

        assertThat(identity.createUserQuery().userId("ops-admin").memberOfGroup("admins").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().userId("ops-admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
        assertThat(identity.createUserQuery().count()).as("no seeded users").isEqualTo(1);
        assertThat(identity.createGroupQuery().groupId("sp-KEN").count()).as("the State groups exist").isEqualTo(1);
        assertThat(identity.createGroupQuery().groupType("ORGANISATION").list()).extracting(g -> g.getId())
                .as("a group for every recognised organisation, ready for its focal points")
                .containsExactlyInAnyOrder("org-WHO", "org-WOAH", "org-FAO", "org-OPCW", "org-IFBA", "org-AFRICACDC",
                        "org-INTERPOL", "org-UNODA");
        assertThat(context.getBean(ProcessEngine.class).getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();

        assertThat(status(base, "GET", "/api/categories", "ops-admin", STRONG, null)).isEqualTo(200);
        assertThat(status(base, "GET", "/engine-rest/task", null, null, null)).isEqualTo(401);
        // the webapps' session cookie outside dev: HTTPS only, out of scripts' reach, not sent by other sites' posts
        List<String> cookies = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
                .build(), HttpResponse.BodyHandlers.discarding()).headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        for (String[] credentials : new String[][] {{"admin", "admin"}, {"demo", "demo"}, {"caseworker", "caseworker"},
                {"ken-ncp", "ken-ncp"}}) {
            assertThat(status(base, "GET", "/api/categories", credentials[0], credentials[1], null)).isEqualTo(401);
        }
        assertThat(status(base, "POST", "/camunda/api/admin/setup/default/user/create", null, null,
                "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"" + STRONG + "\"}}")).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
        // Camunda's password policy guards every new password outside the dev profile
        assertThat(status(base, "POST", "/engine-rest/user/create", "ops-admin", STRONG,
                "{\"profile\":{\"id\":\"weak-user\"},\"credentials\":{\"password\":\"weak\"}}")).isGreaterThanOrEqualTo(400);
        assertThat(identity.createUserQuery().userId("weak-user").count()).isZero();

        long authorizations = context.getBean(ProcessEngine.class).getAuthorizationService().createAuthorizationQuery().count();
        context.close();
        started.remove(context);

        // a restart needs no administrator credentials any more, and writes the role model again without duplicates
        ConfigurableApplicationContext again = start(database);
        String newBase = "http://localhost:" + again.getEnvironment().getProperty("local.server.port");
        assertThat(again.getBean(ProcessEngine.class).getAuthorizationService().createAuthorizationQuery().count())
                .isEqualTo(authorizations);
        assertThat(status(newBase, "GET", "/api/categories", "ops-admin", STRONG, null)).isEqualTo(200);
    }

    private ConfigurableApplicationContext start(String database, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database,
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.camunda=ERROR"));
        args.addAll(List.of(arguments));
        Object webappContext = CamundaStatics.webappContext();
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(ArticleXApplication.class)
                    .web(WebApplicationType.SERVLET).run(args.toArray(String[]::new));
            started.add(context);
            return context;
        } catch (RuntimeException failedToStart) {
            // the webapp starter initialises its filters from a static reference to the application context; a context
            // that fails to start never closes, so that hold must be undone here or it breaks the next context started
            CamundaStatics.webappContext(webappContext);
            throw failedToStart;
        }
    }

    private static String database() {
        return "jdbc:h2:mem:nondev-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static int status(String base, String method, String path, String user, String password, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
