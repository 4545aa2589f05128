package org.bwc.articlex.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.followup.RequestFollowUpProcess.END_FOLLOW_UP_CLOSED;
import static org.bwc.articlex.followup.RequestFollowUpProcess.PROCESS_ID;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_ANSWER_PROVIDER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_ANSWER_REQUESTER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_OPEN_FOLLOW_UP;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_RECORD_PROVIDER_ANSWER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_RECORD_PROVIDER_LAPSED;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_RECORD_REQUESTER_ANSWER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_RECORD_REQUESTER_LAPSED;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_SEND_PROVIDER_REMINDER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TASK_SEND_REQUESTER_REMINDER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TIMER_FOLLOW_UP_DUE;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TIMER_PROVIDER_LAPSED;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TIMER_PROVIDER_REMINDER;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TIMER_REQUESTER_LAPSED;
import static org.bwc.articlex.followup.RequestFollowUpProcess.TIMER_REQUESTER_REMINDER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The follow-up a year on ({@code processes/request-follow-up.bpmn}), from a request walked to COMPLETED through the
 * API and Tasklist: both parties answer, reminders and lapses per party, a further need turned into a new request,
 * and answers that are refused. Requests ask for OUTBREAK_RESPONSE in the LATIN_AMERICAN_CARIBBEAN group, which no
 * other scenario uses; time moves only for the follow-up's own jobs (it lies a year ahead).
 */
abstract class FollowUpScenarios extends CaseScenario {

    static final String CATEGORY = "OUTBREAK_RESPONSE";
    static final List<String> REGIONS = List.of("LATIN_AMERICAN_CARIBBEAN");
    static final Duration A_YEAR_AND_A_DAY = Duration.ofDays(367);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothPartiesAnswerAYearAfterCompletionAndTheAnswersArePartOfTheCaseAndTheMetrics() {
        String id = walk.completed(CaseWalk.exampleRequest("CHL", CATEGORY), "chl-ncp", "esp-ncp", "ESP", REGIONS);
        ProcessInstance followUp = walk.instance(PROCESS_ID, id);
        assertThat(followUp).as("started with the completion").isWaitingAt(TIMER_FOLLOW_UP_DUE);
        JsonNode scheduled = api.as("chl-ncp").get("/api/requests/" + id).json().get("followUp");
        assertThat(scheduled.get("dueAt").asText()).isNotEmpty();
        assertThat(scheduled.get("parties")).hasSize(2);
        assertThat(scheduled.get("parties").get(0).get("state").asText()).isEqualTo("SCHEDULED");
        assertThat(answer("chl-ncp", id, answer("Too early", "YES", "YES", 3, null)).status()).as("not asked yet").isEqualTo(409);

        driver.letTimePassFor(PROCESS_ID, Duration.ofDays(360));
        assertThat(followUp).isWaitingAt(TIMER_FOLLOW_UP_DUE);
        driver.letTimePassFor(PROCESS_ID, Duration.ofDays(7));
        assertThat(followUp).hasPassed(TASK_OPEN_FOLLOW_UP).isWaitingAt(TASK_ANSWER_REQUESTER, TASK_ANSWER_PROVIDER);
        assertThat(task(TASK_ANSWER_REQUESTER, followUp)).hasCandidateGroup("sp-CHL");
        assertThat(task(TASK_ANSWER_PROVIDER, followUp)).hasCandidateGroup("sp-ESP");
        assertThat(engine.getFormService().getDeployedTaskForm(task(TASK_ANSWER_REQUESTER, followUp).getId())).as("deployed form").isNotNull();
        assertThat(engine.getFormService().getDeployedTaskForm(task(TASK_ANSWER_PROVIDER, followUp).getId())).as("deployed form").isNotNull();
        assertThat(tasklist.submitForm("arg-ncp", task(TASK_ANSWER_REQUESTER, followUp).getId(), Map.of("requesterLastingImpact", "x"))
                .status()).as("another State's Tasklist cannot answer it").isIn(403, 404);
        assertThat(walk.notifications("CHL", id, "FOLLOW_UP_ASKED")).isEqualTo(1);
        assertThat(walk.notifications("ESP", id, "FOLLOW_UP_ASKED")).isEqualTo(1);

        JsonNode before = api.as("manager").get("/api/metrics/follow-up").json();
        Api.Response requester = answer("chl-ncp", id, answer("Outbreak team of 12 still runs the national response plan", "YES",
                "PARTLY", 9, null));
        assertThat(requester.status()).as(requester.body()).isEqualTo(202);
        assertThat(followUp).hasPassed(TASK_RECORD_REQUESTER_ANSWER).isWaitingAt(TASK_ANSWER_PROVIDER);
        assertThat(engine.getRuntimeService().getVariable(followUp.getId(), "requesterLastingImpact"))
                .as("the offering party's task does not read the State's answer").isNull();

        Map<String, Object> form = new LinkedHashMap<>();
        form.put("providerLastingImpact", "The trainers we sent are now trainers themselves");
        form.put("providerEquipmentInUse", "YES");
        form.put("providerStaffInPost", "YES");
        Api.Response provider = tasklist.submitForm("esp-ncp", task(TASK_ANSWER_PROVIDER, followUp).getId(), form);
        assertThat(provider.status()).as(provider.body()).isEqualTo(204);
        assertThat(followUp).hasPassed(TASK_RECORD_PROVIDER_ANSWER, END_FOLLOW_UP_CLOSED).isEnded();

        JsonNode parties = api.as("chl-ncp").get("/api/requests/" + id).json().get("followUp").get("parties");
        assertThat(parties.get(0).get("role").asText()).isEqualTo("REQUESTER");
        assertThat(parties.get(0).get("state").asText()).isEqualTo("ANSWERED");
        assertThat(parties.get(0).get("staffInPost").asText()).isEqualTo("PARTLY");
        assertThat(parties.get(0).get("staffCount").asInt()).isEqualTo(9);
        assertThat(parties.get(0).get("answeredBy").asText()).isEqualTo("chl-ncp");
        assertThat(parties.get(1).get("role").asText()).isEqualTo("PROVIDER");
        assertThat(parties.get(1).get("party").asText()).isEqualTo("ESP");
        assertThat(parties.get(1).get("lastingImpact").asText()).contains("trainers themselves");
        assertThat(parties.get(1).get("answeredBy").asText()).isEqualTo("esp-ncp");

        JsonNode after = api.as("manager").get("/api/metrics/follow-up").json();
        assertThat(after.get("answered").asLong()).isEqualTo(before.get("answered").asLong() + 2);
        assertThat(after.get("equipmentInUse").asLong()).isEqualTo(before.get("equipmentInUse").asLong() + 2);
        assertThat(after.get("equipmentInUseRate").asDouble()).isPositive();
        assertThat(api.as("chl-ncp").get("/api/metrics/follow-up").status()).isEqualTo(403);
    }

