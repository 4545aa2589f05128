package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Browser scenario 2: a manager decides a referred request's Balance review in Tasklist. */
@ScenarioTest
class BalanceReviewInTasklistTest extends BrowserScenario {

    static final String JUSTIFICATION = "Inactivated material only, rule SCR-RISK-GROUP-4 reviewed: no live agent, BSL-2 suffices";
    static final List<String> MATCHING_OR_LATER = List.of("MATCHING", "AWAITING_OFFEROR", "OPEN_NEED", "FUNDING",
            "IMPLEMENTATION", "REPORTING", "COMPLETED");

    @Test
    void managerApprovesAReferredRequestWithAJustification() {
        String id = referred();
        Task review = task(id, TASK_BALANCE_REVIEW);

        TasklistPage tasklist = tasklist().logIn("manager").searchByBusinessKey(id);
        assertThat(tasklist.listedTaskNames()).containsExactly("Review Article III / Article X balance \u2014 " + id + ", Kenya");
        tasklist.openFromList(review.getId(), "Review Article III / Article X balance \u2014 " + id + ", Kenya");

        TaskForm form = form(review);
        assertThat(form.value("requestReference")).isEqualTo(id);
        assertThat(form.value("requestingStateName")).isEqualTo("Kenya (KEN)");
        assertThat(form.value("requestItems")).contains("Ebola virus inactivated reference material");
        assertThat(form.value("screeningSummary")).contains("REFERRED");
        assertThat(form.options("balanceDecision")).containsExactly("Approve", "Approve with conditions", "Deny");
        assertThat(form.value("itemDecisions")).as("the items to decide, for a decision per item").contains("\"index\" : 1");

        tasklist.claim();
        form.choose("balanceDecision", "Approve");
        assertThat(form.isShown("legalGround")).as("a legal ground is asked for a denial only").isFalse();
        browser.documentationScreenshot("tasklist-balance-review.png", 1100);

        // too short: the form says so at once and will not submit
        form.type("justification", "Looks fine");
        assertThat(form.error("justification")).isEqualTo("Field must have minimum length of 30.");
        assertThat(tasklist.completeEnabled()).isFalse();

        // a denial citing a Security Council measure passes the form, but Kenya is under none: the server refuses it
        form.choose("balanceDecision", "Deny");
        assertThat(form.options("legalGround")).containsExactly("UN Security Council measure covering the item",
                "The item is a weapon or means of delivery");
        form.choose("legalGround", "UN Security Council measure covering the item");
        form.type("justification", "Denied under a Security Council measure on biological items");
        tasklist.complete();
        assertThat(tasklist.notification()).contains("legalGround").contains("not supported by the screening findings");
        assertThat(this.tasklist.task(id, TASK_BALANCE_REVIEW)).as("the review is still open").isNotNull();
        assertThat(status(id)).isEqualTo("BALANCE_REVIEW");

        form.choose("balanceDecision", "Approve");
        form.waitUntilHidden("legalGround");
        form.type("justification", JUSTIFICATION);
        tasklist.complete();
        tasklist.waitUntilNotListed(review.getId());

        assertThat(this.tasklist.task(id, TASK_BALANCE_REVIEW)).isNull();
        driver.runDueJobs();
        assertThat(status(id)).isIn(MATCHING_OR_LATER);
        JsonNode decision = last(api.as("manager").get("/api/requests/" + id + "/decisions").json());
        assertThat(decision.get("kind").asText()).isEqualTo("BALANCE_REVIEW");
        assertThat(decision.get("justification").asText()).isEqualTo(JUSTIFICATION);
        assertThat(decision.get("decidedBy").asText()).isEqualTo("manager");
        assertThat(view(id).at("/screening/review/decision").asText()).isEqualTo("APPROVE");
    }

    /**
     * A request of the DPRK for a fermenter a Security Council measure bars and one referred for its capacity.
     * The manager first tries to approve both (the server refuses, naming the item and the measure), then decides item
     * by item in the list Tasklist shows: the barred one denied on the measure, the other approved with conditions.
     */
    @Test
    void managerDecidesItemByItemAndCannotApproveWhatASecurityCouncilMeasureBars() {
        Map<String, Object> body = Requests.from("PRK");
        body.put("category", "LABORATORY_EQUIPMENT");
        body.put("items", List.of(Requests.item("EQUIPMENT", "Fermenter 100 L with steam sterilisation", 1),
                Requests.item("EQUIPMENT", "Fermenter for yoghurt starter cultures", 1)));
        String id = reviewedComplete("caseworker", body);
        assertThat(status(id)).isEqualTo("BALANCE_REVIEW");
        Task review = task(id, TASK_BALANCE_REVIEW);

        TasklistPage tasklist = tasklist().logIn("manager").searchByBusinessKey(id);
        tasklist.openFromList(review.getId(), "Review Article III / Article X balance \u2014 " + id + ", North Korea");
        TaskForm form = form(review);
        assertThat(form.value("screeningFindings")).contains("Item 1: DENIED").contains("barred by a Security Council measure");
        assertThat(form.value("itemDecisions")).contains("\"index\" : 1").contains("\"index\" : 2");
        tasklist.claim();

        form.choose("balanceDecision", "Approve");
        form.type("justification", "Both fermenters serve the dairy research institute's starter cultures");
        tasklist.complete();
        assertThat(tasklist.notification()).contains("balanceDecision").contains("item 1").contains("Security Council")
                .contains("UNSC-1718-PRK");
        assertThat(this.tasklist.task(id, TASK_BALANCE_REVIEW)).as("the review is still open").isNotNull();

        form.type("itemDecisions", "[{\"index\": 1, \"decision\": \"DENY\", \"legalGround\": \"UNSC_MEASURE\"},"
                + " {\"index\": 2, \"decision\": \"APPROVE_WITH_CONDITIONS\", \"conditions\": \"Capacity below 20 L, certified\"}]");
        form.type("justification", "Resolution 1718 (2006) bars the 100 L fermenter; the other one is below 20 L");
        browser.documentationScreenshot("tasklist-balance-review-per-item.png", 1100);
        tasklist.complete();
        tasklist.waitUntilNotListed(review.getId());

        driver.runDueJobs();
        assertThat(status(id)).as("approved in part").isIn(MATCHING_OR_LATER);
        JsonNode decision = last(api.as("manager").get("/api/requests/" + id + "/decisions").json());
        assertThat(decision.get("kind").asText()).isEqualTo("BALANCE_REVIEW");
        assertThat(decision.at("/findings/decisions/0/decision").asText()).isEqualTo("DENY");
        assertThat(decision.at("/findings/decisions/0/legalGround").asText()).isEqualTo("UNSC_MEASURE");
        assertThat(decision.at("/findings/decisions/1/conditions").asText()).isEqualTo("Capacity below 20 L, certified");
        assertThat(decision.at("/findings/deniedInFull").asBoolean()).isFalse();
    }

    /** Kenya asks for a risk-group-4 agent for a BSL-2 laboratory; a caseworker finds it complete: referred. */
    String referred() {
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("items", List.of(Requests.item("AGENT", "Ebola virus inactivated reference material", 1)));
        String id = reviewedComplete("ken-ncp", body);
        assertThat(status(id)).isEqualTo("BALANCE_REVIEW");
        assertThat(view(id).at("/screening/outcome").asText()).isEqualTo("REFERRED");
        return id;
    }

    static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }
}
