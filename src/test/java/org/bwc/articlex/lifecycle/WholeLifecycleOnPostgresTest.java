package org.bwc.articlex.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;
import org.bwc.articlex.support.Tasklist;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * One request from {@code POST /api/requests} to {@code COMPLETED} on a real PostgreSQL server, through the REST
 * API only — the project's {@code /api} and the {@code /engine-rest} calls Tasklist makes (task list, submit-form)
 * — with the job executor running, as in production: every asynchronous step (start, screening, ranking, the
 * funding estimate) is taken by the job executor, and the test only waits for its effect in the API.
 * Peru asks for EDUCATION_EXCHANGE, from the LATIN_AMERICAN_CARIBBEAN group: no other scenario does.
 */
@ScenarioTest
@OnPostgres
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class WholeLifecycleOnPostgresTest extends CaseScenario {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void requestGoesFromSubmissionThroughMatchingFundingImplementationAndReportToCompleted() {
        Tasklist tasklist = new Tasklist(api, null); // Tasklist's own REST calls only, no engine shortcut

        // an offer without funding, from Spain to the Latin American and Caribbean group
        Api.Response offered = api.as("esp-ncp").post("/api/offers",
                Offers.offer("ESP", "EDUCATION_EXCHANGE", List.of("LATIN_AMERICAN_CARIBBEAN"), false, 1));
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        String offer = offered.json().get("id").asText();
        await("offer published", () -> "PUBLISHED".equals(api.as("esp-ncp").get("/api/offers/" + offer).json().get("status").asText()));

        // Peru submits its request; a retry with the same key creates nothing new
        Map<String, Object> body = CaseWalk.exampleRequest("PER", "EDUCATION_EXCHANGE");
        Api.Response submitted = api.as("per-ncp").post("/api/requests", body, Map.of("Idempotency-Key", "per-lifecycle-1"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        assertThat(submitted.header("Location")).isEqualTo("/api/requests/" + id);
        Api.Response retried = api.as("per-ncp").post("/api/requests", body, Map.of("Idempotency-Key", "per-lifecycle-1"));
        assertThat(retried.json().get("id").asText()).isEqualTo(id);

        // completeness review in the caseworkers' Tasklist
        String review = awaitTask("caseworker", id, "reviewCompleteness");
        assertThat(tasklist.submitForm("caseworker", review, Map.of("complete", true)).status()).isEqualTo(204);

        // screened clear, balanced, ranked: the caseworker confirms Spain's offer
        String confirm = awaitTask("caseworker", id, "confirmMatch");
        assertThat(status(id)).isEqualTo("MATCHING");
        assertThat(tasklist.submitForm("caseworker", confirm, Map.of("selectedOfferId", offer)).status()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("AWAITING_OFFEROR");

        // Spain accepts through the API
        Api.Response accepted = api.as("esp-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", offer, "accepted", true, "note", "Course in Lima in May"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("FUNDING");

        // the whole-life estimate opens the funding round; two donors fund it
        await("funding round open", () -> {
            Api.Response funding = api.as("per-ncp").get("/api/requests/" + id + "/funding");
            return funding.status() == 200 && "OPEN".equals(funding.json().path("status").asText());
        });
        JsonNode round = api.as("per-ncp").get("/api/requests/" + id + "/funding").json();
        assertThat(round.get("requested").get("amount").asText()).isEqualTo("119000.00");
        // Norway and WHO registered offers, so the request circulates to them; the secretariat confirms each pledge
        for (List<String> donor : List.of(List.of("nor-ncp", "NOR"), List.of("who-focal", "WHO"))) {
            assertThat(api.as(donor.get(0)).post("/api/offers",
                    Offers.offer(donor.get(1), "OTHER", List.of("EASTERN_EUROPEAN"), false, 1)).status()).isEqualTo(201);
        }
        Api.Response norway = pledge(api, "nor-ncp", id, "NOR", "70000.00");
        assertThat(norway.status()).as(norway.body()).isEqualTo(202);
        assertThat(confirm(api, id, norway).status()).isEqualTo(202);
        assertThat(api.as("per-ncp").get("/api/requests/" + id + "/funding").json().get("status").asText()).isEqualTo("OPEN");
        Api.Response who = pledge(api, "who-focal", id, "WHO", "49000.00");
        assertThat(who.status()).as(who.body()).isEqualTo(202);
        assertThat(api.as("per-ncp").get("/api/requests/" + id + "/funding").json().get("status").asText())
                .as("not before the secretariat confirms it").isEqualTo("OPEN");
        assertThat(confirm(api, id, who).status()).isEqualTo(202);
        JsonNode funded = api.as("per-ncp").get("/api/requests/" + id + "/funding").json();
        assertThat(funded.get("status").asText()).isEqualTo("FUNDED");
        assertThat(funded.get("gap").get("amount").asText()).isEqualTo("0.00");
        assertThat(status(id)).isEqualTo("FUNDING");

        // implementation, reported by the offering party and the requesting State
        assertThat(implementation(api, "esp-ncp", id, "STARTED", "Course opened in Lima").status()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("IMPLEMENTATION");
        assertThat(api.as("per-ncp").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "Too late")).status())
                .isEqualTo(409);
        assertThat(implementation(api, "per-ncp", id, "COMPLETED", "20 staff certified").status()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("REPORTING");

        // the completion report: through the API, a revision asked in Tasklist, revised in Peru's Tasklist, accepted
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", "Two-week biosafety course held in Lima");
        report.put("outcomes", List.of("20 staff certified", "Institutional biosafety committee set up"));
        report.put("beneficiaries", 20);
        Api.Response reported = api.as("per-ncp").post("/api/requests/" + id + "/completion-report", report);
        assertThat(reported.status()).as(reported.body()).isEqualTo(202);
        String firstReview = awaitTask("caseworker", id, "reviewCompletionReport");
        assertThat(tasklist.submitForm("caseworker", firstReview,
                Map.of("reportAccepted", false, "revisionRequest", "Please name the trained laboratories")).status()).isEqualTo(204);
        String revision = awaitTask("per-ncp", id, "submitCompletionReport");
        assertThat(tasklist.submitForm("per-ncp", revision, Map.of("reportSummary",
                "Two-week biosafety course held in Lima for the INS and two regional laboratories",
                "reportOutcomes", "20 staff certified\nInstitutional biosafety committee set up", "beneficiaries", 20)).status())
                .isEqualTo(204);
        String secondReview = awaitTask("caseworker", id, "reviewCompletionReport");
        assertThat(tasklist.submitForm("caseworker", secondReview, Map.of("reportAccepted", true)).status()).isEqualTo(204);

        // closed, with the whole story in the request's history
        JsonNode view = api.as("per-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("COMPLETED");
        List<String> statuses = new ArrayList<>();
        view.get("history").forEach(entry -> statuses.add(entry.get("status").asText()));
        assertThat(statuses).containsExactly("SUBMITTED", "UNDER_REVIEW", "SCREENING", "MATCHING", "AWAITING_OFFEROR", "FUNDING",
                "IMPLEMENTATION", "REPORTING", "COMPLETED");
        JsonNode reports = api.as("per-ncp").get("/api/requests/" + id + "/completion-report").json().get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(1).get("reviewOutcome").asText()).isEqualTo("ACCEPTED");
        JsonNode feed = api.as("per-ncp").get("/api/states/PER/notifications").json();
        assertThat(feed.toString()).contains("\"status\":\"COMPLETED\"").contains("FUNDING_SECURED");
        assertThat(api.as("esp-ncp").get("/api/offers/" + offer).json().get("remainingCapacity").asInt()).isZero();
    }

    private static Api.Response pledge(Api api, String user, String id, String donor, String amount) {
        return api.as(user).post("/api/requests/" + id + "/pledges",
                Map.of("donor", donor, "amount", Map.of("amount", amount, "currency", "USD")));
    }

    private static Api.Response confirm(Api api, String id, Api.Response pledge) {
        return api.as("manager").post("/api/requests/" + id + "/pledges/" + pledge.json().get("id").asLong() + "/confirmation",
                Map.of("confirmed", true));
    }

    private static Api.Response implementation(Api api, String user, String id, String event, String note) {
        return api.as(user).post("/api/requests/" + id + "/implementation", Map.of("event", event, "note", note));
    }

    /** The task Tasklist would show {@code user} for the case: {@code GET /engine-rest/task}. */
    private String awaitTask(String user, String id, String taskDefinitionKey) {
        String[] found = new String[1];
        await(taskDefinitionKey + " for " + id, () -> {
            JsonNode tasks = api.as(user).get("/engine-rest/task?processInstanceBusinessKey=" + id
                    + "&taskDefinitionKey=" + taskDefinitionKey).json();
            if (tasks.isArray() && tasks.size() == 1) {
                found[0] = tasks.get(0).get("id").asText();
                return true;
            }
            return false;
        });
        return found[0];
    }

    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for: " + what, e);
            }
        }
    }
}
