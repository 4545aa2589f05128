package org.bwc.articlex.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.concern.ArticleXConcernProcess.END_ACKNOWLEDGEMENT_ESCALATED;
import static org.bwc.articlex.concern.ArticleXConcernProcess.END_ACKNOWLEDGEMENT_REMINDED;
import static org.bwc.articlex.concern.ArticleXConcernProcess.END_CONCERN_REFERRED_TO_MSP;
import static org.bwc.articlex.concern.ArticleXConcernProcess.END_CONCERN_RESOLVED;
import static org.bwc.articlex.concern.ArticleXConcernProcess.END_CONSULTATIONS_CLOSED;
import static org.bwc.articlex.concern.ArticleXConcernProcess.PROCESS_ID;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_ACKNOWLEDGE_CONCERN;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_CLOSE_CONSULTATIONS;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_DECIDE_CONCERN_OUTCOME;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_OPEN_CONSULTATIONS;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_RECORD_ACKNOWLEDGEMENT;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_RECORD_CONCERN_OUTCOME;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_RECORD_POSITION;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TASK_SUBMIT_POSITION;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TIMER_ACKNOWLEDGEMENT_ESCALATION;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TIMER_ACKNOWLEDGEMENT_REMINDER;
import static org.bwc.articlex.concern.ArticleXConcernProcess.TIMER_CONSULTATION_PERIOD_ENDED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code article-x-concern} through its real entry points (the API and Tasklist's engine REST
 * calls): acknowledged and resolved, reminder then escalation of an unacknowledged concern, consultations that run
 * out and a referral to the Meeting of States Parties, a resolution that re-opens a denied request's Balance
 * review which then goes on to matching; and every bad input, with nothing written. Run on H2 and PostgreSQL.
 */
abstract class ConcernScenarios extends CaseScenario {

    static final String STATEMENT = "The aerosol generator is for vaccine aerosol-challenge studies in a BSL-3 facility, not for dissemination. "
            + "The denial hampers peaceful vaccine development (Article X).";
    static final String RESOLUTION = "Agreed: the generator serves vaccine studies; Balance review to reconsider with an end-use assurance.";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @Test
    void concernAcknowledgedInTimeIsConsultedOnAndResolved() {
        String requestId = walk.denied();
        Api.Response raised = raise("ken-ncp", "KEN", requestId, STATEMENT);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asText();
        assertThat(id).matches("CON-\\d{4}-\\d{4}");
        assertThat(raised.json().get("status").asText()).isEqualTo("RAISED");
        assertThat(raised.header("Location")).isEqualTo("/api/concerns/" + id);
        ProcessInstance concern = concern(id);
        assertThat(concern).isWaitingAt(TASK_ACKNOWLEDGE_CONCERN);
        assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(concern)).hasCandidateGroup("caseworkers");

        acknowledge(id);
        assertThat(concern).hasPassedInOrder(TASK_ACKNOWLEDGE_CONCERN, TASK_RECORD_ACKNOWLEDGEMENT, TASK_OPEN_CONSULTATIONS)
                .isWaitingAt(TASK_SUBMIT_POSITION, TASK_DECIDE_CONCERN_OUTCOME);
        assertThat(view(id).get("status").asText()).isEqualTo("IN_CONSULTATION");

        // the party's position over the API and in its Tasklist go through the same task; the secretariat's over the API
        Api.Response overApi = api.as("ken-ncp").post("/api/concerns/" + id + "/positions",
                Map.of("statement", "Kenya offers an end-use assurance from the Desert Locust Control Organization."));
        assertThat(overApi.status()).as(overApi.body()).isEqualTo(201);
        Api.Response inTasklist = tasklist.submitForm("ken-ncp", id, TASK_SUBMIT_POSITION,
                Map.of("positionStatement", "Kenya also accepts an on-site visit by the provider."));
        assertThat(inTasklist.status()).as(inTasklist.body()).isEqualTo(204);
        Api.Response secretariat = api.as("caseworker").post("/api/concerns/" + id + "/positions",
                Map.of("statement", "The ISU notes the assurance and proposes a reconsideration."));
        assertThat(secretariat.status()).as(secretariat.body()).isEqualTo(201);
        assertThat(concern).hasPassed(TASK_RECORD_POSITION).isWaitingAt(TASK_SUBMIT_POSITION, TASK_DECIDE_CONCERN_OUTCOME);

