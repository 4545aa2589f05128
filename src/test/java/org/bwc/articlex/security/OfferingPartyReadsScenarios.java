package org.bwc.articlex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RESOLVE_ESCALATION;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * What the offering party reads through its {@code respondToMatch} task, tried as an attacker holding its account
 * would: every door of {@code /engine-rest} and of Tasklist's own API that returns variables. It reads the request
 * summary and the conditions meant for it, and nothing of the requester's case: not the clarification answer, the
 * manager's decision, justification, conditions field or escalation note, the screening and balance outcomes, the
 * ranking, an earlier offering party's answer. Run on H2 and PostgreSQL.
 */
abstract class OfferingPartyReadsScenarios extends CaseScenario {

    static final String ANSWER = "Secret-clarification: the lab director is also the defence liaison";
    static final String JUSTIFICATION = "Secret-justification: capacity of the referred fermenter confirmed at 10 L by phone";
    static final String ESCALATION_NOTE = "Secret-escalation-note: waiting on the national authority";
    static final String WHO_NOTE = "Secret-decline-note from WHO";
    static final String CONDITION = "Capacity below 20 L, certified by the exporter";
    /** The case's own variables an offering party must not read (docs/security.md, "Per-case isolation"). */
    static final List<String> CASE_VARIABLES = List.of("clarificationAnswer", "clarificationQuestion", "\"conditions\"",
            "balanceDecision", "justification", "legalGround", "\"note\"", "screeningOutcome", "balanceOutcome",
            "matchCandidates", "candidateDetails", "\"stateGroup\"", "\"requestingState\"", "escalationReason", "itemDecisions",
            "deniedInFull", "\"status\"", "developingStatePriority");
    static final List<String> SECRETS = List.of(ANSWER, JUSTIFICATION, ESCALATION_NOTE, WHO_NOTE, "Secret-");

    @Test
    void theOfferingPartyReadsTheSummaryAndItsConditionsAndNothingOfTheCaseThroughAnyDoor() {
        String who = walk.publishedOffer("who-focal", Offers.offer("WHO", "LABORATORY_EQUIPMENT", List.of("AFRICAN"), false, 1));
        String france = walk.publishedOffer("fra-ncp", Offers.offer("FRA", "LABORATORY_EQUIPMENT", List.of("AFRICAN"), false, 1));
        String id = caseFullOfSecrets();
        ProcessInstance instance = driver.instance(id);

        // an earlier round: WHO declines with a note of its own
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", who)).status()).isEqualTo(204);
        assertThat(api.as("who-focal").post("/api/requests/" + id + "/offer-response", Map.of("offerId", who, "accepted", false,
                "note", WHO_NOTE)).status()).isEqualTo(202);
        driver.runDueJobs();
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", france)).status()).isEqualTo(204);
        Task task = tasklist.task(id, TASK_RESPOND_TO_MATCH);
        String offerInstance = task.getProcessInstanceId();
        assertThat(offerInstance).as("the party's task lives in an instance of its own").isNotEqualTo(instance.getId());

        // what its form shows
        String formVariables = get("fra-ncp", "/engine-rest/task/" + task.getId() + "/form-variables");
        assertThat(formVariables).contains("requestReference").contains(id).contains("requestingStateName")
                .contains("requestTitle").contains("requestCategory").contains("requestItems").contains("requestEndUse")
                .contains(CONDITION).contains("deniedItems");
        assertReadsNothingOfTheCase(formVariables);

        // every other door that returns variables
        for (String path : List.of(
                "/engine-rest/task/" + task.getId() + "/variables",
                "/engine-rest/task/" + task.getId() + "/variables?deserializeValues=false",
                "/engine-rest/task/" + task.getId() + "/localVariables",
                "/engine-rest/variable-instance?processInstanceIdIn=" + instance.getId(),
                "/engine-rest/variable-instance?processInstanceIdIn=" + offerInstance,
                "/engine-rest/variable-instance?taskIdIn=" + task.getId(),
                "/engine-rest/variable-instance?variableName=justification",
                "/engine-rest/history/variable-instance?processInstanceId=" + instance.getId(),
                "/engine-rest/history/variable-instance?processInstanceId=" + offerInstance,
                "/engine-rest/history/variable-instance?variableName=clarificationAnswer",
                "/engine-rest/history/detail?processInstanceId=" + instance.getId(),
                "/engine-rest/history/detail?processInstanceId=" + offerInstance,
                "/engine-rest/process-instance/" + instance.getId() + "/variables",
                "/engine-rest/process-instance/" + offerInstance + "/variables",
                "/engine-rest/execution/" + task.getExecutionId() + "/localVariables",
                "/engine-rest/task?processInstanceBusinessKey=" + id + "&withTaskVariablesInReturn=true",
                "/engine-rest/history/task?processInstanceBusinessKey=" + id)) {
            assertReadsNothingOfTheCase(get("fra-ncp", path));
        }
        for (String name : List.of("justification", "clarificationAnswer", "note", "balanceDecision")) {
            Api.Response one = api.as("fra-ncp").get("/engine-rest/task/" + task.getId() + "/variables/" + name);
            assertThat(one.status()).as(name).isEqualTo(404);
            SECRETS.forEach(secret -> assertThat(one.body()).doesNotContain(secret));
        }
        // a task query cannot probe the case's values either: its process variables are the party's own instance's
        assertThat(get("fra-ncp", "/engine-rest/task?processVariables=justification_like_Secret%25")).doesNotContain(task.getId());
        assertThat(get("fra-ncp", "/engine-rest/task?processVariables=balanceDecision_eq_APPROVE_WITH_CONDITIONS"))
                .doesNotContain(task.getId());
        assertThat(get("fra-ncp", "/engine-rest/task")).contains(task.getId());

        // Tasklist's own door, with a webapp session
        WebappSession tasklistSession = new WebappSession(http.getRootUri());
        HttpResponse<String> login = tasklistSession.login("tasklist", "fra-ncp", "fra-ncp");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        HttpResponse<String> webappForm = tasklistSession.get(WebappSession.ENGINE + "/task/" + task.getId() + "/form-variables");
        assertThat(webappForm.statusCode()).isEqualTo(200);
        assertThat(webappForm.body()).contains(CONDITION);
        assertReadsNothingOfTheCase(webappForm.body());
        assertReadsNothingOfTheCase(tasklistSession.get(WebappSession.ENGINE + "/task/" + task.getId() + "/variables").body());

        // nor can it open an offer-response of its own on another request to read that request's summary
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("offer-response").count();
        Api.Response started = api.as("fra-ncp").post("/engine-rest/process-definition/key/offer-response/start",
                Map.of("businessKey", id, "variables", Map.of("offeringGroup", Map.of("value", "sp-FRA"))));
        assertThat(started.status()).isEqualTo(403);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("offer-response").count())
                .isEqualTo(before);

