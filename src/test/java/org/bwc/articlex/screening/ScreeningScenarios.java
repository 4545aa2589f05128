package org.bwc.articlex.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.GATEWAY_APPROVED;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_DENIED;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_WITHDRAWN;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CHECK_ARTICLE_X_BALANCE;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_BALANCE_DECISION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_ESCALATION_RESOLUTION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RESOLVE_ESCALATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SCREEN_ARTICLE_III;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_REFERRAL_HOLD_LIMIT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Every path through Article III screening and the Article X balance: cleared, conditional, referred → approved
 * or denied (in full or in part), escalation of a prolonged hold, withdrawal during review. Run on H2 and
 * PostgreSQL.
 */
abstract class ScreeningScenarios extends CaseScenario {

    static final String JUSTIFICATION = "Risk group 4 agent at a BSL-4 facility with WHO-certified staff; rule SCR-RISK-GROUP-4 reviewed";



    @Test
    void clearedRequestIsApprovedForMatchingWithoutReview() {
        String id = reviewedComplete(Requests.kenyaTraining(), "ken-ncp");
        ProcessInstance instance = driver.instance(id);

        assertThat(instance).hasPassedInOrder(TASK_SCREEN_ARTICLE_III, TASK_CHECK_ARTICLE_X_BALANCE, GATEWAY_APPROVED)
                .hasNotPassed(TASK_BALANCE_REVIEW);
        JsonNode view = view(id);
        assertThat(history(view)).as("approved for matching").contains("MATCHING");
        assertThat(view.at("/screening/outcome").asText()).isEqualTo("CLEARED");
        assertThat(view.at("/screening/balance/outcome").asText()).isEqualTo("BALANCED");
        assertThat(view.at("/screening/balance/priority").asBoolean()).as("Kenya is a developing State").isTrue();
        assertThat(view.at("/screening/items").size()).isEqualTo(2);
        assertThat(kinds(api.as("ken-ncp").get("/api/requests/" + id + "/decisions").json()))
                .containsExactly("ARTICLE_III_SCREENING", "ARTICLE_X_BALANCE");
    }

    @Test
    void controlledEquipmentIsApprovedWithConditions() {
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("items", List.of(Requests.item("EQUIPMENT", "50-litre single-use bioreactor", 1)));
        String id = reviewedComplete(body, "ken-ncp");

        assertThat(driver.instance(id)).hasPassed(GATEWAY_APPROVED).hasNotPassed(TASK_BALANCE_REVIEW);
        JsonNode view = view(id);
        assertThat(history(view)).as("approved for matching").contains("MATCHING");
        assertThat(view.at("/screening/outcome").asText()).isEqualTo("CONDITIONAL");
        assertThat(view.at("/screening/rules").toString()).contains("AG-EQ-FERMENTER");
        assertThat(view.at("/screening/conditions").toString()).contains("END_USE_ASSURANCE");
    }

    @Test
    void aControlCodeThatContradictsTheDescriptionIsReferredNotApproved() {
        Map<String, Object> body = Requests.kenyaTraining();
        Map<String, Object> bioreactor = Requests.item("EQUIPMENT", "50-litre single-use bioreactor", 1);
        bioreactor.put("controlCode", "AG-EQ-SPRAY-DRYER");
        Map<String, Object> ebola = Requests.item("AGENT", "Ebola virus Makona, live culture", 1);
        ebola.put("controlCode", "AG-HAP-VIR-RABIES-LYSSAVIRUS"); // a lower-risk entry, at the request's BSL-2
        body.put("items", List.of(bioreactor, ebola));
        String id = reviewedComplete(body, "ken-ncp");

        assertThat(driver.instance(id)).isWaitingAt(TASK_BALANCE_REVIEW).hasNotPassed(GATEWAY_APPROVED);
        JsonNode view = view(id);
        assertThat(view.at("/screening/outcome").asText()).isEqualTo("REFERRED");
        assertThat(view.at("/screening/items/0/outcome").asText()).as("code never lowers, contradiction referred")
                .isEqualTo("REFERRED");
        assertThat(view.at("/screening/items/0/rules").toString())
                .contains("AG-EQ-FERMENTER-20L", "AG-EQ-SPRAY-DRYER", RuleIds.CONTROL_CODE_MISMATCH);
        assertThat(view.at("/screening/items/1/outcome").asText()).isEqualTo("REFERRED");
        assertThat(view.at("/screening/items/1/rules").toString()).contains("AG-HAP-VIR-EBOLA", RuleIds.RISK_GROUP_4,
                RuleIds.BSL_BELOW_RISK_GROUP, RuleIds.CONTROL_CODE_MISMATCH);
    }

