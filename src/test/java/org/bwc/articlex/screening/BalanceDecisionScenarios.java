package org.bwc.articlex.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_DENIED;
import static org.bwc.articlex.process.AssistanceRequestProcess.GATEWAY_APPROVED;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_BALANCE_DECISION;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Tasklist;
import org.junit.jupiter.api.Test;

/**
 * Balance review item by item (docs/rules.md, {@code itemDecisions}), as a manager submits it through Tasklist's
 * {@code /engine-rest/task/{id}/submit-form}: one item denied and one approved with conditions proceeds in part;
 * every item denied denies the request; an item a Security Council measure bars cannot be approved; a ground the
 * item's own findings do not support is refused. Run on H2 and PostgreSQL.
 */
abstract class BalanceDecisionScenarios extends CaseScenario {

    static final String JUSTIFICATION = "Resolution 1718 (2006) bars the 100 L fermenter; the other one is below 20 L";
    static final String BARRED = "Fermenter 100 L with steam sterilisation";
    static final String NO_CAPACITY = "Fermenter for yoghurt starter cultures";

    @Test
    void oneItemDeniedAndOneApprovedWithConditionsProceedsInPart() {
        String id = walk.atBalanceReview("PRK", BARRED, NO_CAPACITY, "Laboratory quality management course");
        String taskId = tasklist.task(id, TASK_BALANCE_REVIEW).getId();
        String template = (String) engine.getTaskService().getVariableLocal(taskId, "itemDecisions");
        assertThat(template).as("Tasklist shows the items to decide").contains("\"index\" : 1").contains("\"index\" : 2")
                .doesNotContain("\"index\" : 3");
        assertThat((String) engine.getTaskService().getVariableLocal(taskId, "screeningFindings"))
                .contains("Item 1: DENIED").contains("barred by a Security Council measure");

        Api.Response decided = tasklist.submitForm("manager", taskId, Map.of("justification", JUSTIFICATION,
                "itemDecisions", """
                        [ { "index": 1, "decision": "DENY", "legalGround": "UNSC_MEASURE" },
                          { "index": 2, "decision": "APPROVE_WITH_CONDITIONS", "conditions": "Capacity below 20 L, certified by the exporter" } ]"""));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        assertThat(driver.instance(id)).hasPassed(TASK_RECORD_BALANCE_DECISION, GATEWAY_APPROVED).hasNotPassed(END_REQUEST_DENIED);
        assertThat(history(id)).as("approved in part, for matching").contains("MATCHING");
        JsonNode review = lastReview(id);
        assertThat(review.get("outcome").asText()).isEqualTo("DENY");
        assertThat(review.get("decidedBy").asText()).isEqualTo("manager");
        assertThat(review.get("decidedAt").isNull()).isFalse();
        assertThat(review.get("legalGround").asText()).isEqualTo("UNSC_MEASURE");
        assertThat(review.get("rules").toString()).contains("UNSC-1718-PRK");
        assertThat(review.at("/inputs/itemDecisions").asText()).contains("Capacity below 20 L");
        assertThat(review.at("/findings/deniedInFull").asBoolean()).isFalse();
        assertThat(outcomes(review)).containsExactly("DENIED", "CONDITIONAL", "CLEARED");
        JsonNode decisions = review.at("/findings/decisions");
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo("DENY");
        assertThat(decisions.get(0).get("legalGround").asText()).isEqualTo("UNSC_MEASURE");
        assertThat(decisions.get(1).get("decision").asText()).isEqualTo("APPROVE_WITH_CONDITIONS");
        assertThat(decisions.get(1).get("conditions").asText()).isEqualTo("Capacity below 20 L, certified by the exporter");
        assertThat(api.as("manager").get("/api/requests/" + id).json().at("/screening/review/decision").asText()).isEqualTo("DENY");
    }

