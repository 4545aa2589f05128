package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_ACKNOWLEDGE_CONCERN;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A State raises a concern from its denied case and a caseworker acknowledges it in Tasklist. The State
 * raises it over the API (there is no States' portal yet), as the denial e-mail tells it to.
 */
@ScenarioTest
class ConcernAcknowledgedInTasklistTest extends BrowserScenario {

    @Test
    void stateRaisesAConcernAboutItsDeniedRequestAndTheCaseworkerAcknowledgesItInTasklist() {
        String requestId = walk.denied();
        Api.Response raised = api.as("ken-ncp").post("/api/concerns", Map.of("raisedBy", "KEN", "requestId", requestId,
                "statement", "The aerosol generator is for vaccine aerosol-challenge studies; the denial hampers peaceful development."));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asText();
        Task acknowledge = task(id, TASK_ACKNOWLEDGE_CONCERN);

        TasklistPage tasklist = tasklist().logIn("caseworker").searchByBusinessKey(id);
        assertThat(tasklist.listedTaskNames()).containsExactly("Acknowledge concern \u2014 " + id + ", Kenya");
        tasklist.openFromList(acknowledge.getId(), "Acknowledge concern \u2014 " + id + ", Kenya");

        TaskForm form = form(acknowledge);
        assertThat(form.value("concernReference")).isEqualTo(id);
        assertThat(form.value("concernRaisedBy")).isEqualTo("KEN");
        assertThat(form.value("concernRequest")).isEqualTo(requestId);
        assertThat(form.value("concernStatement")).contains("vaccine aerosol-challenge studies");

        tasklist.claim();
        // without a message to the party the form stops it; a message of blanks is refused by the server
        tasklist.complete();
        assertThat(form.error("acknowledgement")).isEqualTo("Field is required.");
        form.type("acknowledgement", "    ");
        tasklist.complete();
        assertThat(tasklist.notification()).contains("acknowledgement").contains("is required");
        assertThat(task(id, TASK_ACKNOWLEDGE_CONCERN).getId()).as("still open").isEqualTo(acknowledge.getId());

        tasklist.dismissNotifications();
        form.type("acknowledgement", "The ISU acknowledges Kenya's concern and opens consultations.");
        tasklist.complete();
        tasklist.waitUntilNotListed(acknowledge.getId());

        JsonNode concern = api.as("ken-ncp").get("/api/concerns/" + id).json();
        assertThat(concern.get("status").asText()).isEqualTo("IN_CONSULTATION");
        assertThat(concern.get("history").toString()).contains("\"event\":\"ACKNOWLEDGED\"").contains("\"by\":\"caseworker\"");
        assertThat(this.tasklist.task(id, "submitPosition")).as("Kenya's turn to state its position").isNotNull();
    }
}