    @Test
    void theStateThatDoesNotAnswerIsRemindedAndItsTaskLapsesWhileTheOfferingPartyAnswers() {
        String id = walk.completed(CaseWalk.exampleRequest("PER", CATEGORY), "per-ncp", "fao-focal", "FAO", REGIONS);
        ProcessInstance followUp = walk.instance(PROCESS_ID, id);
        driver.letTimePassFor(PROCESS_ID, A_YEAR_AND_A_DAY);
        assertThat(followUp).isWaitingAt(TASK_ANSWER_REQUESTER, TASK_ANSWER_PROVIDER);
        assertThat(task(TASK_ANSWER_PROVIDER, followUp)).hasCandidateGroup("org-FAO");
        assertThat(answer("fao-focal", id, answer("Surveillance data now shared weekly", "NOT_APPLICABLE", "YES", null, null))
                .status()).isEqualTo(202);

        driver.letTimePassFor(PROCESS_ID, Duration.ofDays(31));
        assertThat(followUp).hasPassed(TIMER_REQUESTER_REMINDER, TASK_SEND_REQUESTER_REMINDER).isWaitingAt(TASK_ANSWER_REQUESTER);
        assertThat(walk.notifications("PER", id, "FOLLOW_UP_DUE")).isEqualTo(1);
        driver.letTimePassFor(PROCESS_ID, Duration.ofDays(30));
        assertThat(followUp).hasPassed(TIMER_REQUESTER_LAPSED, TASK_RECORD_REQUESTER_LAPSED, END_FOLLOW_UP_CLOSED)
                .hasNotPassed(TASK_RECORD_REQUESTER_ANSWER, TIMER_PROVIDER_REMINDER).isEnded();

        JsonNode parties = api.as("per-ncp").get("/api/requests/" + id).json().get("followUp").get("parties");
        assertThat(parties.get(0).get("state").asText()).isEqualTo("LAPSED");
        assertThat(parties.get(0).get("lapsedAt").asText()).isNotEmpty();
        assertThat(parties.get(1).get("state").asText()).isEqualTo("ANSWERED");
        assertThat(answer("per-ncp", id, answer("Late answer", "YES", "YES", null, null)).status()).as("lapsed").isEqualTo(409);
    }

