package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_CLOSED_UNMATCHED;
import static org.bwc.articlex.process.AssistanceRequestProcess.CALL_ACTIVITY_REQUEST_FUNDING;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_AWAIT_IMPLEMENTATION_START;
import static org.bwc.articlex.process.AssistanceRequestProcess.MESSAGE_EVENT_OFFER_PUBLISHED;
import static org.bwc.articlex.process.AssistanceRequestProcess.MESSAGE_EVENT_PROPOSED_OFFER_UNAVAILABLE;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROPOSE_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RANK_CANDIDATES;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_OFFER_RESPONSE;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_PROPOSAL_LAPSED;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RESOLVE_ESCALATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.CALL_ACTIVITY_OFFER_RESPONSE;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_OFFER_RESPONSE_TIMEOUT;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_OPEN_NEED_ESCALATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_WEEKLY_REMATCH;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;

/**
 * Every path of matching: matched first time, declined → next, timeout → next, no candidate → open need → new
 * offer → matched, open-need escalation (continue / close), offer expiry while proposed, and the offers
 * registry's bad input. Each scenario uses its own category and region so that offers of other scenarios in
 * the same database never compete.
 */
abstract class MatchingScenarios extends CaseScenario {



    @Test
    void requestIsMatchedWithTheBestOfferFirstTime() {
        String funded = published("deu-ncp", Offers.offer("DEU", "LEGISLATION_REGULATION", List.of("AFRICAN"), true, 3));
        String unfunded = published("fra-ncp", Offers.offer("FRA", "LEGISLATION_REGULATION", List.of("AFRICAN", "ASIA_PACIFIC"), false, 1));
        String id = approved("KEN", "LEGISLATION_REGULATION");
        ProcessInstance instance = driver.instance(id);

        assertThat(instance).hasPassed(TASK_RANK_CANDIDATES).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(task(instance)).hasCandidateGroup("caseworkers");
        assertThat(status(id)).isEqualTo("MATCHING");
        List<String> ranked = candidateIds(instance);
        assertThat(ranked).containsExactly(funded, unfunded);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "candidateDetails"))
                .contains("funding").contains("category +40");

        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", funded)).status()).isEqualTo(204);
        assertThat(instance).hasPassed(TASK_PROPOSE_MATCH).isWaitingAt(CALL_ACTIVITY_OFFER_RESPONSE);
        ProcessInstance response = offerResponse(id);
        assertThat(response).hasPassed(OfferResponseProcess.START_MATCH_PROPOSED).isWaitingAt(TASK_RESPOND_TO_MATCH);
        assertThat(tasklist.task(id, TASK_RESPOND_TO_MATCH)).hasCandidateGroup("sp-DEU");
        assertThat(status(id)).isEqualTo("AWAITING_OFFEROR");

        Api.Response accepted = api.as("deu-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", funded, "accepted", true, "note", "Course in Nairobi in March"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(response).hasPassedInOrder(TASK_RESPOND_TO_MATCH, OfferResponseProcess.END_OFFER_ANSWERED).isEnded();

        // the offer includes funding: request-funding completes at once and the case waits for implementation
        driver.runDueJobs();
        assertThat(instance).hasPassedInOrder(CALL_ACTIVITY_OFFER_RESPONSE, TASK_RECORD_OFFER_RESPONSE, CALL_ACTIVITY_REQUEST_FUNDING)
                .isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        JsonNode view = api.as("ken-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("matchedOfferId").asText()).isEqualTo(funded);
        assertThat(view.get("status").asText()).isEqualTo("FUNDING");
        assertThat(api.as("ken-ncp").get("/api/offers/" + funded).json().get("remainingCapacity").asInt()).isEqualTo(2);
    }

    @Test
    void declinedOfferMovesTheRequestToTheNextCandidate() {
        String first = published("deu-ncp", Offers.offer("DEU", "EDUCATION_EXCHANGE", List.of("AFRICAN"), true, 2));
        String second = published("who-focal", Offers.offer("WHO", "EDUCATION_EXCHANGE", List.of("AFRICAN"), false, 2));
        String id = approved("UGA", "EDUCATION_EXCHANGE");
        ProcessInstance instance = driver.instance(id);
        Instant proposedAt = ClockUtil.now().toInstant();
        confirm(id, first);
        List<JsonNode> proposals = offerNotices("DEU", first).stream()
                .filter(n -> n.get("event").asText().equals("OFFER_PROPOSED")).toList();
        assertThat(proposals).as("Germany is told of the proposal in its feed (and by e-mail)").hasSize(1);
        JsonNode proposal = proposals.get(0);
        assertThat(proposal.get("message").asText()).contains(id).contains("Uganda").contains("/offer-response");
        assertThat(Duration.between(proposedAt, Instant.parse(proposal.get("deadline").asText())))
                .as("the response time").isBetween(Duration.ofDays(21), Duration.ofDays(21).plusMinutes(1));

        Api.Response declined = api.as("deu-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", first, "accepted", false, "note", "No trainers available this year"));
        assertThat(declined.status()).isEqualTo(202);
        driver.runDueJobs();

        assertThat(instance).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(candidateIds(instance)).as("a declined offer is not proposed again").containsExactly(second);
        confirm(id, second);
        assertThat(tasklist.task(id, TASK_RESPOND_TO_MATCH)).hasCandidateGroup("org-WHO");
        // WHO reads what its form shows and the case's ids, not the ranking, the other candidates, Germany's answer
        String whoReads = api.as("who-focal").get("/engine-rest/task/" + tasklist.task(id, TASK_RESPOND_TO_MATCH).getId()
                + "/variables").body();
        assertThat(whoReads).doesNotContain("No trainers available").doesNotContain(first)
                .doesNotContain("matchCandidates").doesNotContain("candidateDetails").doesNotContain("duplicateFlags");

        // the organisation answers in its own Tasklist: the same task, the same validation
        assertThat(tasklist.submitForm("who-focal", id, TASK_RESPOND_TO_MATCH, Map.of()).status()).isEqualTo(400);
        assertThat(tasklist.submitForm("who-focal", id, TASK_RESPOND_TO_MATCH, Map.of("offerAccepted", true)).status()).isEqualTo(204);
        driver.runDueJobs();
        assertThat(instance).as("WHO's offer brings no funding: the request waits for pledges")
                .isWaitingAt(CALL_ACTIVITY_REQUEST_FUNDING);
        assertThat(api.as("uga-ncp").get("/api/requests/" + id).json().get("matchedOfferId").asText()).isEqualTo(second);
    }

    @Test
    void offeringPartyOfAReferredRequestReadsNeitherTheManagersReasoningNorTheRanking() {
        String offer = published("fra-ncp", Offers.offer("FRA", "RESEARCH_COLLABORATION", List.of("AFRICAN"), false, 1));
        Map<String, Object> body = Requests.from("TZA");
        body.put("category", "RESEARCH_COLLABORATION");
        body.put("items", List.of(Requests.item("AGENT", "Ebola virus inactivated reference material", 1)));
        String id = approved(body);
        String reasoning = "Inactivated material only; rule reviewed with the national authority of Tanzania";
        Api.Response reviewed = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW,
                Map.of("balanceDecision", "APPROVE", "justification", reasoning));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        driver.runDueJobs();
        ProcessInstance instance = driver.instance(id);
        assertThat(instance).isWaitingAt(TASK_CONFIRM_MATCH);
        confirm(id, offer);

        String franceReads = api.as("fra-ncp").get("/engine-rest/task/" + tasklist.task(id, TASK_RESPOND_TO_MATCH).getId()
                + "/variables").body();
        assertThat(franceReads).contains("\"requestTitle\"").contains("\"proposedOfferId\"")
                .doesNotContain(reasoning).doesNotContain("\"justification\"").doesNotContain("\"matchCandidates\"")
                .doesNotContain("\"candidateDetails\"");
        assertThat(api.as("fra-ncp").get("/engine-rest/history/variable-instance?processInstanceId=" + instance.getId()).body())
                .as("nor in the case's history").doesNotContain(reasoning);
        assertThat(api.as("manager").get("/api/requests/" + id + "/decisions").body()).as("kept where it belongs")
                .contains(reasoning);
    }

    @Test
    void requestWithdrawnWhileProposedClosesTheProposalAndTellsTheOfferingParty() {
        String offer = published("ita-ncp", Offers.offer("ITA", "DIAGNOSTICS", List.of("AFRICAN"), false, 1));
        String id = approved("GHA", "DIAGNOSTICS");
        confirm(id, offer);
        assertThat(api.as("gha-ncp").post("/api/requests/" + id + "/withdrawal",
                Map.of("reason", "Covered by a regional programme")).status()).isEqualTo(202);
        driver.runDueJobs();

        assertThat(api.as("gha-ncp").get("/api/requests/" + id).json().get("status").asText()).isEqualTo("WITHDRAWN");
        List<String> told = offerNotices("ITA", offer).stream()
                .map(n -> n.get("event").asText() + ": " + n.get("message").asText()).toList();
        assertThat(told).hasSize(3);
        assertThat(told.get(2)).startsWith("PROPOSAL_WITHDRAWN: ").contains(id);
        Api.Response late = api.as("ita-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", offer, "accepted", true));
        assertThat(late.status()).as("nothing left to answer").isEqualTo(409);
        assertThat(api.as("ita-ncp").get("/api/offers/" + offer).json().get("remainingCapacity").asInt()).isEqualTo(1);
    }

    @Test
    void unansweredProposalTimesOutAndTheNextCandidateIsTried() {
        String slow = published("nor-ncp", Offers.offer("NOR", "RESEARCH_COLLABORATION", List.of("EASTERN_EUROPEAN"), true, 1));
        String next = published("fao-focal", Offers.offer("FAO", "RESEARCH_COLLABORATION", List.of("EASTERN_EUROPEAN"), false, 1));
        String id = approved("UKR", "RESEARCH_COLLABORATION");
        ProcessInstance instance = driver.instance(id);
        confirm(id, slow);

        driver.letTimePass(Duration.ofDays(20));
        assertThat(instance).isWaitingAt(CALL_ACTIVITY_OFFER_RESPONSE);
        ProcessInstance response = offerResponse(id);
        driver.letTimePass(Duration.ofDays(2));
        assertThat(response).as("the party's task goes with the lapsed proposal").isEnded()
                .hasNotPassed(OfferResponseProcess.END_OFFER_ANSWERED);
        assertThat(tasklist.task(id, TASK_RESPOND_TO_MATCH)).isNull();

        assertThat(instance).hasPassed(TIMER_OFFER_RESPONSE_TIMEOUT, TASK_RECORD_PROPOSAL_LAPSED).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(candidateIds(instance)).containsExactly(next);
        assertThat(api.as("nor-ncp").post("/api/requests/" + id + "/offer-response", Map.of("offerId", slow, "accepted", true)).status())
                .as("a lapsed proposal can no longer be answered").isEqualTo(409);
    }

    @Test
    void requestWithoutCandidatesBecomesAnOpenNeedAndIsMatchedWhenAFittingOfferIsPublished() {
        String id = approved("BRA", "DIAGNOSTICS");
        ProcessInstance instance = driver.instance(id);
        assertThat(status(id)).isEqualTo("OPEN_NEED");
        JsonNode openNeeds = api.as("caseworker").get("/api/open-needs?category=DIAGNOSTICS&region=LATIN_AMERICAN_CARIBBEAN").json();
        assertThat(openNeeds.get("needs").toString()).contains(id);
        assertThat(openNeeds.get("byCategoryAndRegion").get(0).get("count").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.as("deu-ncp").get("/api/open-needs").json().get("needs").toString())
                .as("other States see counts, not the cases").doesNotContain(id);

        // an offer for another region does not wake it
        published("jpn-ncp", Offers.offer("JPN", "DIAGNOSTICS", List.of("ASIA_PACIFIC"), true, 1));
        assertThat(status(id)).isEqualTo("OPEN_NEED");

        String fitting = published("esp-ncp", Offers.offer("ESP", "DIAGNOSTICS", List.of("LATIN_AMERICAN_CARIBBEAN"), true, 1));
        assertThat(instance).hasPassed(MESSAGE_EVENT_OFFER_PUBLISHED).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(candidateIds(instance)).containsExactly(fitting);
        assertThat(status(id)).isEqualTo("MATCHING");
    }

    @Test
    void openNeedIsMatchedAgainWeeklyAndEscalatesAfterNinetyDaysToBeClosed() {
        String id = approved("IND", "VACCINES_THERAPEUTICS");
        ProcessInstance instance = driver.instance(id);
        assertThat(status(id)).isEqualTo("OPEN_NEED");

        driver.letTimePass(Duration.ofDays(8));
        assertThat(instance).hasPassed(TIMER_WEEKLY_REMATCH).hasNotPassed(TIMER_OPEN_NEED_ESCALATION);
        assertThat(status(id)).isEqualTo("OPEN_NEED");
        for (int week = 0; week < 12; week++) {
            driver.letTimePass(Duration.ofDays(7));
        }
        assertThat(instance).hasPassed(TIMER_OPEN_NEED_ESCALATION).isWaitingAt(TASK_RESOLVE_ESCALATION);
        assertThat(task(instance)).hasCandidateGroup("managers");

        assertThat(tasklist.submitForm("manager", id, TASK_RESOLVE_ESCALATION,
                Map.of("escalationAction", "CLOSE", "note", "No donor interest after two appeals")).status()).isEqualTo(204);
        assertThat(instance).hasPassed(END_CLOSED_UNMATCHED).isEnded();
        JsonNode view = api.as("ind-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("LAPSED");
        assertThat(view.get("history").get(view.get("history").size() - 1).get("note").asText()).contains("No donor interest");
    }

    @Test
    void escalatedOpenNeedThatContinuesWaitsAnotherPeriod() {
        String id = approved("PAK", "VACCINES_THERAPEUTICS");
        ProcessInstance instance = driver.instance(id);
        driver.letTimePass(Duration.ofDays(91));
        assertThat(instance).isWaitingAt(TASK_RESOLVE_ESCALATION);

        tasklist.submitForm("manager", id, TASK_RESOLVE_ESCALATION, Map.of("escalationAction", "CONTINUE", "note", "Appeal at the MSP"));
        assertThat(status(id)).isEqualTo("OPEN_NEED");
        driver.letTimePass(Duration.ofDays(85));
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_RESOLVE_ESCALATION).count()).as("not yet escalated again").isZero();
        driver.letTimePass(Duration.ofDays(7));
        assertThat(instance).isWaitingAt(TASK_RESOLVE_ESCALATION);
    }

    @Test
    void offerExpiringWhileProposedReleasesTheRequest() {
        Map<String, Object> shortLived = Offers.offer("CAN", "OUTBREAK_RESPONSE", List.of("AFRICAN"), true, 1);
        shortLived.put("validUntil", LocalDate.now().plusDays(1).toString());
        String offer = published("can-ncp", shortLived);
        String id = approved("NGA", "OUTBREAK_RESPONSE");
        ProcessInstance instance = driver.instance(id);
        confirm(id, offer);
        assertThat(instance).isWaitingAt(CALL_ACTIVITY_OFFER_RESPONSE);

        driver.letTimePass(Duration.ofDays(3));

        assertThat(api.as("can-ncp").get("/api/offers/" + offer).json().get("status").asText()).isEqualTo("EXPIRED");
        assertThat(instance).hasPassed(MESSAGE_EVENT_PROPOSED_OFFER_UNAVAILABLE, TASK_RECORD_PROPOSAL_LAPSED);
        assertThat(status(id)).isEqualTo("OPEN_NEED");
    }

    @Test
    void caseworkerMustChooseARankedOfferOrNoneAndNoSuitableOfferMakesAnOpenNeed() {
        String offer = published("che-ncp", Offers.offer("CHE", "OTHER", List.of("WESTERN_EUROPEAN_OTHERS"), false, 1));
        String id = approved("AUT", "OTHER");
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of()).status()).isEqualTo(400);
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", "OFF-1999-0001")).status())
                .isEqualTo(400);
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH,
                Map.of("selectedOfferId", offer, "noSuitableOffer", true)).status()).isEqualTo(400);

        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("noSuitableOffer", true)).status()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("OPEN_NEED");
    }

    @Test
    void aSecondOpenRequestOfTheSameStateAndCategoryIsFlaggedAsPossibleDuplication() {
        published("swe-ncp", Offers.offer("SWE", "DISEASE_SURVEILLANCE", List.of("ASIA_PACIFIC"), true, 5));
        String first = approved("VNM", "DISEASE_SURVEILLANCE");
        String second = approved("VNM", "DISEASE_SURVEILLANCE");
        Object flags = engine.getRuntimeService().getVariable(driver.instance(second).getId(), "duplicateFlags");
        assertThat((String) flags).contains("avoid duplication").contains(first);
    }

    @Test
    void anOfferServingAnOpenRequestOfTheStateIsFlaggedButNotOnceThatRequestIsCompleted() {
        String offer = published("nor-ncp", Offers.offer("NOR", "EDUCATION_EXCHANGE", List.of("ASIA_PACIFIC"), true, 3));
        String served = approved("LAO", "EDUCATION_EXCHANGE");
        walk.matched(served, offer, "nor-ncp");

        String second = approved("LAO", "EDUCATION_EXCHANGE");
        assertThat(duplicateFlags(second)).contains("offer " + offer + " already serves request " + served + " of LAO");

        driver.runDueJobs();
        assertThat(walk.implementation("nor-ncp", served, "STARTED", null).status()).isEqualTo(202);
        assertThat(walk.implementation("nor-ncp", served, "COMPLETED", null).status()).isEqualTo(202);
        assertThat(walk.completionReport("lao-ncp", served, "Exchange held", List.of("6 fellows hosted"), 6).status())
                .isEqualTo(202);
        assertThat(tasklist.submitForm("caseworker", served, "reviewCompletionReport", Map.of("reportAccepted", true))
                .status()).isEqualTo(204);
        assertThat(walk.status(served)).isEqualTo("COMPLETED");

        String third = approved("LAO", "EDUCATION_EXCHANGE");
        assertThat(duplicateFlags(third)).contains("open request " + second).doesNotContain(served);
    }

    private String duplicateFlags(String id) {
        return (String) engine.getRuntimeService().getVariable(driver.instance(id).getId(), "duplicateFlags");
    }

    @Test
    void offerResponseFromAnotherPartyIsForbiddenAndForAnotherOfferIsAConflict() {
        String offer = published("gbr-ncp", Offers.offer("GBR", "LABORATORY_EQUIPMENT", List.of("AFRICAN"), true, 1));
        String other = published("ita-ncp", Offers.offer("ITA", "LABORATORY_EQUIPMENT", List.of("AFRICAN"), false, 1));
        Map<String, Object> body = Requests.from("GHA");
        body.put("category", "LABORATORY_EQUIPMENT");
        body.put("items", List.of(Requests.item("EQUIPMENT", "Real-time PCR thermocycler", 1)));
        String id = approved(body);
        confirm(id, offer);

        // a party the request was never proposed to does not learn that it exists
        assertThat(api.as("ita-ncp").post("/api/requests/" + id + "/offer-response", Map.of("offerId", offer, "accepted", true)).status())
                .isEqualTo(404);
        assertThat(api.as("gha-ncp").post("/api/requests/" + id + "/offer-response", Map.of("offerId", offer, "accepted", true)).status())
                .as("the requester cannot accept on the offeror's behalf").isEqualTo(403);
        Api.Response wrongOffer = api.as("gbr-ncp").post("/api/requests/" + id + "/offer-response", Map.of("offerId", other, "accepted", true));
        assertThat(wrongOffer.status()).isEqualTo(409);
        assertThat(wrongOffer.contentType()).startsWith("application/problem+json");
        assertThat(status(id)).isEqualTo("AWAITING_OFFEROR");
    }

    @Test
    void twoAcceptancesRacingForTheLastUnitOfCapacityLetExactlyOneWin() throws Exception {
        String offer = published("nld-ncp", Offers.offer("NLD", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("EASTERN_EUROPEAN"), true, 1));
        String poland = approved(withCategory(Requests.from("POL"), "BIOSAFETY_BIOSECURITY_TRAINING"));
        String czechia = approved(withCategory(Requests.from("CZE"), "BIOSAFETY_BIOSECURITY_TRAINING"));
        confirm(poland, offer);
        confirm(czechia, offer);

        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (String request : List.of(poland, czechia)) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return api.as("nld-ncp").post("/api/requests/" + request + "/offer-response",
                            Map.of("offerId", offer, "accepted", true)).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            // the loser's answer is recorded as not matched, and it is told so
            assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        } finally {
            threads.shutdownNow();
        }
        driver.runDueJobs();

        List<String> statuses = List.of(status(poland), status(czechia));
        assertThat(statuses).as("exactly one request got the last unit").containsExactlyInAnyOrder("FUNDING", "OPEN_NEED");
        assertThat(api.as("nld-ncp").get("/api/offers/" + offer).json().get("remainingCapacity").asInt()).isZero();
        String loser = status(poland).equals("OPEN_NEED") ? poland : czechia;
        assertThat(api.as("caseworker").get("/api/requests/" + loser).json().get("matchedOfferId").isNull()).isTrue();
    }

    @Test
    void badOffersAreRefusedWithTheFieldNamedAndNothingIsCreated() {
        int before = api.as("caseworker").get("/api/offers?size=200").json().size();
        assertBad("deu-ncp", with("category", "CHOCOLATE"), "category");
        assertBad("deu-ncp", with("eligibleRegions", List.of("ATLANTIS")), "eligibleRegions[0]");
        assertBad("deu-ncp", with("languages", List.of("xx")), "languages[0]");
        assertBad("deu-ncp", with("validUntil", LocalDate.now().minusDays(1).toString()), "validUntil");
        assertBad("deu-ncp", with("capacity", 0), "capacity");
        Map<String, Object> israel = Offers.offer("ISR", "OTHER", List.of("AFRICAN"), true, 1);
        Api.Response notParty = api.as("caseworker").post("/api/offers", israel);
        assertThat(notParty.status()).isEqualTo(400);
        assertThat(notParty.body()).contains("not a State Party");
        assertThat(api.as("ken-ncp").post("/api/offers", Offers.offer("DEU", "OTHER", List.of("AFRICAN"), true, 1)).status())
                .as("Kenya cannot offer in Germany's name").isEqualTo(403);
        assertThat(api.as("caseworker").get("/api/offers?size=200").json().size()).isEqualTo(before);
    }

    // --- path fragments -------------------------------------------------------------------------------

    String published(String user, Map<String, Object> offer) {
        Api.Response created = api.as(user).post("/api/offers", offer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(id).matches("OFF-\\d{4}-\\d{4}");
        driver.runDueJobs();
        assertThat(api.as(user).get("/api/offers/" + id).json().get("status").asText()).isEqualTo("PUBLISHED");
        return id;
    }

    /** The offering State's feed entries about one of its offers, oldest first, as its contact point reads them. */
    List<JsonNode> offerNotices(String state, String offerId) {
        List<JsonNode> notices = new ArrayList<>();
        api.as(state.toLowerCase(java.util.Locale.ROOT) + "-ncp").get("/api/states/" + state + "/notifications").json()
                .forEach(n -> {
                    if (n.get("requestId").asText().equals(offerId)) {
                        notices.add(n);
                    }
                });
        return notices;
    }

    String approved(String state, String category) {
        Map<String, Object> body = Requests.from(state);
        body.put("category", category);
        body.put("items", List.of(Requests.item("TRAINING", "Workshop for national experts", 12)));
        return approved(body);
    }

    /** Submitted by the secretariat on the State's behalf, reviewed complete, screened clear, ranked. */
    String approved(Map<String, Object> body) {
        Api.Response submitted = api.as("caseworker").post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        driver.runDueJobs();
        assertThat(tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", true)).status()).isEqualTo(204);
        driver.runDueJobs();
        return id;
    }

    static Map<String, Object> withCategory(Map<String, Object> body, String category) {
        body.put("category", category);
        body.put("items", List.of(Requests.item("TRAINING", "Biosafety officer course", 10)));
        return body;
    }

    void confirm(String id, String offerId) {
        Api.Response confirmed = tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", offerId));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
    }

    /** The offering party's own {@code offer-response} instance, called by the case under the same business key. */
    ProcessInstance offerResponse(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OfferResponseProcess.PROCESS_ID)
                .processInstanceBusinessKey(id).singleResult();
    }

    List<String> candidateIds(ProcessInstance instance) {
        SpinJsonNode candidates = (SpinJsonNode) engine.getRuntimeService().getVariable(instance.getId(), "matchCandidates");
        List<String> ids = new ArrayList<>();
        candidates.elements().forEach(c -> ids.add(c.prop("value").stringValue()));
        return ids;
    }


    Map<String, Object> with(String field, Object value) {
        Map<String, Object> offer = Offers.offer("DEU", "OTHER", List.of("AFRICAN"), true, 1);
        offer.put(field, value);
        return offer;
    }

    void assertBad(String user, Map<String, Object> offer, String field) {
        Api.Response response = api.as(user).post("/api/offers", offer);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
