package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_AWAIT_IMPLEMENTATION_START;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETION_REPORT;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SUBMIT_COMPLETION_REPORT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Tasklist;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conditions travel with the case (docs/rules.md): the offering party, the exporter, reads the conditions and the
 * items denied in its {@code respondToMatch} task, accepts only by acknowledging the conditions (through its Tasklist
 * and through {@code POST /offer-response} alike), and the completion report says whether each was met. Run on H2 and
 * PostgreSQL.
 */
abstract class ConditionsScenarios extends CaseScenario {

    static final String JUSTIFICATION = "Item 1 is referred for its capacity only; the exporter certifies it is below 20 L";
    static final String CAPACITY_CONDITION = "Capacity below 20 L, certified by the exporter";

    @Autowired
    JdbcClient jdbc;

    @Test
    void offeringPartyReadsAndAcknowledgesTheConditionsAndTheCompletionReportSaysWhetherEachWasMet() {
        String offer = walk.publishedOffer("deu-ncp", Offers.offer("DEU", "LABORATORY_EQUIPMENT", List.of("AFRICAN"), true, 2));
        String id = walk.atBalanceReview("KEN", "Fermenter for yoghurt starter cultures", "50-litre single-use bioreactor",
                "Laboratory quality management course");
        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("justification", JUSTIFICATION,
                "itemDecisions", "[{\"index\":1,\"decision\":\"APPROVE_WITH_CONDITIONS\",\"conditions\":\"" + CAPACITY_CONDITION + "\"}]"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        driver.runDueJobs();
        assertThat(driver.instance(id)).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", offer)).status()).isEqualTo(204);

        // Germany reads the conditions meant for it, per item, in its own task
        String taskId = tasklist.task(id, TASK_RESPOND_TO_MATCH).getId();
        JsonNode reads = api.as("deu-ncp").get("/engine-rest/task/" + taskId + "/form-variables").json();
        assertThat(reads.at("/offerConditions/value").asText()).contains("Item 1: " + CAPACITY_CONDITION)
                .contains("Item 2: End-use assurance");
        assertThat(reads.at("/deniedItems/value").asText()).isEqualTo("(none)");
        assertThat(reads.at("/conditionsToAcknowledge/value").asBoolean()).isTrue();
        assertThat(reads.at("/requestItems/value").asText()).contains("Fermenter for yoghurt").contains("quality management");

        // ... and cannot accept without acknowledging them, neither in Tasklist nor through the API
        Api.Response tasklistAccept = tasklist.submitForm("deu-ncp", taskId, Map.of("offerAccepted", true));
        assertThat(tasklistAccept.status()).isEqualTo(400);
        assertThat(tasklistAccept.body()).contains("conditionsAcknowledged");
        Api.Response apiAccept = api.as("deu-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", offer, "accepted", true, "note", "Delivery in May"));
        assertThat(apiAccept.status()).isEqualTo(400);
        assertThat(apiAccept.contentType()).startsWith("application/problem+json");
        assertThat(apiAccept.json().at("/errors/0/field").asText()).isEqualTo("conditionsAcknowledged");
        assertThat(walk.status(id)).isEqualTo("AWAITING_OFFEROR");

        Api.Response accepted = api.as("deu-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", offer, "accepted", true, "note", "Delivery in May", "conditionsAcknowledged", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        driver.runDueJobs();
        assertThat(driver.instance(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        assertThat(jdbc.sql("SELECT acknowledged_conditions FROM match_proposal WHERE request_id = ? AND status = 'ACCEPTED'")
                .param(id).query(String.class).single()).contains(CAPACITY_CONDITION).contains("Item 2");

        assertThat(walk.implementation("ken-ncp", id, "STARTED", "Installed").status()).isEqualTo(202);
        assertThat(walk.implementation("ken-ncp", id, "COMPLETED", "Handed over").status()).isEqualTo(202);
        assertThat(walk.status(id)).isEqualTo("REPORTING");

        // the completion report must answer each condition, with a reason for one not met
        Api.Response silent = report(id, null);
        assertThat(silent.status()).isEqualTo(400);
        assertThat(silent.body()).contains("conditionsMet");
        Api.Response noReason = report(id, List.of(answer(1, true, null), answer(2, false, null)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("conditionsMet[1].note");
        Api.Response unknownItem = report(id, List.of(answer(1, true, null), answer(3, true, null)));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.body()).contains("conditionsMet[1].index");
        Api.Response reported = report(id, List.of(answer(1, true, "Certificate of 18 L"),
                answer(2, false, "End-user certificate still with the ministry")));
        assertThat(reported.status()).as(reported.body()).isEqualTo(202);

        JsonNode stored = api.as("ken-ncp").get("/api/requests/" + id + "/completion-report").json().at("/reports/0/conditionsMet");
        assertThat(stored.size()).isEqualTo(2);
        assertThat(stored.get(0).get("condition").asText()).isEqualTo(CAPACITY_CONDITION);
        assertThat(stored.get(0).get("met").asBoolean()).isTrue();
        assertThat(stored.get(1).get("met").asBoolean()).isFalse();
        assertThat(stored.get(1).get("note").asText()).contains("ministry");
        // the caseworker reviewing the report sees the answers
        String review = tasklist.task(id, TASK_REVIEW_COMPLETION_REPORT).getId();
        assertThat(api.as("caseworker").get("/engine-rest/task/" + review + "/form-variables").json()
                .at("/conditionsMet/value").asText()).contains(CAPACITY_CONDITION).contains("ministry");

        // a revision starts from the answers sent, and Kenya's Tasklist sends them on as they stand
        assertThat(tasklist.submitForm("caseworker", review, Map.of("reportAccepted", false,
                "revisionRequest", "Attach the end-user certificate once issued")).status()).isEqualTo(204);
        String revision = tasklist.task(id, TASK_SUBMIT_COMPLETION_REPORT).getId();
        assertThat((String) engine.getTaskService().getVariableLocal(revision, "conditionsMet")).contains("ministry");
        Api.Response resubmitted = tasklist.submitForm("ken-ncp", revision, Map.of("reportSummary",
                "Fermenters installed, staff trained; certificate issued", "beneficiaries", 12));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(204);
        JsonNode second = api.as("ken-ncp").get("/api/requests/" + id + "/completion-report").json().at("/reports/1/conditionsMet");
        assertThat(second.size()).isEqualTo(2);
        assertThat(second.get(1).get("note").asText()).contains("ministry");
    }

    @Test
    void deniedItemsAreShownAsDeniedAndARequestWithoutConditionsIsAcceptedWithoutAcknowledgement() {
        String offer = walk.publishedOffer("jpn-ncp", Offers.offer("JPN", "LABORATORY_EQUIPMENT", List.of("ASIA_PACIFIC"), true, 1));
        String id = walk.atBalanceReview("PRK", "Fermenter 100 L with steam sterilisation", "Laboratory quality management course");
        assertThat(tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("balanceDecision", "DENY",
                "legalGround", "UNSC_MEASURE", "justification", "Resolution 1718 (2006) bars the fermenter to the DPRK"))
                .status()).isEqualTo(204);
        driver.runDueJobs();
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", offer)).status()).isEqualTo(204);

        String taskId = tasklist.task(id, TASK_RESPOND_TO_MATCH).getId();
        JsonNode reads = api.as("jpn-ncp").get("/engine-rest/task/" + taskId + "/form-variables").json();
        assertThat(reads.at("/deniedItems/value").asText()).contains("1. Fermenter 100 L").contains("not to be provided");
        assertThat(reads.at("/requestItems/value").asText()).doesNotContain("Fermenter").contains("quality management");
        assertThat(reads.at("/offerConditions/value").asText()).isEqualTo("(none)");
        assertThat(reads.at("/conditionsToAcknowledge/value").asBoolean()).isFalse();

        Api.Response accepted = api.as("jpn-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", offer, "accepted", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(walk.status(id)).isEqualTo("FUNDING");
    }

    // --- path fragments -------------------------------------------------------------------------------

    Api.Response report(String id, List<Map<String, Object>> conditionsMet) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", "Fermenters installed and staff trained");
        body.put("outcomes", List.of("Two fermenters in use"));
        body.put("beneficiaries", 12);
        if (conditionsMet != null) {
            body.put("conditionsMet", conditionsMet);
        }
        return api.as("ken-ncp").post("/api/requests/" + id + "/completion-report", body);
    }

    static Map<String, Object> answer(int index, boolean met, String note) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("index", index);
        answer.put("met", met);
        answer.put("note", note);
        return answer;
    }
}
