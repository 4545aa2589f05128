package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.security.WebappSession;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Race;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people (or one impatient one) doing the same thing at the same moment, over real HTTP through every door:
 * the project's {@code /api}, Camunda's {@code /engine-rest} and Tasklist's own engine API with its session and
 * CSRF token. Exactly one wins; the other gets a 409 problem and nothing of it is recorded. Every race is run
 * several times on fresh cases: a single run proves little about timing.
 */
abstract class ConcurrentCompletionScenarios extends CaseScenario {

    static final int ROUNDS = 8;
    static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSameReviewCompletedTwiceAtOnceOverEngineRestLetsExactlyOneWin() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = underReview("KEN");
            String task = task(id, "reviewCompleteness").getId();
            List<Api.Response> answers = Race.times(2, () -> api.as("caseworker").post("/engine-rest/task/" + task + "/complete",
                    Map.of("variables", Map.of("complete", Map.of("value", true)))));
            assertOneWon(answers.stream().map(Outcome::of).toList(), 204, "round " + round + " " + id);
            assertReviewedOnce(id);
        }
    }

    @Test
    void theSameReviewFormSubmittedTwiceAtOnceOverEngineRestLetsExactlyOneWin() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = underReview("UGA");
            String task = task(id, "reviewCompleteness").getId();
            List<Api.Response> answers = Race.times(2, () -> tasklist.submitForm("caseworker", task, Map.of("complete", true)));
            assertOneWon(answers.stream().map(Outcome::of).toList(), 204, "round " + round + " " + id);
            assertReviewedOnce(id);
        }
    }

    @Test
    void theSameStartFormSubmittedTwiceAtOnceRegistersOneCase() {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> form = Requests.kenyaTrainingStartForm();
            String title = "Biosafety training, double submission " + UUID.randomUUID();
            form.put("title", title);
            List<Api.Response> answers = Race.times(2, () -> tasklist.submitStartForm("ken-ncp", AssistanceRequestProcess.PROCESS_ID, form));
            assertThat(answers).as("round " + round).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 400);
            Api.Response refused = answers.stream().filter(a -> a.status() == 400).findFirst().orElseThrow();
            assertThat(refused.json().get("message").asText()).as(refused.body()).contains("form: the same answers");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM assistance_request WHERE title = ?", Long.class, title))
                    .as("round " + round).isEqualTo(1);
        }
    }

    @Test
    void theSameReviewFormSubmittedTwiceAtOnceInTasklistLetsExactlyOneWin() {
        WebappSession first = caseworkerInTasklist();
        WebappSession second = caseworkerInTasklist();
        for (int round = 0; round < ROUNDS; round++) {
            String id = underReview("TZA");
            String path = WebappSession.ENGINE + "/task/" + task(id, "reviewCompleteness").getId() + "/submit-form";
            String body = "{\"variables\":{\"complete\":{\"value\":true}}}";
            List<Outcome> answers = Race.run(() -> Outcome.of(first.postJson(path, body, "application/json")),
                    () -> Outcome.of(second.postJson(path, body, "application/json")));
            assertOneWon(answers, 204, "round " + round + " " + id);
            assertReviewedOnce(id);
        }
    }

    @Test
    void theSameClarificationAnsweredTwiceAtOnceOverTheApiLetsExactlyOneWin() {
        for (int round = 0; round < ROUNDS; round++) {
            String id = clarificationRequested("KEN");
            List<Callable<Outcome>> calls = new ArrayList<>();
            for (String answer : List.of("BSL-2, two cabinets", "BSL-2, one cabinet")) {
                calls.add(() -> Outcome.of(api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", answer))));
            }
            assertOneWon(Race.run(calls), 202, "round " + round + " " + id);
            assertAnsweredOnce(id);
        }
    }

    @Test
    void theSameClarificationAnsweredAtOnceOverTheApiAndInTasklistLetsExactlyOneWin() {
        WebappSession kenya = new WebappSession("http://localhost:" + port);
        assertThat(kenya.login("tasklist", "ken-ncp", "ken-ncp").statusCode()).isEqualTo(200);
        for (int round = 0; round < ROUNDS; round++) {
            String id = clarificationRequested("KEN");
            String path = WebappSession.ENGINE + "/task/" + task(id, "provideClarification").getId() + "/submit-form";
            List<Outcome> answers = Race.run(
                    () -> Outcome.of(api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", "Over the API"))),
                    () -> Outcome.of(kenya.postJson(path, "{\"variables\":{\"clarificationAnswer\":{\"value\":\"In Tasklist\"}}}",
                            "application/json")));
            assertThat(answers.stream().filter(Outcome::won).count()).as("round %d %s: %s", round, id, answers).isEqualTo(1);
            answers.stream().filter(a -> !a.won()).forEach(this::assertConflict);
            assertAnsweredOnce(id);
        }
    }

    @Test
    void twoAcceptancesForTheLastPlaceOfAnOfferLetExactlyOneTakeIt() {
        for (int round = 0; round < ROUNDS / 2; round++) {
            String offer = walk.publishedOffer("nld-ncp",
                    Offers.offer("NLD", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("EASTERN_EUROPEAN"), true, 1));
            String poland = walk.approved(CaseWalk.exampleRequest("POL", "BIOSAFETY_BIOSECURITY_TRAINING"));
            String czechia = walk.approved(CaseWalk.exampleRequest("CZE", "BIOSAFETY_BIOSECURITY_TRAINING"));
            for (String request : List.of(poland, czechia)) {
                Api.Response confirmed = tasklist.submitForm("caseworker", request, "confirmMatch", Map.of("selectedOfferId", offer));
                assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
            }
            List<Callable<Outcome>> calls = new ArrayList<>();
            for (String request : List.of(poland, czechia)) {
                calls.add(() -> Outcome.of(api.as("nld-ncp").post("/api/requests/" + request + "/offer-response",
                        Map.of("offerId", offer, "accepted", true))));
            }
            List<Outcome> answers = Race.run(calls);
            assertOneWon(answers, 202, "round " + round);
            assertThat(answers.stream().filter(a -> !a.won()).findFirst().orElseThrow().body()).contains("no capacity left");
            walk.runDueJobs();
            assertThat(walk.remainingCapacity(offer)).as("never below zero").isZero();
            List<String> matched = new ArrayList<>();
            for (String request : List.of(poland, czechia)) {
                JsonNode view = api.as("caseworker").get("/api/requests/" + request).json();
                if (offer.equals(view.path("matchedOfferId").asText(null))) {
                    matched.add(request);
                }
            }
            assertThat(matched).as("round %d: exactly one request holds the offer's last place", round).hasSize(1);
        }
    }

    @Test
    void twentySubmissionsWithOneIdempotencyKeyAtOnceMakeOneCase() {
        for (int round = 0; round < 3; round++) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Requests.from("GHA");
            body.put("title", "Idempotent submission " + key);
            long before = requestCount();
            List<Api.Response> answers = Race.times(20,
                    () -> api.as("gha-ncp").post("/api/requests", body, Map.of("Idempotency-Key", key)));
            assertThat(answers).as("round %d: every caller gets the one case", round)
                    .allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
            assertThat(answers.stream().map(a -> a.json().get("id").asText()).distinct()).hasSize(1);
            assertThat(requestCount()).as("one case, whatever the number of tries").isEqualTo(before + 1);
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey(answers.get(0).json().get("id").asText()).count()).isEqualTo(1);
        }
    }

    // --- path fragments -----------------------------------------------------------------------------------

    private String underReview(String state) {
        Api.Response submitted = api.as("caseworker").post("/api/requests", Requests.from(state));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        walk.runDueJobs();
        assertThat(task(id, "reviewCompleteness")).isNotNull();
        return id;
    }

    private String clarificationRequested(String state) {
        String id = underReview(state);
        Api.Response asked = tasklist.submitForm("caseworker", id, "reviewCompleteness",
                Map.of("complete", false, "clarificationQuestion", "Which biosafety level?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        assertThat(task(id, "provideClarification")).isNotNull();
        return id;
    }

    private Task task(String id, String key) {
        return tasklist.task(id, key);
    }

    private WebappSession caseworkerInTasklist() {
        WebappSession session = new WebappSession("http://localhost:" + port);
        assertThat(session.login("tasklist", "caseworker", "caseworker").statusCode()).isEqualTo(200);
        return session;
    }

    private void assertOneWon(List<Outcome> answers, int success, String round) {
        assertThat(answers.stream().map(Outcome::status).sorted().toList()).as("%s: %s", round, answers)
                .containsExactly(success, 409);
        assertConflict(answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow());
    }

    private void assertConflict(Outcome loser) {
        assertThat(loser.status()).as(loser.toString()).isEqualTo(409);
        assertThat(loser.contentType()).as(loser.toString()).startsWith(PROBLEM);
        JsonNode problem = read(loser.body());
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(loser.body()).as("no engine internals").doesNotContain("Exception", "ENTITY", "org.camunda", "ACT_");
    }

    /** The review ended once: one completed task in the history, and the case went on once (one job, to screening). */
    private void assertReviewedOnce(String id) {
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("reviewCompleteness").finished().count()).isEqualTo(1);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(walk.request(id).getId()).count())
                .isEqualTo(1);
        assertThat(statuses(id)).containsExactly("SUBMITTED", "UNDER_REVIEW", "SCREENING");
    }

    private void assertAnsweredOnce(String id) {
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("provideClarification").finished().count()).isEqualTo(1);
        assertThat(statuses(id)).containsExactly("SUBMITTED", "UNDER_REVIEW", "CLARIFICATION_REQUESTED", "UNDER_REVIEW");
        assertThat(task(id, "reviewCompleteness")).as("back at review once").isNotNull();
    }

    private List<String> statuses(String id) {
        List<String> statuses = new ArrayList<>();
        api.as("caseworker").get("/api/requests/" + id).json().get("history").forEach(h -> statuses.add(h.get("status").asText()));
        return statuses;
    }

    private long requestCount() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AssistanceRequestProcess.PROCESS_ID).count();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }

    /** What a racing caller saw, whichever door it used. */
    record Outcome(int status, String contentType, String body) {

        static Outcome of(Api.Response response) {
            return new Outcome(response.status(), response.contentType(), response.body());
        }

        static Outcome of(HttpResponse<String> response) {
            return new Outcome(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        }

        boolean won() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body == null ? "" : body.substring(0, Math.min(300, body.length())));
        }
    }
}