        // the secretariat still reads the whole case
        assertThat(get("manager", "/engine-rest/process-instance/" + instance.getId() + "/variables")).contains("balanceDecision");
    }

    void assertReadsNothingOfTheCase(String body) {
        for (String name : CASE_VARIABLES) {
            assertThat(body).as("must not read %s", name).doesNotContain(name);
        }
        for (String secret : SECRETS) {
            assertThat(body).doesNotContain(secret);
        }
    }

    String get(String user, String path) {
        return api.as(user).get(path).body();
    }

    /**
     * A Kenyan request that went through a clarification, a referral held until escalated (with a manager's note), a
     * Balance review approving with conditions: at confirmMatch, with secrets in its variables.
     */
    String caseFullOfSecrets() {
        Map<String, Object> body = Requests.from("KEN");
        body.put("category", "LABORATORY_EQUIPMENT");
        body.put("items", List.of(Requests.item("EQUIPMENT", "Fermenter for yoghurt starter cultures", 1),
                Requests.item("TRAINING", "Laboratory quality management course", 10)));
        Api.Response submitted = api.as("ken-ncp").post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        driver.runDueJobs();
        assertThat(tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", false,
                "clarificationQuestion", "Secret-question: who directs the laboratory?")).status()).isEqualTo(204);
        assertThat(api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", ANSWER)).status())
                .isEqualTo(202);
        driver.runDueJobs();
        assertThat(tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", true)).status()).isEqualTo(204);
        driver.runDueJobs();
        driver.letTimePass(Duration.ofDays(15)); // the referral's hold limit
        assertThat(tasklist.submitForm("manager", id, TASK_RESOLVE_ESCALATION, Map.of("escalationAction", "CONTINUE",
                "note", ESCALATION_NOTE)).status()).isEqualTo(204);
        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("balanceDecision",
                "APPROVE_WITH_CONDITIONS", "conditions", CONDITION, "justification", JUSTIFICATION));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        driver.runDueJobs();
        assertThat(driver.instance(id)).isWaitingAt(TASK_CONFIRM_MATCH);
        return id;
    }
}
