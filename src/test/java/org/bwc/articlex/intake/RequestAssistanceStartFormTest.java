package org.bwc.articlex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.security.CaseAccess;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Request assistance" started from Tasklist: {@code /engine-rest/process-definition/key/assistance-request/submit-form}
 * with the variables Tasklist sends for the Camunda Form {@code forms/start/request-assistance.form}. It stores the very
 * case {@code POST /api/requests} stores, is refused with the API's field messages and leaves nothing behind, and only a
 * State's users may use it, for their own State.
 */
@ScenarioTest
class RequestAssistanceStartFormTest extends CaseScenario {

    private static final String KEY = "assistance-request";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseAccess caseAccess;

    static Map<String, Object> form() {
        return Requests.kenyaTrainingStartForm();
    }

    @Test
    void startFormWithTwoItemsStoresTheCaseThePostOfTheApiStores() {
        Api.Response started = tasklist.submitStartForm("ken-ncp", KEY, form());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String fromForm = started.json().get("businessKey").asText();
        assertThat(fromForm).matches("REQ-\\d{4}-\\d{4,}");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(fromForm)
                .processDefinitionKey(KEY).singleResult();
        assertThat(instance).as("the process runs under the request's reference").isNotNull();

        Map<String, Object> body = form();
        body.put("requestingState", "KEN");
        body.put("providers", List.of("DEU", "WHO"));
        Api.Response posted = api.as("ken-ncp").post("/api/requests", body);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String fromApi = posted.json().get("id").asText();
        assertThat(fromApi).as("one sequence of references").isGreaterThan(fromForm);

        assertThat(comparable(api.as("ken-ncp").get("/api/requests/" + fromForm).json()))
                .isEqualTo(comparable(api.as("ken-ncp").get("/api/requests/" + fromApi).json()));
        JsonNode view = api.as("ken-ncp").get("/api/requests/" + fromForm).json();
        assertThat(view.get("items")).hasSize(2);
        assertThat(view.get("circulation").asText()).isEqualTo("NAMED_PROVIDERS");
        ProcessInstance viaApi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(fromApi).singleResult();
        assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("the process holds what the API's start gives it, not the form's fields")
                .isEqualTo(engine.getRuntimeService().getVariables(viaApi.getId()));
        assertThat(caseAccess.parties(instance.getId())).containsExactly("sp-KEN");

        // the same start: the asynchronous continuation takes both into review
        driver.runDueJobs();
        assertThat(status(fromForm)).isEqualTo("UNDER_REVIEW").isEqualTo(status(fromApi));
        assertThat(comparable(api.as("ken-ncp").get("/api/requests/" + fromForm).json()))
                .isEqualTo(comparable(api.as("ken-ncp").get("/api/requests/" + fromApi).json()));
    }

    @Test
    void startFormWithoutEndUseIsRefusedWithTheFieldsMessageAndLeavesNothing() {
        long requests = rows();
        long instances = instances();
        Map<String, Object> form = form();
        form.put("endUse", new LinkedHashMap<>(Map.of("statement", "", "facility", "")));
        Api.Response refused = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("endUse.statement: is required");
        assertThat(rows()).isEqualTo(requests);
        assertThat(instances()).isEqualTo(instances);
    }