    @Test
    void theOfferingPartyThatDoesNotAnswerIsRemindedAndItsTaskLapsesWhileTheStateAnswers() {
        String id = walk.completed(CaseWalk.exampleRequest("BOL", CATEGORY), "bol-ncp", "can-ncp", "CAN", REGIONS);
        ProcessInstance followUp = walk.instance(PROCESS_ID, id);
        driver.letTimePassFor(PROCESS_ID, A_YEAR_AND_A_DAY);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("requesterLastingImpact", "Two outbreaks contained within a week");
        form.put("requesterEquipmentInUse", "NO");
        form.put("requesterStaffInPost", "NO");
        form.put("requesterStaffCount", 0);
        Api.Response answered = tasklist.submitForm("bol-ncp", task(TASK_ANSWER_REQUESTER, followUp).getId(), form);
        assertThat(answered.status()).as(answered.body()).isEqualTo(204);

        driver.letTimePassFor(PROCESS_ID, Duration.ofDays(31));
        assertThat(followUp).hasPassed(TIMER_PROVIDER_REMINDER, TASK_SEND_PROVIDER_REMINDER).isWaitingAt(TASK_ANSWER_PROVIDER);
        assertThat(walk.notifications("CAN", id, "FOLLOW_UP_DUE")).isEqualTo(1);
        assertThat(walk.notifications("BOL", id, "FOLLOW_UP_DUE")).as("the State has answered").isZero();
        driver.letTimePassFor(PROCESS_ID, Duration.ofDays(30));
        assertThat(followUp).hasPassed(TIMER_PROVIDER_LAPSED, TASK_RECORD_PROVIDER_LAPSED, END_FOLLOW_UP_CLOSED).isEnded();
        JsonNode parties = api.as("bol-ncp").get("/api/requests/" + id).json().get("followUp").get("parties");
        assertThat(parties.get(0).get("equipmentInUse").asText()).isEqualTo("NO");
        assertThat(parties.get(1).get("state").asText()).isEqualTo("LAPSED");
    }