    @Test
    void referredRequestApprovedByAManagerGoesToMatching() {
        String id = referred();
        ProcessInstance instance = driver.instance(id);
        assertThat(instance).isWaitingAt(TASK_BALANCE_REVIEW);
        assertThat(task(instance)).hasCandidateGroup("managers");
        assertThat(view(id).get("status").asText()).isEqualTo("BALANCE_REVIEW");
        Map<String, Object> formVariables = engine.getTaskService().getVariablesLocal(task(instance).getId());
        assertThat((String) formVariables.get("screeningSummary")).contains("REFERRED").contains("SCR-");

        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW,
                Map.of("balanceDecision", "APPROVE", "justification", JUSTIFICATION));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        assertThat(instance).hasPassedInOrder(TASK_BALANCE_REVIEW, TASK_RECORD_BALANCE_DECISION, GATEWAY_APPROVED);
        JsonNode view = view(id);
        assertThat(history(view)).as("approved for matching").contains("MATCHING");
        assertThat(view.at("/screening/review/decision").asText()).isEqualTo("APPROVE");
        assertThat(view.at("/screening/review/by").asText()).isEqualTo("manager");
        JsonNode review = last(api.as("manager").get("/api/requests/" + id + "/decisions").json());
        assertThat(review.get("kind").asText()).isEqualTo("BALANCE_REVIEW");
        assertThat(review.get("justification").asText()).isEqualTo(JUSTIFICATION);
        assertThat(review.get("decidedBy").asText()).isEqualTo("manager");
    }

    @Test
    void proposedDenialUnderASecurityCouncilMeasureIsDeniedInFullOnlyByAManager() {
        Map<String, Object> body = Requests.from("PRK");
        body.put("items", List.of(Requests.item("EQUIPMENT", "Fermenter 100 L with steam sterilisation", 1)));
        String id = reviewedComplete(body, "caseworker");
        ProcessInstance instance = driver.instance(id);

        // nothing is denied automatically: the proposal waits for a manager
        assertThat(instance).isWaitingAt(TASK_BALANCE_REVIEW);
        assertThat(view(id).at("/screening/outcome").asText()).isEqualTo("DENIED");
        assertThat(view(id).get("status").asText()).isEqualTo("BALANCE_REVIEW");

        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("balanceDecision", "DENY",
                "legalGround", "UNSC_MEASURE", "justification", "UNSC resolution 1718 (2006) bars dual-use biological items to the DPRK"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        assertThat(instance).hasPassed(TASK_RECORD_BALANCE_DECISION, END_REQUEST_DENIED).isEnded();
        JsonNode view = view(id);
        assertThat(view.get("status").asText()).isEqualTo("DENIED");
        assertThat(last(view.get("history")).get("note").asText()).contains("1718");
        assertThat(view.at("/screening/review/legalGround").asText()).isEqualTo("UNSC_MEASURE");
    }

    @Test
    void denialRestrictsOnlyTheRestrictedItemsAndTheRestProceeds() {
        Map<String, Object> body = Requests.from("PRK");
        body.put("items", List.of(Requests.item("EQUIPMENT", "Fermenter 100 L", 1),
                Requests.item("TRAINING", "Laboratory quality management course", 10)));
        String id = reviewedComplete(body, "caseworker");

        tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("balanceDecision", "DENY", "legalGround", "UNSC_MEASURE",
                "justification", "UNSC 1718 covers the fermenter; the training course is not restricted"));

        assertThat(driver.instance(id)).hasPassed(GATEWAY_APPROVED).hasNotPassed(END_REQUEST_DENIED);
        JsonNode review = last(api.as("caseworker").get("/api/requests/" + id + "/decisions").json());
        assertThat(review.at("/findings/deniedInFull").asBoolean()).isFalse();
        assertThat(review.at("/findings/items/0/outcome").asText()).isEqualTo("DENIED");
        assertThat(review.at("/findings/items/1/outcome").asText()).isEqualTo("CLEARED");
        assertThat(history(view(id))).as("approved in part, for matching").contains("MATCHING");
    }

    @Test
    void balanceReviewWithoutAGroundedJustificationIsRefused() {
        String id = referred();
        String taskId = tasklist.task(id, TASK_BALANCE_REVIEW).getId();

        Api.Response shortJustification = tasklist.submitForm("manager", taskId,
                Map.of("balanceDecision", "APPROVE", "justification", "fine"));
        assertThat(shortJustification.status()).isEqualTo(400);
        assertThat(shortJustification.body()).contains("justification");

        Api.Response denyWithoutGround = tasklist.submitForm("manager", taskId,
                Map.of("balanceDecision", "DENY", "justification", JUSTIFICATION));
        assertThat(denyWithoutGround.status()).isEqualTo(400);
        assertThat(denyWithoutGround.body()).contains("legalGround");

        // Kenya is under no Security Council measure: that ground would be a restriction by identity
        Api.Response unsupportedGround = tasklist.submitForm("manager", taskId,
                Map.of("balanceDecision", "DENY", "legalGround", "UNSC_MEASURE", "justification", JUSTIFICATION));
        assertThat(unsupportedGround.status()).isEqualTo(400);
        assertThat(unsupportedGround.body()).contains("not supported by the screening findings");

        Api.Response unknownDecision = tasklist.submitForm("manager", taskId,
                Map.of("balanceDecision", "MAYBE", "justification", JUSTIFICATION));
        assertThat(unknownDecision.status()).isEqualTo(400);

        assertThat(driver.instance(id)).isWaitingAt(TASK_BALANCE_REVIEW);
        assertThat(kinds(api.as("manager").get("/api/requests/" + id + "/decisions").json()))
                .doesNotContain("BALANCE_REVIEW");
    }

    @Test
    void referralHeldBeyondTheHoldLimitEscalatesToManagers() {
        String id = referred();
        ProcessInstance instance = driver.instance(id);

        driver.letTimePass(Duration.ofDays(13));
        assertThat(instance).isWaitingAt(TASK_BALANCE_REVIEW);
        driver.letTimePass(Duration.ofDays(2));
        assertThat(instance).hasPassed(TIMER_REFERRAL_HOLD_LIMIT).isWaitingAt(TASK_RESOLVE_ESCALATION);
        assertThat(task(instance)).hasCandidateGroup("managers");

        Api.Response close = tasklist.submitForm("manager", id, TASK_RESOLVE_ESCALATION, Map.of("escalationAction", "CLOSE"));
        assertThat(close.status()).isEqualTo(400);
        assertThat(close.body()).contains("closed only by a Balance review decision");

        Api.Response proceed = tasklist.submitForm("manager", id, TASK_RESOLVE_ESCALATION,
                Map.of("escalationAction", "CONTINUE", "note", "Expert opinion from the WHO BioHub expected this week"));
        assertThat(proceed.status()).as(proceed.body()).isEqualTo(204);
        assertThat(instance).hasPassed(TASK_RECORD_ESCALATION_RESOLUTION).isWaitingAt(TASK_BALANCE_REVIEW);
        assertThat(view(id).get("status").asText()).isEqualTo("BALANCE_REVIEW");
        JsonNode escalation = last(api.as("manager").get("/api/requests/" + id + "/decisions").json());
        assertThat(escalation.get("kind").asText()).isEqualTo("ESCALATION");
        assertThat(escalation.get("outcome").asText()).isEqualTo("CONTINUE");
        assertThat(escalation.get("decidedBy").asText()).isEqualTo("manager");
    }

    @Test
    void stateWithdrawsDuringBalanceReview() {
        String id = referred();
        ProcessInstance instance = driver.instance(id);
        assertThat(api.as("ken-ncp").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "No longer needed")).status())
                .isEqualTo(202);
        assertThat(instance).hasPassed(END_REQUEST_WITHDRAWN).hasNotPassed(TASK_RECORD_BALANCE_DECISION).isEnded();
        assertThat(view(id).get("status").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void decisionsOfAnotherStatesRequestAreNotFound() {
        String id = reviewedComplete(Requests.kenyaTraining(), "ken-ncp");
        assertThat(api.as("uga-ncp").get("/api/requests/" + id + "/decisions").status()).isEqualTo(404);
        assertThat(api.as("ken-ncp").get("/api/requests/" + id + "/decisions").status()).isEqualTo(200);
    }

    // --- path fragments -------------------------------------------------------------------------------

    /** Kenya asks for a risk-group-4 agent for a BSL-2 laboratory: referred to a manager. */
    String referred() {
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("items", List.of(Requests.item("AGENT", "Ebola virus inactivated reference material", 1)));
        String id = reviewedComplete(body, "ken-ncp");
        assertThat(view(id).at("/screening/outcome").asText()).isEqualTo("REFERRED");
        return id;
    }

    String reviewedComplete(Map<String, Object> body, String submitter) {
        Api.Response submitted = api.as(submitter).post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        driver.runDueJobs();
        Api.Response reviewed = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        assertThat(view(id).get("status").asText()).isEqualTo("SCREENING");
        driver.runDueJobs();
        return id;
    }

    JsonNode view(String id) {
        return api.as("caseworker").get("/api/requests/" + id).json();
    }

    static List<String> history(JsonNode view) {
        List<String> statuses = new ArrayList<>();
        view.get("history").forEach(h -> statuses.add(h.get("status").asText()));
        return statuses;
    }

    static List<String> kinds(JsonNode decisions) {
        List<String> kinds = new ArrayList<>();
        decisions.forEach(d -> kinds.add(d.get("kind").asText()));
        return kinds;
    }

    static JsonNode last(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).reduce((a, b) -> b).orElseThrow();
    }
}