    @Test
    void startFormIsRefusedWithTheMessagesOfTheApiForTheSameMistakes() {
        long requests = rows();
        Map<String, Object> form = form();
        form.put("title", " ");
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(new LinkedHashMap<>(Map.of("kind", "TRAINING", "description", "Biosafety officer course", "quantity", 0)));
        form.put("items", items);
        Map<String, Object> body = new LinkedHashMap<>(form);
        body.put("requestingState", "KEN");
        body.put("providers", List.of("DEU", "WHO"));
        Api.Response viaApi = api.as("ken-ncp").post("/api/requests", body);
        assertThat(viaApi.status()).isEqualTo(400);
        List<String> apiErrors = new ArrayList<>();
        viaApi.json().get("errors").forEach(e -> apiErrors.add(e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(apiErrors).hasSize(2);

        Api.Response viaForm = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(viaForm.status()).as(viaForm.body()).isEqualTo(400);
        assertThat(viaForm.json().get("message").asText()).contains(apiErrors);
        assertThat(rows()).isEqualTo(requests);
    }

    @Test
    void controlCharactersAreRefusedAsTheApiRefusesThemAndAnExpressionStaysText() {
        long requests = rows();
        Map<String, Object> form = form();
        form.put("title", "Training\u0000");
        Api.Response refused = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("title: " + org.bwc.articlex.web.PlainText.MESSAGE);
        assertThat(rows()).isEqualTo(requests);

        form.put("title", "${runtimeService.toString()}");
        Api.Response started = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String id = started.json().get("businessKey").asText();
        assertThat(api.as("ken-ncp").get("/api/requests/" + id).json().get("title").asText())
                .as("stored as typed, never evaluated").isEqualTo("${runtimeService.toString()}");
    }

    /** A double click or a replayed request: the same answers again register nothing and name the first case. */
    @Test
    void theSameAnswersSubmittedAgainAreRefusedNamingTheCaseTheFirstRegistered() {
        Map<String, Object> form = form();
        form.put("title", "Biosafety cabinet certification course, intake " + System.nanoTime());
        Api.Response first = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String reference = first.json().get("businessKey").asText();
        long requests = rows();
        long instances = instances();

        Api.Response again = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(again.status()).as(again.body()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).contains("form: the same answers were registered").contains(reference).contains("change the title");
        assertThat(rows()).isEqualTo(requests);
        assertThat(instances()).isEqualTo(instances);

        // other answers are another request; another State's user with the same answers is refused for its State
        form.put("title", form.get("title") + " (second group)");
        assertThat(tasklist.submitStartForm("ken-ncp", KEY, form).status()).isEqualTo(200);
        assertThat(rows()).isEqualTo(requests + 1);
    }

    @Test
    void aStateStartingARequestForAnotherStateIsRefusedAndNothingIsWritten() {
        long requests = rows();
        long instances = instances();
        Map<String, Object> form = form();
        form.put("requestingState", "UGA");
        Api.Response refused = tasklist.submitStartForm("ken-ncp", KEY, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("only for the State Party you represent");
        assertThat(rows()).isEqualTo(requests);
        assertThat(instances()).isEqualTo(instances);
    }

    @Test
    void anOrganisationsUserAndACaseworkerCannotStartRequestAssistance() {
        long requests = rows();
        long instances = instances();
        for (String user : List.of("who-focal", "caseworker")) {
            Api.Response refused = tasklist.submitStartForm(user, KEY, form());
            assertThat(refused.status()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(rows()).isEqualTo(requests);
        assertThat(instances()).isEqualTo(instances);
    }

    @Test
    void tasklistOffersTheStartFormsToTheirPartiesOnlyAndAPartyCannotStartAProcessDirectly() {
        assertThat(startable("ken-ncp")).contains("assistance-request", "assistance-offer");
        assertThat(startable("who-focal")).contains("assistance-offer").doesNotContain("assistance-request");
        assertThat(startable("caseworker")).doesNotContain("assistance-request", "assistance-offer");

        JsonNode form = api.as("ken-ncp").get("/engine-rest/process-definition/key/" + KEY + "/startForm").json();
        assertThat(form.path("camundaFormRef").path("key").asText()).isEqualTo("requestAssistanceForm");
        Api.Response deployed = api.as("ken-ncp").get("/engine-rest/process-definition/key/" + KEY + "/deployed-start-form");
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
        assertThat(deployed.json().get("id").asText()).isEqualTo("requestAssistanceForm");

        long instances = instances();
        Api.Response direct = api.as("ken-ncp").post("/engine-rest/process-definition/key/" + KEY + "/start",
                Map.of("businessKey", "REQ-2026-9999", "variables", Map.of("requestingState", Map.of("value", "KEN"))));
        assertThat(direct.status()).as(direct.body()).isEqualTo(403);
        assertThat(instances()).isEqualTo(instances);
    }

    private List<String> startable(String user) {
        JsonNode list = api.as(user).get("/engine-rest/process-definition?latest=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true").json();
        List<String> keys = new ArrayList<>();
        list.forEach(d -> keys.add(d.get("key").asText()));
        return keys;
    }

    private long rows() {
        return jdbc.queryForObject("SELECT count(*) FROM assistance_request", Long.class);
    }

    private long instances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
    }

    /** A request's view without what differs between two submissions: reference and times. */
    static JsonNode comparable(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove(List.of("id", "createdAt", "updatedAt"));
        copy.withArray("history").forEach(entry -> ((ObjectNode) entry).remove("at"));
        return copy;
    }
}