    @Test
    void everyItemDeniedDeniesTheRequest() {
        String id = walk.atBalanceReview("PRK", BARRED, NO_CAPACITY);
        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("justification", JUSTIFICATION,
                "itemDecisions", "[{\"index\":1,\"decision\":\"DENY\",\"legalGround\":\"UNSC_MEASURE\"},"
                        + "{\"index\":2,\"decision\":\"DENY\",\"legalGround\":\"UNSC_MEASURE\"}]"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        assertThat(driver.instance(id)).hasPassed(END_REQUEST_DENIED).isEnded();
        assertThat(api.as("manager").get("/api/requests/" + id).json().get("status").asText()).isEqualTo("DENIED");
        JsonNode review = lastReview(id);
        assertThat(review.at("/findings/deniedInFull").asBoolean()).isTrue();
        assertThat(outcomes(review)).containsExactly("DENIED", "DENIED");
    }

    @Test
    void approvingAnItemASecurityCouncilMeasureBarsIsRefusedNamingTheItem() {
        String id = walk.atBalanceReview("PRK", BARRED, "Laboratory quality management course");
        String taskId = tasklist.task(id, TASK_BALANCE_REVIEW).getId();

        Api.Response blanket = tasklist.submitForm("manager", taskId, Map.of("balanceDecision", "APPROVE",
                "justification", JUSTIFICATION));
        assertThat(blanket.status()).isEqualTo(400);
        assertThat(blanket.body()).contains("balanceDecision").contains("item 1").contains("Security Council")
                .contains("UNSC-1718-PRK");

        Api.Response withConditions = tasklist.submitForm("manager", taskId, Map.of("justification", JUSTIFICATION,
                "itemDecisions", "[{\"index\":1,\"decision\":\"APPROVE_WITH_CONDITIONS\",\"conditions\":\"End-use visits\"}]"));
        assertThat(withConditions.status()).isEqualTo(400);
        assertThat(withConditions.body()).contains("itemDecisions[0].decision").contains("cannot be approved");

        Api.Response completed = tasklist.engineRest("manager", "/engine-rest/task/" + taskId + "/complete",
                Map.of("balanceDecision", "APPROVE_WITH_CONDITIONS", "justification", JUSTIFICATION));
        assertThat(completed.status()).as("the same rule through /complete").isEqualTo(400);
        Api.Response perItemCompleted = tasklist.engineRest("manager", "/engine-rest/task/" + taskId + "/complete",
                Map.of("justification", JUSTIFICATION, "itemDecisions", "[{\"index\":1,\"decision\":\"APPROVE\"}]"));
        assertThat(perItemCompleted.status()).isEqualTo(400);
        assertThat(perItemCompleted.body()).contains("itemDecisions[0].decision");

        assertThat(driver.instance(id)).isWaitingAt(TASK_BALANCE_REVIEW);
        assertThat(api.as("manager").get("/api/requests/" + id + "/decisions").body()).doesNotContain("BALANCE_REVIEW");
    }

    @Test
    void aGroundTheItemsOwnFindingsDoNotSupportIsRefused() {
        // the only finding is a Security Council measure: the item is not a weapon or means of delivery
        String dprk = walk.atBalanceReview("PRK", BARRED);
        Api.Response weapon = tasklist.submitForm("manager", dprk, TASK_BALANCE_REVIEW, Map.of("balanceDecision", "DENY",
                "legalGround", "WEAPON_OR_MEANS_OF_DELIVERY", "justification", JUSTIFICATION));
        assertThat(weapon.status()).isEqualTo(400);
        assertThat(weapon.body()).contains("legalGround").contains("not supported by the screening findings of this item");

        // Kenya's fermenter is referred only for its capacity: no ground at all, it is decided on its own
        String kenya = walk.atBalanceReview("KEN", NO_CAPACITY, "Laboratory quality management course");
        Api.Response unsc = tasklist.submitForm("manager", kenya, TASK_BALANCE_REVIEW, Map.of("justification", JUSTIFICATION,
                "itemDecisions", "[{\"index\":1,\"decision\":\"DENY\",\"legalGround\":\"UNSC_MEASURE\"}]"));
        assertThat(unsc.status()).isEqualTo(400);
        assertThat(unsc.body()).contains("itemDecisions[0].legalGround").contains("item 1");
        Api.Response approved = tasklist.submitForm("manager", kenya, TASK_BALANCE_REVIEW, Map.of("justification", JUSTIFICATION,
                "itemDecisions", "[{\"index\":1,\"decision\":\"APPROVE\"}]"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        assertThat(outcomes(lastReview(kenya))).containsExactly("CONDITIONAL", "CLEARED");
    }

    // --- path fragments -------------------------------------------------------------------------------

    JsonNode lastReview(String id) {
        JsonNode records = api.as("manager").get("/api/requests/" + id + "/decisions").json();
        JsonNode last = null;
        for (JsonNode record : records) {
            if (record.get("kind").asText().equals("BALANCE_REVIEW")) {
                last = record;
            }
        }
        assertThat(last).as("a Balance review record").isNotNull();
        return last;
    }

    static List<String> outcomes(JsonNode review) {
        List<String> outcomes = new ArrayList<>();
        review.at("/findings/items").forEach(i -> outcomes.add(i.get("outcome").asText()));
        return outcomes;
    }

    String history(String id) {
        return api.as("manager").get("/api/requests/" + id).json().get("history").toString();
    }
}