        Api.Response decided = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "RESOLVED", "resolution", "The parties agree that the denial stands for this model; Kenya will request a coarser-droplet model.",
                        "reopenBalanceReview", false));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        assertThat(concern).hasPassedInOrder(TASK_DECIDE_CONCERN_OUTCOME, TASK_RECORD_CONCERN_OUTCOME, END_CONCERN_RESOLVED).isEnded();

        JsonNode view = api.as("ken-ncp").get("/api/concerns/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(view.at("/outcome/resolution").asText()).contains("coarser-droplet");
        assertThat(view.at("/outcome/balanceReviewReopened").asBoolean()).isFalse();
        assertThat(events(view)).containsExactly("RAISED", "ACKNOWLEDGED", "IN_CONSULTATION", "POSITION_RECORDED",
                "POSITION_RECORDED", "POSITION_RECORDED", "RESOLVED");
        List<String> parties = new ArrayList<>();
        view.get("positions").forEach(p -> parties.add(p.get("party").asText() + "/" + p.get("by").asText()));
        assertThat(parties).containsExactly("KEN/ken-ncp", "KEN/ken-ncp", "ISU/caseworker");
        assertThat(walk.status(requestId)).as("the denial stands").isEqualTo("DENIED");
        // every step reached Kenya's feed
        for (String event : List.of("CONCERN_RAISED", "CONCERN_ACKNOWLEDGED", "CONCERN_IN_CONSULTATION",
                "CONCERN_POSITION_RECORDED", "CONCERN_RESOLVED")) {
            assertThat(walk.notifications("KEN", id, event)).as(event).isPositive();
        }
    }

    @Test
    void unacknowledgedConcernRemindsTheCaseworkersThenEscalatesToManagers() {
        String id = raised(walk.denied());
        ProcessInstance concern = concern(id);

        driver.letTimePass(Duration.ofDays(4));
        assertThat(concern).hasNotPassed(TIMER_ACKNOWLEDGEMENT_REMINDER);
        driver.letTimePass(Duration.ofDays(1).plusMinutes(1));
        assertThat(concern).hasPassed(TIMER_ACKNOWLEDGEMENT_REMINDER, END_ACKNOWLEDGEMENT_REMINDED)
                .hasNotPassed(TIMER_ACKNOWLEDGEMENT_ESCALATION).isWaitingAt(TASK_ACKNOWLEDGE_CONCERN);
        Task task = tasklist.task(id, TASK_ACKNOWLEDGE_CONCERN);
        assertThat(task.getPriority()).isEqualTo(RemindAcknowledgementDelegate.OVERDUE_PRIORITY);
        assertThat(candidateGroups(task)).containsExactly("caseworkers");

        driver.letTimePass(Duration.ofDays(5));
        assertThat(concern).hasPassed(TIMER_ACKNOWLEDGEMENT_ESCALATION, END_ACKNOWLEDGEMENT_ESCALATED)
                .isWaitingAt(TASK_ACKNOWLEDGE_CONCERN);
        task = tasklist.task(id, TASK_ACKNOWLEDGE_CONCERN);
        assertThat(candidateGroups(task)).containsExactlyInAnyOrder("caseworkers", "managers");
        assertThat(task.getPriority()).isEqualTo(EscalateAcknowledgementDelegate.ESCALATED_PRIORITY);
        assertThat(walk.notifications("KEN", id, "CONCERN_ACKNOWLEDGEMENT_ESCALATED")).isEqualTo(1);

        Api.Response acknowledged = tasklist.submitForm("manager", id, TASK_ACKNOWLEDGE_CONCERN,
                Map.of("acknowledgement", "Acknowledged by the ISU manager; apologies for the delay."));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(204);
        assertThat(concern).isWaitingAt(TASK_SUBMIT_POSITION, TASK_DECIDE_CONCERN_OUTCOME);
        assertThat(events(view(id))).containsSubsequence("RAISED", "ACKNOWLEDGEMENT_OVERDUE", "ACKNOWLEDGEMENT_ESCALATED",
                "ACKNOWLEDGED", "IN_CONSULTATION");
    }

    @Test
    void consultationsRunOutAndTheManagerRefersTheConcernToTheMeetingOfStatesParties() {
        String id = raised(walk.denied());
        acknowledge(id);
        ProcessInstance concern = concern(id);

        driver.letTimePass(Duration.ofDays(29));
        assertThat(concern).isWaitingAt(TASK_SUBMIT_POSITION, TASK_DECIDE_CONCERN_OUTCOME);
        driver.letTimePass(Duration.ofDays(1).plusMinutes(1));
        assertThat(concern).hasPassed(TIMER_CONSULTATION_PERIOD_ENDED, TASK_CLOSE_CONSULTATIONS, END_CONSULTATIONS_CLOSED)
                .isWaitingAt(TASK_DECIDE_CONCERN_OUTCOME);
        Api.Response late = api.as("ken-ncp").post("/api/concerns/" + id + "/positions", Map.of("statement", "One more thing"));
        assertThat(late.status()).as("consultations are over").isEqualTo(409);
        assertThat(walk.notifications("KEN", id, "CONCERN_CONSULTATIONS_ENDED")).isEqualTo(1);

        Api.Response tooShort = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "REFERRED_TO_MSP", "mspSummary", "No agreement."));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("mspSummary");
        String summary = "Kenya and the ISU disagree on whether an aerosol-challenge generator is a means of delivery; "
                + "the Meeting of States Parties is asked to clarify where research equipment ends.";
        Api.Response referred = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "REFERRED_TO_MSP", "mspSummary", summary));
        assertThat(referred.status()).as(referred.body()).isEqualTo(204);
        assertThat(concern).hasPassed(END_CONCERN_REFERRED_TO_MSP).isEnded();
        JsonNode view = view(id);
        assertThat(view.get("status").asText()).isEqualTo("REFERRED_TO_MSP");
        assertThat(view.at("/outcome/mspSummary").asText()).isEqualTo(summary);
        assertThat(walk.notifications("KEN", id, "CONCERN_REFERRED_TO_MSP")).isEqualTo(1);
        // once it is closed, a new concern about the same request may be raised
        assertThat(raise("ken-ncp", "KEN", view.get("requestId").asText(), STATEMENT).status()).isEqualTo(201);
    }

    @Test
    void resolutionReopensTheDeniedRequestsBalanceReviewWhichGoesOnToMatching() {
        String requestId = walk.denied();
        String id = raised(requestId);
        acknowledge(id);

        Api.Response decided = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "RESOLVED", "resolution", RESOLUTION, "reopenBalanceReview", true));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        assertThat(concern(id)).hasPassed(END_CONCERN_RESOLVED).isEnded();
        assertThat(view(id).at("/outcome/balanceReviewReopened").asBoolean()).isTrue();

        ProcessInstance reopened = walk.request(requestId);
        assertThat(reopened).isWaitingAt(AssistanceRequestProcess.TASK_BALANCE_REVIEW);
        assertThat(reopened).variables().containsEntry("reopenedByConcern", id).containsEntry("requestingState", "KEN");
        assertThat(walk.status(requestId)).isEqualTo("BALANCE_REVIEW");
        assertThat(walk.notifications("KEN", requestId, "REQUEST_STATUS_CHANGED")).isPositive();
        Map<String, Object> formVariables = engine.getTaskService().getVariablesLocal(
                tasklist.task(requestId, AssistanceRequestProcess.TASK_BALANCE_REVIEW).getId());
        assertThat((String) formVariables.get("screeningSummary")).as("findings restored from the decision records")
                .contains("SCR-WEAPON-OR-MEANS-OF-DELIVERY");
        // Kenya follows its re-opened case like the first one
        assertThat(api.as("ken-ncp").get("/engine-rest/process-instance/" + reopened.getId()).status()).isEqualTo(200);

        Api.Response approved = tasklist.submitForm("manager", requestId, AssistanceRequestProcess.TASK_BALANCE_REVIEW,
                Map.of("balanceDecision", "APPROVE_WITH_CONDITIONS", "conditions", "End-use assurance: locust control only",
                        "justification", "Concern " + id + " resolved: agricultural end use assured, rule SCR-WEAPON-OR-MEANS-OF-DELIVERY reconsidered"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(204);
        walk.runDueJobs();
        assertThat(reopened).hasPassedInOrder(AssistanceRequestProcess.TASK_BALANCE_REVIEW,
                AssistanceRequestProcess.TASK_RECORD_BALANCE_DECISION, AssistanceRequestProcess.GATEWAY_APPROVED);
        List<String> history = new ArrayList<>();
        api.as("ken-ncp").get("/api/requests/" + requestId).json().get("history").forEach(h -> history.add(h.get("status").asText()));
        assertThat(history).containsSubsequence("DENIED", "BALANCE_REVIEW", "MATCHING");
    }

    @Test
    void balanceReviewOfARequestThatIsStillRunningIsNotReopenedButTheResolutionIsRecorded() {
        // a controlled fermenter is approved with conditions, without review: a restriction the State may contest
        String requestId = screened(List.of(Requests.item("EQUIPMENT", "50-litre single-use bioreactor", 1)));
        assertThat(walk.status(requestId)).isNotEqualTo("DENIED");
        String id = raised(requestId);
        acknowledge(id);
        Api.Response refused = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "RESOLVED", "resolution", RESOLUTION, "reopenBalanceReview", true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("reopenBalanceReview").contains("only a denied request");
        Api.Response resolved = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "RESOLVED", "resolution", RESOLUTION));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(204);
        assertThat(view(id).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(walk.status(requestId)).as("the request goes on as it was").isNotEqualTo("BALANCE_REVIEW");
    }

    @Test
    void offeringPartyContestsTheRefusalOfItsAcceptedProposal() {
        String offer = walk.publishedOffer("kor-ncp", Offers.offer("KOR", "LABORATORY_EQUIPMENT", List.of("ASIA_PACIFIC"), false, 1));
        String requestId = walk.approved(CaseWalk.exampleRequest("NPL", "LABORATORY_EQUIPMENT"));
        walk.matched(requestId, offer, "kor-ncp");
        walk.runDueJobs();
        // before any refusal, Korea has nothing to contest about Nepal's request
        assertProblem(raise("kor-ncp", "KOR", requestId, STATEMENT), 403, "requestId");
        walk.provider("nor-ncp", "NOR"); // a donor must be a party the request circulates to
        walk.confirmedPledge("nor-ncp", requestId, "NOR", "10000.00", "USD");
        walk.letTimePass(Duration.ofDays(61));
        Api.Response returned = tasklist.submitForm("manager", tasklist.task(requestId, "decidePartialFunding").getId(),
                Map.of("fundingDecision", "RETURN_TO_OPEN_NEEDS", "fundingDecisionNote", "Not enough donor interest"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        assertThat(walk.status(requestId)).isEqualTo("OPEN_NEED");

        Api.Response raised = raise("kor-ncp", "KOR", requestId, "Korea was ready to deliver; the partial funding covered the cabinets.");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asText();
        assertThat(raised.json().get("subject").asText()).isEqualTo("REFUSED_PROPOSAL");
        assertThat(api.as("npl-ncp").get("/api/concerns/" + id).status()).as("a concern of Korea's only").isEqualTo(404);
        assertThat(walk.notifications("KOR", id, "CONCERN_RAISED")).isEqualTo(1);
        acknowledge(id);
        assertThat(tasklist.task(id, TASK_SUBMIT_POSITION)).isNotNull();
        assertThat(candidateGroups(tasklist.task(id, TASK_SUBMIT_POSITION))).containsExactly("sp-KOR");
        assertThat(api.as("kor-ncp").post("/api/concerns/" + id + "/positions", Map.of("statement", "Korea can fund the shortfall itself")).status())
                .isEqualTo(201);
        // a refused proposal is not the request's Balance review
        Api.Response reopen = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "RESOLVED", "resolution", RESOLUTION, "reopenBalanceReview", true));
        assertProblemText(reopen, "reopenBalanceReview");
        Api.Response resolved = tasklist.submitForm("manager", id, TASK_DECIDE_CONCERN_OUTCOME,
                Map.of("concernOutcome", "RESOLVED", "resolution", "Korea's offer to fund the shortfall is welcome; the request is matched again."));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(204);
        assertThat(api.as("kor-ncp").get("/api/concerns/" + id).json().get("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void partyCannotPrefillTheManagersDecisionThroughItsPositionTask() {
        String id = raised(walk.denied());
        acknowledge(id);
        Api.Response forged = tasklist.submitForm("ken-ncp", id, TASK_SUBMIT_POSITION,
                Map.of("positionStatement", "Our position", "reopenBalanceReview", true));
        // the engine guard refuses a party any variable its own task's form does not ask for
        assertThat(forged.status()).as(forged.body()).isEqualTo(403);
        assertThat(forged.body()).contains("reopenBalanceReview");
        assertThat(view(id).get("positions").size()).isZero();
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName("reopenBalanceReview")
                .processInstanceIdIn(concern(id).getId()).count()).isZero();
    }

    // --- bad input: problem+json naming the field, nothing written ---------------------------------------

    @Test
    void concernsAboutAnotherStatesRequestAreForbiddenAndChangeNothing() {
        String requestId = walk.denied();
        Counts before = counts();
        Api.Response ugandaAboutKenya = raise("uga-ncp", "UGA", requestId, STATEMENT);
        assertProblem(ugandaAboutKenya, 403, "requestId");
        assertThat(ugandaAboutKenya.body()).doesNotContain("KEN").doesNotContain("aerosol generator");
        assertProblem(raise("uga-ncp", "KEN", requestId, STATEMENT), 403, "raisedBy");
        assertProblem(raise("ken-ncp", "KEN", "REQ-2026-9999", STATEMENT), 403, "requestId");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void concernAboutARequestWithNoRestrictionIsUnprocessable() {
        String requestId = screened(List.of(Requests.item("TRAINING", "Biosafety and biosecurity training for laboratory staff", 20)));
        Counts before = counts();
        assertProblem(raise("ken-ncp", "KEN", requestId, STATEMENT), 422, "requestId");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void secondOpenConcernOnTheSameRequestIsAConflictEvenWhenBothArriveAtOnce() throws Exception {
        String requestId = walk.denied();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Callable<Api.Response> call = () -> {
                start.await();
                return raise("ken-ncp", "KEN", requestId, STATEMENT);
            };
            Future<Api.Response> first = pool.submit(call);
            Future<Api.Response> second = pool.submit(call);
            List<Integer> statuses = List.of(first.get().status(), second.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM concern WHERE request_id = ?").param(requestId).query(Integer.class).single())
                .isEqualTo(1);
        Counts before = counts();
        assertProblem(raise("ken-ncp", "KEN", requestId, "And again"), 409, "requestId");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void badStatementsAndUnknownFieldsAreRefusedWithTheFieldNamed() {
        String requestId = walk.denied();
        Counts before = counts();
        assertProblem(raise("ken-ncp", "KEN", requestId, "   "), 400, "statement");
        assertProblem(raise("ken-ncp", "KEN", requestId, "x".repeat(4001)), 400, "statement");
        assertProblem(raise("ken-ncp", "ZZZ", requestId, STATEMENT), 400, "raisedBy");
        assertProblem(raise("ken-ncp", "KEN", "not-a-reference", STATEMENT), 400, "requestId");
        Map<String, Object> unknown = body("KEN", requestId, STATEMENT);
        unknown.put("priority", "URGENT");
        assertProblem(api.as("ken-ncp").post("/api/concerns", unknown), 400, "priority");
        assertThat(counts()).isEqualTo(before);

        // an expression is text, never evaluated
        Api.Response expression = raise("ken-ncp", "KEN", requestId, "${runtimeService.deleteProcessInstance('x', 'y')}");
        assertThat(expression.status()).as(expression.body()).isEqualTo(201);
        assertThat(view(expression.json().get("id").asText()).get("statement").asText()).startsWith("${runtimeService");
    }

    @Test
    void onlyThePartiesOfTheConcernAndTheSecretariatSeeItOrStatePositions() {
        String id = raised(walk.denied());
        acknowledge(id);
        assertThat(api.as("uga-ncp").get("/api/concerns/" + id).status()).isEqualTo(404);
        assertThat(api.as("ken-ncp").get("/api/concerns/" + id).status()).isEqualTo(200);
        assertThat(api.as("manager").get("/api/concerns/" + id).status()).isEqualTo(200);
        assertThat(ids(api.as("uga-ncp").get("/api/concerns").json())).doesNotContain(id);
        assertThat(ids(api.as("ken-ncp").get("/api/concerns").json())).contains(id);
        assertThat(ids(api.as("caseworker").get("/api/concerns").json())).contains(id);

        Counts before = counts();
        // another party's concern answers like one that does not exist, before its body is read
        for (Object body : List.of(Map.of("statement", "Uganda agrees"), Map.of("statement", " "), Map.of("statement", 7, "x", 1))) {
            Api.Response uganda = api.as("uga-ncp").post("/api/concerns/" + id + "/positions", body);
            Api.Response none = api.as("uga-ncp").post("/api/concerns/CON-2000-99999/positions", body);
            assertThat(uganda.status()).as(uganda.body()).isEqualTo(404);
            assertThat(uganda.body().replace(id, "{id}")).isEqualTo(none.body().replace("CON-2000-99999", "{id}"));
        }
        assertProblem(api.as("ken-ncp").post("/api/concerns/" + id + "/positions", Map.of("statement", " ")), 400, "statement");
        assertThat(counts()).isEqualTo(before);
        // nobody starts a concern around the API's checks
        for (String user : List.of("ken-ncp", "caseworker", "manager")) {
            assertThat(api.as(user).post("/engine-rest/process-definition/key/" + PROCESS_ID + "/start", Map.of()).status())
                    .as(user).isEqualTo(403);
        }
        assertThat(counts()).isEqualTo(before);
        // Uganda's Tasklist does not hold Kenya's position task
        assertThat(api.as("uga-ncp").get("/engine-rest/task?processInstanceBusinessKey=" + id).json().size()).isZero();
        assertThat(api.as("ken-ncp").get("/engine-rest/task?processInstanceBusinessKey=" + id).json().size()).isEqualTo(1);
    }

    /**
     * Every {@code /api/concerns/{id}/...} endpoint, now and to come: another party's concern and one that does not
     * exist get the same 404 with the same body, whatever the body sent (empty, plausible, wrong types, unknown fields).
     */
    @Test
    void everyConcernEndpointAnswersAnotherPartysConcernLikeAMissingOne() {
        String id = raised(walk.denied());
        acknowledge(id);
        Counts before = counts();
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/concerns/{id}")) {
                    continue;
                }
                for (var verb : info.getMethodsCondition().getMethods()) {
                    for (String body : List.of("{}", "{\"statement\":\"probe\"}", "{\"statement\":7,\"x\":1}", "[")) {
                        for (String user : List.of("uga-ncp", "who-focal")) {
                            Api.Response other = api.as(user).exchange(org.springframework.http.HttpMethod.valueOf(verb.name()),
                                    pattern.replace("{id}", id), body, Map.of());
                            Api.Response none = api.as(user).exchange(org.springframework.http.HttpMethod.valueOf(verb.name()),
                                    pattern.replace("{id}", "CON-2000-99999"), body, Map.of());
                            assertThat(other.status()).as("%s %s as %s: %s", verb, pattern, user, other.body()).isEqualTo(404);
                            assertThat(other.body().replace(id, "{id}")).isEqualTo(none.body().replace("CON-2000-99999", "{id}"));
                        }
                    }
                    checked.add(verb + " " + pattern);
                }
            }
        });
        assertThat(checked).contains("GET /api/concerns/{id}", "POST /api/concerns/{id}/positions");
        assertThat(counts()).isEqualTo(before);
    }

    // --- path fragments -----------------------------------------------------------------------------------

    /** Kenya's request for {@code items}, reviewed complete and screened without a Balance review. */
    String screened(List<Map<String, Object>> items) {
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("items", items);
        Api.Response submitted = api.as("ken-ncp").post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        walk.runDueJobs();
        assertThat(tasklist.submitForm("caseworker", id, "reviewCompleteness", Map.of("complete", true)).status()).isEqualTo(204);
        walk.runDueJobs();
        assertThat(walk.request(id)).hasPassed(AssistanceRequestProcess.GATEWAY_APPROVED);
        return id;
    }

    String raised(String requestId) {
        Api.Response raised = raise("ken-ncp", "KEN", requestId, STATEMENT);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.json().get("id").asText();
    }

    void acknowledge(String id) {
        Api.Response acknowledged = tasklist.submitForm("caseworker", id, TASK_ACKNOWLEDGE_CONCERN,
                Map.of("acknowledgement", "The ISU acknowledges the concern and opens consultations."));
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(204);
    }

    Api.Response raise(String user, String raisedBy, String requestId, String statement) {
        return api.as(user).post("/api/concerns", body(raisedBy, requestId, statement));
    }

    static Map<String, Object> body(String raisedBy, String requestId, String statement) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("raisedBy", raisedBy);
        body.put("requestId", requestId);
        body.put("statement", statement);
        return body;
    }

    ProcessInstance concern(String id) {
        return walk.instance(PROCESS_ID, id);
    }

    JsonNode view(String id) {
        return api.as("caseworker").get("/api/concerns/" + id).json();
    }

    static List<String> events(JsonNode view) {
        List<String> events = new ArrayList<>();
        view.get("history").forEach(h -> events.add(h.get("event").asText()));
        return events;
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as(response.body()).contains(field);
    }

    /** A refusal from the engine REST API (Tasklist's path): 400 with the field in the message. */
    static void assertProblemText(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }

    record Counts(int concerns, int history, int positions, int notifications, long instances) {
    }

    Counts counts() {
        return new Counts(count("concern"), count("concern_status_history"), count("concern_position"), count("notification"),
                engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count());
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
