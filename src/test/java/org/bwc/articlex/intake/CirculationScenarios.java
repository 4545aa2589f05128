package org.bwc.articlex.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Requests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The consent to circulation through the API (docs/rules.md, "Consent to circulation"): chosen at submission, changed
 * with {@code PUT /api/requests/{id}/circulation} by the requesting State only, every change in the history, bad
 * choices refused with the field named and nothing written. Run on H2 and PostgreSQL.
 */
abstract class CirculationScenarios extends CaseScenario {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestRepository repository;

    @Test
    void submittedWithoutAChoiceTheRequestCirculatesToAllProvidersAndTheHistorySaysSo() {
        Api.Response submitted = api.as("sen-ncp").post("/api/requests", Requests.from("SEN"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.json().get("circulation").asText()).isEqualTo("ALL_PROVIDERS");
        assertThat(submitted.json().get("providers")).isEmpty();
        assertThat(submitted.json().get("history").get(0).get("note").asText()).isEqualTo("Circulation: all providers");
    }

    @Test
    void submittedForTheSecretariatOnlyTheStateAndTheSecretariatSeeTheChoice() {
        String id = submit("sen-ncp", "SEN", "SECRETARIAT_ONLY", null);
        for (String reader : List.of("sen-ncp", "caseworker", "manager")) {
            JsonNode view = api.as(reader).get("/api/requests/" + id).json();
            assertThat(view.get("circulation").asText()).as(reader).isEqualTo("SECRETARIAT_ONLY");
            assertThat(view.get("history").get(0).get("note").asText()).isEqualTo("Circulation: the secretariat only");
        }
        JsonNode page = api.as("sen-ncp").get("/api/requests?state=SEN&size=100").json();
        assertThat(find(page.get("content"), id).get("circulation").asText()).as("the list shows it too").isEqualTo("SECRETARIAT_ONLY");
    }

    @Test
    void submittedForNamedProvidersTheListIsKeptInOrderOfCode() {
        String id = submit("sen-ncp", "SEN", "NAMED_PROVIDERS", List.of("WHO", "DEU"));
        JsonNode view = api.as("sen-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("circulation").asText()).isEqualTo("NAMED_PROVIDERS");
        assertThat(texts(view.get("providers"))).containsExactly("DEU", "WHO");
        assertThat(view.get("history").get(0).get("note").asText()).isEqualTo("Circulation: named providers DEU, WHO");
    }

    @Test
    void submittedByTheSecretariatOnTheStatesBehalfTheHistoryNamesBoth() {
        String id = submit("caseworker", "SEN", "NAMED_PROVIDERS", List.of("WOAH"));
        assertThat(api.as("sen-ncp").get("/api/requests/" + id).json().get("history").get(0).get("note").asText())
                .isEqualTo("Entered by the secretariat on behalf of SEN. Circulation: named providers WOAH");
    }

    @Test
    void badChoicesAtSubmissionNameTheFieldAndWriteNothing() {
        long requests = count("assistance_request");
        long history = count("request_status_history");
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
        assertBadSubmission("EVERYONE", null, "circulation");
        assertBadSubmission("NAMED_PROVIDERS", null, "providers");
        assertBadSubmission("NAMED_PROVIDERS", List.of(), "providers");
        assertBadSubmission("ALL_PROVIDERS", List.of("DEU"), "providers");
        assertBadSubmission("SECRETARIAT_ONLY", List.of("WHO"), "providers");
        assertBadSubmission("NAMED_PROVIDERS", List.of("DEU", "XYZ"), "providers[1]");
        assertBadSubmission("NAMED_PROVIDERS", List.of("DEU", "DEU"), "providers[1]");
        assertBadSubmission("NAMED_PROVIDERS", List.of("SEN"), "providers[0]");
        assertBadSubmission("NAMED_PROVIDERS", List.of("${execution.setVariable('x',1)}"), "providers[0]");
        assertBadSubmission("NAMED_PROVIDERS", twentyOneProviders(), "providers");
        assertBadSubmission("NAMED_PROVIDERS", List.of(Map.of("code", "DEU")), "providers[0]");
        assertThat(count("assistance_request")).as("no request row").isEqualTo(requests);
        assertThat(count("request_status_history")).as("no history row").isEqualTo(history);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("no process").isEqualTo(instances);
    }

    @Test
    void theRequestingStateChangesItsCirculationAndEachChangeIsInTheHistory() {
        String id = submit("per-ncp", "PER", null, null);
        Api.Response narrowed = change("per-ncp", id, "NAMED_PROVIDERS", List.of("DEU", "WHO"));
        assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
        assertThat(narrowed.json().get("circulation").asText()).isEqualTo("NAMED_PROVIDERS");
        assertThat(texts(narrowed.json().get("providers"))).containsExactly("DEU", "WHO");
        Api.Response closedUp = change("per-ncp", id, "SECRETARIAT_ONLY", null);
        assertThat(closedUp.status()).as(closedUp.body()).isEqualTo(200);

        JsonNode history = api.as("per-ncp").get("/api/requests/" + id).json().get("history");
        List<JsonNode> circulation = new ArrayList<>();
        history.forEach(h -> {
            if (h.path("note").asText("").contains("Circulation: named") || h.path("note").asText("").contains("secretariat only")) {
                circulation.add(h);
            }
        });
        assertThat(circulation).extracting(h -> h.get("note").asText())
                .containsExactly("Circulation: named providers DEU, WHO", "Circulation: the secretariat only");
        assertThat(circulation).allSatisfy(h -> {
            assertThat(h.get("by").asText()).isEqualTo("per-ncp");
            assertThat(h.get("at").asText()).isNotBlank();
            assertThat(h.get("status").asText()).as("the status does not change").isIn("SUBMITTED", "UNDER_REVIEW");
        });
        assertThat(status(id)).as("a change of circulation is not a change of status").isIn("SUBMITTED", "UNDER_REVIEW");
        // the figures (metrics: time in each status) read the status changes only
        assertThat(repository.statusChanges(List.of(id)).get(id)).extracting(RequestView.HistoryEntry::note)
                .noneMatch(note -> note != null && note.startsWith("Circulation: named"))
                .noneMatch(note -> note != null && note.startsWith("Circulation: the secretariat"));
        assertThat(repository.statusChanges(List.of(id)).get(id)).hasSize(history.size() - 2);
    }

    @Test
    void aReplayedChangeIsHarmlessAndAddsNoHistory() {
        String id = submit("per-ncp", "PER", null, null);
        assertThat(change("per-ncp", id, "NAMED_PROVIDERS", List.of("WHO", "DEU")).status()).isEqualTo(200);
        long history = historyRows(id);
        Api.Response replayed = change("per-ncp", id, "NAMED_PROVIDERS", List.of("WHO", "DEU"));
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(change("per-ncp", id, "NAMED_PROVIDERS", List.of("DEU", "WHO")).status())
                .as("the same providers in another order").isEqualTo(200);
        assertThat(historyRows(id)).isEqualTo(history);
        assertThat(texts(replayed.json().get("providers"))).containsExactly("DEU", "WHO");
    }

    @Test
    void aCaseworkerChangesItOnTheStatesBehalfAndAManagerMayNot() {
        String id = submit("per-ncp", "PER", null, null);
        Api.Response onBehalf = change("caseworker", id, "SECRETARIAT_ONLY", null);
        assertThat(onBehalf.status()).as(onBehalf.body()).isEqualTo(200);
        JsonNode last = last(onBehalf.json().get("history"));
        assertThat(last.get("note").asText())
                .isEqualTo("Circulation: the secretariat only (entered by the secretariat on behalf of PER)");
        assertThat(last.get("by").asText()).isEqualTo("caseworker");
        Api.Response manager = change("manager", id, "ALL_PROVIDERS", null);
        assertThat(manager.status()).as(manager.body()).isEqualTo(403);
        assertThat(circulation(id)).isEqualTo("SECRETARIAT_ONLY");
    }

    @Test
    void anotherStateAndAnOfferingPartyNeverShownTheRequestGet404AndChangeNothing() {
        String id = submit("per-ncp", "PER", "NAMED_PROVIDERS", List.of("WHO"));
        long history = historyRows(id);
        for (String outsider : List.of("chl-ncp", "deu-ncp", "who-focal")) {
            Api.Response refused = change(outsider, id, "ALL_PROVIDERS", null);
            assertThat(refused.status()).as(outsider + ": " + refused.body()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("NAMED_PROVIDERS").doesNotContain("Peru");
            assertThat(api.as(outsider).get("/api/requests/" + id).status()).as(outsider).isEqualTo(404);
            // even a bad body: the request's existence is not given away by a 400
            assertThat(change(outsider, id, "EVERYONE", null).status()).as(outsider).isEqualTo(404);
        }
        assertThat(historyRows(id)).isEqualTo(history);
        assertThat(circulation(id)).isEqualTo("NAMED_PROVIDERS");
    }

    @Test
    void badChangesNameTheFieldAndWriteNothing() {
        String id = submit("per-ncp", "PER", "NAMED_PROVIDERS", List.of("WHO"));
        long history = historyRows(id);
        assertBadChange(id, Map.of(), "circulation");
        assertBadChange(id, Map.of("circulation", "NOBODY"), "circulation");
        assertBadChange(id, Map.of("circulation", "NAMED_PROVIDERS"), "providers");
        assertBadChange(id, Map.of("circulation", "ALL_PROVIDERS", "providers", List.of("DEU")), "providers");
        assertBadChange(id, Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("PER")), "providers[0]");
        assertBadChange(id, Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("WHO", "ZZZ")), "providers[1]");
        assertBadChange(id, Map.of("circulation", "NAMED_PROVIDERS", "providers", twentyOneProviders()), "providers");
        assertThat(historyRows(id)).isEqualTo(history);
        assertThat(circulation(id)).isEqualTo("NAMED_PROVIDERS");
    }

    @Test
    void aClosedRequestsCirculationCannotChange() {
        String id = submit("per-ncp", "PER", null, null);
        Api.Response withdrawn = api.as("per-ncp").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "Funded bilaterally"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(202);
        long history = historyRows(id);
        Api.Response refused = change("per-ncp", id, "SECRETARIAT_ONLY", null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(historyRows(id)).isEqualTo(history);
        assertThat(circulation(id)).isEqualTo("ALL_PROVIDERS");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    String submit(String user, String state, String circulation, List<String> providers) {
        Map<String, Object> body = Requests.from(state);
        if (circulation != null) {
            body.put("circulation", circulation);
        }
        if (providers != null) {
            body.put("providers", providers);
        }
        Api.Response submitted = api.as(user).post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted.json().get("id").asText();
    }

    Api.Response change(String user, String id, String circulation, List<String> providers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("circulation", circulation);
        if (providers != null) {
            body.put("providers", providers);
        }
        return api.as(user).put("/api/requests/" + id + "/circulation", body);
    }

    void assertBadSubmission(String circulation, List<?> providers, String field) {
        Map<String, Object> body = Requests.from("SEN");
        body.put("circulation", circulation);
        body.put("providers", providers);
        Api.Response refused = api.as("sen-ncp").post("/api/requests", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).as(refused.body()).contains(field);
        assertThat(refused.body()).doesNotContain("setVariable");
    }

    void assertBadChange(String id, Map<String, Object> body, String field) {
        Api.Response refused = api.as("per-ncp").put("/api/requests/" + id + "/circulation", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).as(refused.body()).contains(field);
    }

    static List<String> twentyOneProviders() {
        List<String> codes = new ArrayList<>(List.of("DEU", "FRA", "GBR", "USA", "CAN", "JPN", "AUS", "NOR", "SWE", "FIN",
                "DNK", "NLD", "BEL", "AUT", "CHE", "ITA", "ESP", "PRT", "IRL", "WHO", "WOAH"));
        assertThat(codes).hasSize(21);
        return codes;
    }

    List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    String circulation(String id) {
        return api.as("caseworker").get("/api/requests/" + id).json().get("circulation").asText();
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    long historyRows(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM request_status_history WHERE request_id = ?").param(id).query(Long.class).single();
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    static JsonNode find(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (id.equals(n.get("id").asText())) {
                return n;
            }
        }
        throw new AssertionError("No " + id + " in " + array);
    }
}
