package org.bwc.articlex.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_CLARIFICATION_LAPSED;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_OFFER_RESPONSE_TIMEOUT;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_REFERRAL_HOLD_LIMIT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist made for the work, seen through the doors Tasklist uses: every task's name carries the case's reference
 * and State, its due date is the deadline of the process's own timer, and the shared filters exist once each, show
 * the case's columns and list what they promise to the groups they are meant for.
 */
abstract class TasklistScenarios extends CaseScenario {

    @Autowired
    TasklistFilters tasklistFilters;

    @Test
    void clarificationTaskIsNamedForTheCaseAndDueWhenTheRequestWouldLapse() {
        String id = submitted("KEN");
        Task review = tasklist.task(id, TASK_REVIEW_COMPLETENESS);
        assertThat(review.getName()).isEqualTo("Review request for completeness \u2014 " + id + ", Kenya");
        assertThat(review.getDueDate()).as("no timer bounds the review").isNull();

        assertThat(tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", false,
                "clarificationQuestion", "Which BSL-2 cabinets does the laboratory already have?")).status()).isEqualTo(204);
        Task clarification = tasklist.task(id, TASK_PROVIDE_CLARIFICATION);
        assertThat(clarification.getName()).isEqualTo("Provide clarification \u2014 " + id + ", Kenya");
        assertThat(clarification.getDueDate()).isEqualTo(timer(clarification.getProcessInstanceId(), TIMER_CLARIFICATION_LAPSED).getDuedate());

        JsonNode seenByKenya = api.as("ken-ncp").get("/engine-rest/task/" + clarification.getId()).json();
        assertThat(seenByKenya.get("name").asText()).endsWith(id + ", Kenya");
        assertThat(seenByKenya.get("due").isNull()).isFalse();
        JsonNode columns = api.as("ken-ncp").get("/engine-rest/task/" + clarification.getId() + "/localVariables").json();
        assertThat(columns.get("caseReference").get("value").asText()).isEqualTo(id);
        assertThat(columns.get("caseParty").get("value").asText()).isEqualTo("Kenya");
        assertThat(columns.get("caseCategory").get("value").asText()).isEqualTo("Biosafety and biosecurity training");
    }

    @Test
    void balanceReviewIsDueAtTheHoldLimitAndListedAsWaiting() {
        String id = walk.atBalanceReview("UGA", "Fermenter for yoghurt starter cultures", "Laboratory quality management course");
        Task review = tasklist.task(id, TASK_BALANCE_REVIEW);
        assertThat(review.getName()).isEqualTo("Review Article III / Article X balance \u2014 " + id + ", Uganda");
        assertThat(review.getDueDate()).isEqualTo(timer(review.getProcessInstanceId(), TIMER_REFERRAL_HOLD_LIMIT).getDuedate());

        assertThat(listed("manager", TasklistFilters.BALANCE_REVIEWS)).contains(review.getId());
        assertThat(listed("caseworker", TasklistFilters.DUE_THIS_WEEK)).doesNotContain(review.getId()); // 14 days away
        driver.letTimePass(java.time.Duration.ofDays(8));
        tasklistFilters.refreshDueThisWeek();
        assertThat(listed("caseworker", TasklistFilters.DUE_THIS_WEEK)).contains(review.getId());
    }

    @Test
    void offeringPartysTaskIsDueWhenTheRequestersTimerTakesTheProposalAway() {
        String offer = walk.publishedOffer("deu-ncp", Offers.offer("DEU", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("AFRICAN"), false, 1));
        String id = walk.approved(Requests.kenyaTraining());
        assertThat(tasklist.submitForm("caseworker", id, "confirmMatch", Map.of("selectedOfferId", offer)).status()).isEqualTo(204);
        Task respond = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(TASK_RESPOND_TO_MATCH).singleResult();
        assertThat(respond.getName()).isEqualTo("Respond to proposed match \u2014 " + id + ", Kenya");
        String requester = driver.instance(id).getId();
        assertThat(respond.getDueDate()).isEqualTo(timer(requester, TIMER_OFFER_RESPONSE_TIMEOUT).getDuedate());
        assertThat(listed("deu-ncp", TasklistFilters.MY_STATE)).contains(respond.getId());
        assertThat(listed("ken-ncp", TasklistFilters.MY_STATE)).doesNotContain(respond.getId());
    }

    @Test
    void eachPartySeesItsOwnStatesFilterOnceAndOnlyItsTasks() {
        String kenya = submitted("KEN");
        String uganda = submitted("UGA");
        for (String id : List.of(kenya, uganda)) {
            assertThat(tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", false,
                    "clarificationQuestion", "Which cabinets does the laboratory have?")).status()).isEqualTo(204);
        }
        tasklistFilters.writeAll(); // a restart: nothing is duplicated
        tasklistFilters.writeAll();

        List<String> kenyasFilters = filterNames("ken-ncp");
        assertThat(kenyasFilters).containsOnlyOnce(TasklistFilters.MY_STATE).doesNotContain(TasklistFilters.DUE_THIS_WEEK,
                TasklistFilters.BALANCE_REVIEWS);
        assertThat(listed("ken-ncp", TasklistFilters.MY_STATE)).contains(tasklist.task(kenya, TASK_PROVIDE_CLARIFICATION).getId())
                .doesNotContain(tasklist.task(uganda, TASK_PROVIDE_CLARIFICATION).getId());
        assertThat(filterNames("manager")).containsOnlyOnce(TasklistFilters.DUE_THIS_WEEK).containsOnlyOnce(TasklistFilters.BALANCE_REVIEWS)
                .doesNotContain(TasklistFilters.MY_STATE);
        assertThat(filterNames("caseworker")).containsOnlyOnce("All tasks");

        JsonNode filter = filter("ken-ncp", TasklistFilters.MY_STATE);
        List<String> columns = new ArrayList<>();
        filter.get("properties").get("variables").forEach(v -> columns.add(v.get("name").asText()));
        assertThat(columns).containsExactly("caseReference", "caseParty", "caseCategory");
    }

    private String submitted(String state) {
        Api.Response response = api.as(state.toLowerCase() + "-ncp").post("/api/requests", Requests.from(state));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asText();
        driver.runDueJobs();
        return id;
    }

    private Job timer(String processInstanceId, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().singleResult();
    }

    private List<String> filterNames(String user) {
        List<String> names = new ArrayList<>();
        api.as(user).get("/engine-rest/filter?resourceType=Task").json().forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private JsonNode filter(String user, String name) {
        for (JsonNode f : api.as(user).get("/engine-rest/filter?resourceType=Task").json()) {
            if (f.get("name").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError(user + " has no filter " + name);
    }

    /** The ids of the tasks the filter lists for the user, as Tasklist's list asks for them. */
    private List<String> listed(String user, String filterName) {
        Api.Response list = api.as(user).post("/engine-rest/filter/" + filter(user, filterName).get("id").asText() + "/list", Map.of());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
