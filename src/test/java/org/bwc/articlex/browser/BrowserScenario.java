package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the browser scenarios share: the application on its random port (the Spring context of the other
 * {@code @ScenarioTest}s, H2, dev users, no job executor), a fresh Chromium per test, the API and the engine REST
 * API for the steps that happen elsewhere (a State submitting over the API, a colleague's earlier decision).
 * Concrete classes carry {@code @ScenarioTest}. The back end (API, Tasklist's door as {@code tasklist}, the process
 * driver, the case walk, {@code status(id)}) is {@link CaseScenario}'s; {@link #tasklist()} is the page in Chromium.
 */
abstract class BrowserScenario extends CaseScenario {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    String baseUrl() {
        return "http://localhost:" + port;
    }

    TasklistPage tasklist() {
        return new TasklistPage(browser, baseUrl());
    }

    /** A request submitted over the API by a State's contact point, its asynchronous start run: under review. */
    String submitted(String user, Map<String, Object> body) {
        Api.Response response = api.as(user).post("/api/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asText();
        driver.runDueJobs();
        return id;
    }

    /** Submitted, then found complete by a caseworker (engine REST, as Tasklist does), its screening run. */
    String reviewedComplete(String user, Map<String, Object> body) {
        String id = submitted(user, body);
        Api.Response reviewed = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        driver.runDueJobs();
        return id;
    }

    Task task(String businessKey, String taskDefinitionKey) {
        Task task = tasklist.task(businessKey, taskDefinitionKey);
        assertThat(task).as("task %s of %s", taskDefinitionKey, businessKey).isNotNull();
        return task;
    }

    TaskForm form(Task task) {
        return new TaskForm(browser, DeployedForm.of(engine, task.getId()));
    }

    JsonNode view(String id) {
        return api.as("caseworker").get("/api/requests/" + id).json();
    }

}