    @Test
    void aFurtherNeedBecomesANewRequestPreFilledFromTheOldOne() {
        String id = walk.completed(CaseWalk.exampleRequest("URY", CATEGORY), "ury-ncp", "irl-ncp", "IRL", REGIONS);
        driver.letTimePassFor(PROCESS_ID, A_YEAR_AND_A_DAY);
        assertThat(api.as("ury-ncp").get("/api/requests/" + id + "/follow-on-draft").status()).as("no further need yet").isEqualTo(409);
        assertThat(answer("ury-ncp", id, answer("The regional lab in Salto runs the assays", "YES", "YES", 12,
                "A second class II cabinet for the regional laboratory in Salto")).status()).isEqualTo(202);

        assertThat(api.as("arg-ncp").get("/api/requests/" + id + "/follow-on-draft").status()).as("another State").isEqualTo(404);
        Api.Response draft = api.as("ury-ncp").get("/api/requests/" + id + "/follow-on-draft");
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        JsonNode body = draft.json();
        JsonNode old = api.as("ury-ncp").get("/api/requests/" + id).json();
        assertThat(body.get("requestingState").asText()).isEqualTo("URY");
        assertThat(body.get("title").asText()).isEqualTo("Follow-on: " + old.get("title").asText());
        assertThat(body.get("description").asText()).startsWith("A second class II cabinet").contains(id);
        assertThat(body.get("category").asText()).isEqualTo(CATEGORY);
        assertThat(body.get("items")).hasSize(old.get("items").size());
        assertThat(body.get("items").get(0).get("description").asText()).isEqualTo(old.get("items").get(0).get("description").asText());

        Api.Response created = api.as("ury-ncp").post("/api/requests", new ObjectMapper().convertValue(body, Map.class));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.json().get("title").asText()).startsWith("Follow-on: ");
        assertThat(created.json().get("followUp").isNull()).isTrue();
    }

    @Test
    void badFollowUpAnswersAreRefusedWithTheFieldNamedAndNothingWritten() {
        String id = walk.completed(CaseWalk.exampleRequest("ECU", CATEGORY), "ecu-ncp", "nor-ncp", "NOR", REGIONS);
        ProcessInstance followUp = walk.instance(PROCESS_ID, id);
        driver.letTimePassFor(PROCESS_ID, A_YEAR_AND_A_DAY);
        List<Map<String, Object>> rows = rows(id);

        Api.Response otherState = answer("arg-ncp", id, Map.of("lastingImpact", " "));
        assertThat(otherState.status()).as("not a party: 404 before the body is looked at").isEqualTo(404);
        assertThat(otherState.contentType()).startsWith("application/problem+json");
        assertThat(answer("who-focal", id, answer("x", "YES", "YES", null, null)).status()).as("an uninvolved organisation").isEqualTo(404);
        assertThat(answer("caseworker", id, answer("x", "YES", "YES", null, null)).status()).as("the secretariat is no party").isEqualTo(403);
        assertBad(answer("ecu-ncp", id, answer(" ", "YES", "YES", null, null)), "lastingImpact");
        assertBad(answer("ecu-ncp", id, answer("Fine", null, "YES", null, null)), "equipmentInUse");
        assertBad(answer("ecu-ncp", id, answer("Fine", "MAYBE", "YES", null, null)), "equipmentInUse");
        assertBad(answer("ecu-ncp", id, answer("Fine", "YES", "ALL", null, null)), "staffInPost");
        assertBad(answer("ecu-ncp", id, answer("Fine", "YES", "YES", 2.5, null)), "staffCount");
        assertBad(answer("ecu-ncp", id, answer("Fine", "YES", "YES", -1, null)), "staffCount");
        assertBad(answer("ecu-ncp", id, answer("Fine", "YES", "YES", null, "x".repeat(4001))), "furtherNeeds");
        Map<String, Object> unknown = answer("Fine", "YES", "YES", null, null);
        unknown.put("requesterGroup", "sp-ARG");
        assertBad(answer("ecu-ncp", id, unknown), "requesterGroup");
        assertBad(api.as("ecu-ncp").post("/api/requests/" + id + "/follow-up", "[]"), "body");
        Map<String, Object> blankForm = new LinkedHashMap<>();
        blankForm.put("requesterLastingImpact", "");
        blankForm.put("requesterEquipmentInUse", "YES");
        blankForm.put("requesterStaffInPost", "YES");
        Api.Response tasklistBlank = tasklist.submitForm("ecu-ncp", task(TASK_ANSWER_REQUESTER, followUp).getId(), blankForm);
        assertThat(tasklistBlank.status()).as(tasklistBlank.body()).isEqualTo(400);
        assertThat(tasklistBlank.body()).contains("requesterLastingImpact");

        assertThat(rows(id)).as("nothing written").isEqualTo(rows);
        assertThat(followUp).isWaitingAt(TASK_ANSWER_REQUESTER, TASK_ANSWER_PROVIDER);

        // an expression is text like any other: stored as written, never evaluated
        String expression = "${execution.setVariable('requesterGroup', 'sp-ARG')}";
        assertThat(answer("ecu-ncp", id, answer(expression, "YES", "YES", null, null)).status()).isEqualTo(202);
        JsonNode stored = api.as("ecu-ncp").get("/api/requests/" + id).json().get("followUp").get("parties").get(0);
        assertThat(stored.get("lastingImpact").asText()).isEqualTo(expression);
        assertThat(engine.getRuntimeService().getVariable(followUp.getId(), "requesterGroup")).isEqualTo("sp-ECU");
        assertThat(answer("ecu-ncp", id, answer("Again", "YES", "YES", null, null)).status()).as("answered once").isEqualTo(409);
    }

    /**
     * The offering party's own follow-up task is no window on the requesting State's: it cannot complete the State's
     * task, set the State's answers through its own, or read them — through its task's variables, the variable
     * instances or the engine's history — before or after the State answered.
     */
    @Test
    void theOfferingPartyNeitherWorksNorReadsTheStatesFollowUpThroughTheEngine() {
        String id = walk.completed(CaseWalk.exampleRequest("PRY", CATEGORY), "pry-ncp", "dnk-ncp", "DNK", REGIONS);
        ProcessInstance followUp = walk.instance(PROCESS_ID, id);
        driver.letTimePassFor(PROCESS_ID, A_YEAR_AND_A_DAY);
        String requesterTask = task(TASK_ANSWER_REQUESTER, followUp).getId();
        String providerTask = task(TASK_ANSWER_PROVIDER, followUp).getId();
        Api denmark = api.as("dnk-ncp");
        Map<String, Object> forged = Map.of("variables", Map.of("requesterLastingImpact", Map.of("value", "Denmark answers for Paraguay"),
                "requesterEquipmentInUse", Map.of("value", "NO"), "requesterStaffInPost", Map.of("value", "NO")));
        assertThat(denmark.post("/engine-rest/task/" + requesterTask + "/complete", forged).status()).isEqualTo(403);
        assertThat(denmark.post("/engine-rest/task/" + requesterTask + "/submit-form", forged).status()).isEqualTo(403);
        assertThat(denmark.post("/engine-rest/task/" + providerTask + "/submit-form", forged).status())
                .as("the State's answers through the provider's own task").isEqualTo(403);
        assertThat(denmark.get("/engine-rest/task/" + requesterTask + "/form-variables").status()).isEqualTo(403);
        assertThat(followUp).isWaitingAt(TASK_ANSWER_REQUESTER, TASK_ANSWER_PROVIDER);

        String secret = "Paraguay's confidential account of the outbreak team";
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("requesterLastingImpact", secret);
        form.put("requesterEquipmentInUse", "YES");
        form.put("requesterStaffInPost", "YES");
        assertThat(tasklist.submitForm("pry-ncp", requesterTask, form).status()).isEqualTo(204);
        String pi = followUp.getId();
        // its own task claimed (the assignee's grants too) or not
        assertThat(denmark.post("/engine-rest/task/" + providerTask + "/claim", Map.of("userId", "dnk-ncp")).status()).isEqualTo(204);
        for (String read : List.of("/engine-rest/task/" + providerTask + "/variables", "/engine-rest/task/" + providerTask + "/form-variables",
                "/engine-rest/variable-instance?processInstanceIdIn=" + pi, "/engine-rest/history/variable-instance?processInstanceId=" + pi,
                "/engine-rest/history/detail?processInstanceId=" + pi, "/engine-rest/history/task?processInstanceId=" + pi)) {
            Api.Response response = denmark.get(read);
            assertThat(response.status()).as(read).isIn(200, 403);
            assertThat(response.body()).as(read).doesNotContain(secret).doesNotContain("requesterLastingImpact");
        }
        assertThat(api.as("pry-ncp").post("/engine-rest/process-definition/key/" + PROCESS_ID + "/start",
                Map.of("businessKey", id)).status()).as("no follow-up started around the API").isEqualTo(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(id).count()).isEqualTo(1);
    }

    // --- helpers ------------------------------------------------------------------------------------

    Api.Response answer(String user, String id, Map<String, Object> body) {
        return api.as(user).post("/api/requests/" + id + "/follow-up", body);
    }

    static Map<String, Object> answer(String impact, String equipment, String staff, Object staffCount, String needs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lastingImpact", impact);
        body.put("equipmentInUse", equipment);
        body.put("staffInPost", staff);
        if (staffCount != null) {
            body.put("staffCount", staffCount);
        }
        if (needs != null) {
            body.put("furtherNeeds", needs);
        }
        return body;
    }

    List<Map<String, Object>> rows(String id) {
        return jdbc.queryForList("SELECT * FROM follow_up WHERE request_id = ? ORDER BY party_role", id);
    }

    static void assertBad(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
