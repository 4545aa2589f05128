package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.bwc.articlex.ArticleXApplication;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CamundaStatics;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes started at the same moment on an empty PostgreSQL database (RELIABILITY.md, scenario 4): both start, Camunda's
 * schema and the project's tables are created once (Flyway, one node at a time), the start-up seeding (users, groups,
 * authorizations, the shared Tasklist filter) exists once, and a case submitted on one node is worked on the other
 * while both job executors run.
 */
@ExtendWith(CamundaStatics.class)
class ConcurrentStartOnPostgresTest {

    private static EmbeddedPostgres postgres;
    private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @BeforeAll
    static void emptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE cluster");
    }

    @AfterAll
    static void stop() throws Exception {
        nodes.forEach(ConfigurableApplicationContext::close);
        postgres.close();
    }

    @Test
    void twoNodesStartedAtOnceOnAnEmptyDatabaseBothStartAndShareTheWork() throws Exception {
        CyclicBarrier sameMoment = new CyclicBarrier(2);
        List<CompletableFuture<ConfigurableApplicationContext>> starting = List.of("node-a", "node-b").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> start(name, sameMoment))).toList();
        for (CompletableFuture<ConfigurableApplicationContext> node : starting) {
            nodes.add(node.get(5, TimeUnit.MINUTES));
        }

        JdbcTemplate db = new JdbcTemplate(postgres.getDatabase("postgres", "cluster"));
        assertThat(db.queryForList("SELECT version FROM articlex_schema_history WHERE success ORDER BY installed_rank", String.class))
                .as("each migration applied once, Camunda's schema (16) among them").doesNotHaveDuplicates().contains("1", "16");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM act_ge_schema_log", Integer.class)).isEqualTo(1);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM act_ru_filter WHERE name_ = 'All tasks'", Integer.class))
                .as("one shared Tasklist filter").isEqualTo(1);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM act_id_user WHERE id_ = 'caseworker'", Integer.class)).isEqualTo(1);
        assertThat(db.queryForObject("SELECT COUNT(DISTINCT deployment_id_) FROM act_re_procdef", Integer.class))
                .as("the processes deployed once").isEqualTo(1);
        int parties = nodes.get(0).getBean(StatesRegistry.class).all().size();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM act_id_group WHERE type_ = 'STATE_PARTY'", Integer.class))
                .as("a group per State Party, once").isEqualTo(parties);
        for (String process : List.of("assistance-request", "assistance-offer")) {
            assertThat(db.queryForObject("""
                    SELECT COUNT(*) FROM act_ru_authorization WHERE type_ = ? AND resource_type_ = ? AND resource_id_ = ?
                      AND group_id_ LIKE 'sp-%' AND (perms_ & ?) <> 0""", Integer.class, Authorization.AUTH_TYPE_GRANT,
                    Resources.PROCESS_DEFINITION.resourceType(), process, ProcessDefinitionPermissions.CREATE_INSTANCE.getValue()))
                    .as("every State Party may start %s from its start form, granted once", process).isEqualTo(parties);
        }

        Api onA = api(nodes.get(0));
        Api onB = api(nodes.get(1));
        Api.Response submitted = onA.as("ken-ncp").post("/api/requests", Requests.kenyaTraining());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        Tasklist tasklistOnB = new Tasklist(onB, nodes.get(1).getBean(ProcessEngine.class));
        await().atMost(Duration.ofSeconds(60)).until(() -> tasklistOnB.task(id, "reviewCompleteness") != null);
        Api.Response reviewed = tasklistOnB.submitForm("caseworker", id, "reviewCompleteness", java.util.Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(onA.as("caseworker").get("/api/requests/" + id).json().get("status").asText())
                        .as("screened by a job executor of either node").isNotIn("SUBMITTED", "UNDER_REVIEW", "SCREENING"));
    }

    private static ConfigurableApplicationContext start(String name, CyclicBarrier sameMoment) {
        try {
            sameMoment.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // command-line arguments: above the profiles' files
        return new SpringApplicationBuilder(ArticleXApplication.class).profiles("dev", "test").run(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "cluster"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--server.port=0", "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--articlex.notification.email.enabled=false");
    }

    private static Api api(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return new Api(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)));
    }
}
