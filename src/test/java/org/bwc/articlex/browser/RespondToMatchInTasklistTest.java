package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;

import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The offering party, the exporter, reads the conditions of the request in its own Tasklist and accepts only
 * by acknowledging them.
 */
@ScenarioTest
class RespondToMatchInTasklistTest extends BrowserScenario {

    @Test
    void offeringPartyAcknowledgesTheConditionsToAccept() {
        Api.Response offer = api.as("deu-ncp").post("/api/offers",
                Offers.offer("DEU", "LABORATORY_EQUIPMENT", List.of("AFRICAN"), true, 1));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        String offerId = offer.json().get("id").asText();
        driver.runDueJobs();
        Map<String, Object> body = Requests.from("KEN");
        body.put("category", "LABORATORY_EQUIPMENT");
        body.put("items", List.of(Requests.item("EQUIPMENT", "50-litre single-use bioreactor", 1)));
        String id = reviewedComplete("ken-ncp", body);
        assertThat(status(id)).as("controlled, allowed with conditions").isEqualTo("MATCHING");
        assertThat(this.tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", offerId)).status())
                .isEqualTo(204);
        Task respond = task(id, TASK_RESPOND_TO_MATCH);

        TasklistPage tasklist = tasklist().logIn("deu-ncp").searchByBusinessKey(id);
        assertThat(tasklist.listedTaskNames()).containsExactly("Respond to proposed match \u2014 " + id + ", Kenya");
        tasklist.openFromList(respond.getId(), "Respond to proposed match \u2014 " + id + ", Kenya");
        TaskForm form = form(respond);
        assertThat(form.value("requestReference")).isEqualTo(id);
        assertThat(form.value("requestItems")).contains("50-litre single-use bioreactor");
        assertThat(form.value("offerConditions")).contains("Item 1: End-use assurance").contains("No re-export");
        assertThat(form.value("deniedItems")).isEqualTo("(none)");
        assertThat(form.isShown("conditionsAcknowledged")).as("asked because there are conditions").isTrue();
        tasklist.claim();

        form.tick("offerAccepted");
        tasklist.complete();
        assertThat(tasklist.notification()).contains("conditionsAcknowledged").contains("acknowledge them to accept");
        assertThat(this.tasklist.task(id, TASK_RESPOND_TO_MATCH)).as("still to be answered").isNotNull();

        form.tick("conditionsAcknowledged");
        tasklist.complete();
        tasklist.waitUntilNotListed(respond.getId());
        driver.runDueJobs();
        assertThat(status(id)).isIn("FUNDING", "IMPLEMENTATION");
        assertThat(view(id).get("matchedOfferId").asText()).isEqualTo(offerId);
    }
}
