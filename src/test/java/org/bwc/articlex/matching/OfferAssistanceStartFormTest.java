package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Offer assistance" started from Tasklist: {@code /engine-rest/process-definition/key/assistance-offer/submit-form}
 * with the variables Tasklist sends for {@code forms/start/offer-assistance.form}. It stores the offer
 * {@code POST /api/offers} stores and publishes it the same way; a State's or an organisation's user offers for its
 * own party only; a bad submission leaves nothing.
 */
@ScenarioTest
class OfferAssistanceStartFormTest extends CaseScenario {

    private static final String KEY = "assistance-offer";

    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "Biosafety officer training");
        form.put("description", "Two courses a year at the Robert Koch Institute");
        form.put("category", "BIOSAFETY_BIOSECURITY_TRAINING");
        form.put("eligibleRegions", List.of("AFRICAN", "ASIA_PACIFIC"));
        form.put("languages", List.of("en", "fr"));
        form.put("capacity", 3);
        form.put("fundingIncluded", true);
        form.put("validUntil", LocalDate.now().plusYears(1).toString());
        return form;
    }

    @Test
    void startFormRegistersAndPublishesTheOfferThePostOfTheApiRegisters() {
        Api.Response started = tasklist.submitStartForm("deu-ncp", KEY, form());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String fromForm = started.json().get("businessKey").asText();
        assertThat(fromForm).matches("OFF-\\d{4}-\\d{4,}");

        Map<String, Object> body = form();
        body.put("offeringParty", "DEU");
        Api.Response posted = api.as("deu-ncp").post("/api/offers", body);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String fromApi = posted.json().get("id").asText();

        assertThat(comparable(api.as("deu-ncp").get("/api/offers/" + fromForm).json()))
                .isEqualTo(comparable(api.as("deu-ncp").get("/api/offers/" + fromApi).json()));
        String formInstance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(fromForm)
                .processDefinitionKey(KEY).singleResult().getId();
        String apiInstance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(fromApi)
                .processDefinitionKey(KEY).singleResult().getId();
        assertThat(engine.getRuntimeService().getVariables(formInstance))
                .isEqualTo(engine.getRuntimeService().getVariables(apiInstance));

        driver.runDueJobs();
        assertThat(api.as("deu-ncp").get("/api/offers/" + fromForm).json().get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(comparable(api.as("deu-ncp").get("/api/offers/" + fromForm).json()))
                .isEqualTo(comparable(api.as("deu-ncp").get("/api/offers/" + fromApi).json()));
    }

    @Test
    void anOrganisationsUserOffersForItsOwnOrganisation() {
        Api.Response started = tasklist.submitStartForm("who-focal", KEY, form());
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String id = started.json().get("businessKey").asText();
        assertThat(api.as("who-focal").get("/api/offers/" + id).json().get("offeringParty").asText()).isEqualTo("WHO");
    }

    @Test
    void anOfferForAnotherPartyOrByACaseworkerIsRefusedAndNothingIsWritten() {
        long offers = rows();
        Map<String, Object> forOther = form();
        forOther.put("offeringParty", "FRA");
        Api.Response refused = tasklist.submitStartForm("deu-ncp", KEY, forOther);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        Api.Response caseworker = tasklist.submitStartForm("caseworker", KEY, form());
        assertThat(caseworker.status()).as(caseworker.body()).isEqualTo(403);
        assertThat(rows()).isEqualTo(offers);
    }

    @Test
    void startFormWithNoCapacityIsRefusedWithTheApisMessageAndLeavesNothing() {
        long offers = rows();
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();
        Map<String, Object> form = form();
        form.put("capacity", 0);
        Api.Response refused = tasklist.submitStartForm("deu-ncp", KEY, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("capacity: must be at least 1");
        assertThat(rows()).isEqualTo(offers);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count())
                .isEqualTo(instances);
    }

    private long rows() {
        return jdbc.queryForObject("SELECT count(*) FROM offer", Long.class);
    }

    private static JsonNode comparable(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove(List.of("id", "createdAt", "updatedAt"));
        return copy;
    }
}
