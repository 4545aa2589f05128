package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.funding.RequestFundingProcess.END_FUNDED;
import static org.bwc.articlex.funding.RequestFundingProcess.END_PROCEED_WITH_REDUCED_SCOPE;
import static org.bwc.articlex.funding.RequestFundingProcess.END_RETURNED_TO_OPEN_NEEDS;
import static org.bwc.articlex.funding.RequestFundingProcess.GATEWAY_AWAIT_PLEDGE;
import static org.bwc.articlex.funding.RequestFundingProcess.MESSAGE_EVENT_PLEDGE_RECEIVED;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_DECIDE_PARTIAL_FUNDING;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_ESTIMATE_WHOLE_LIFE_COST;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_RECORD_FUNDING_DECISION;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_RECORD_OFFER_FUNDING;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_TALLY_PLEDGES;
import static org.bwc.articlex.funding.RequestFundingProcess.TIMER_FUNDING_DEADLINE;
import static org.bwc.articlex.process.AssistanceRequestProcess.CALL_ACTIVITY_REQUEST_FUNDING;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_WITHDRAWN;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_AWAIT_IMPLEMENTATION_START;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RELEASE_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RELEASE_MATCH_ON_WITHDRAWAL;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.metrics.MetricsRefresher;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.ProcessDriver;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Every path of {@code request-funding} through the real entry points (offer response, pledges, the managers'
 * Tasklist, the funding deadline): funded by the offer; funded by two pledges; partly funded at the deadline →
 * proceed reduced / extend (then funded) / return to open needs; nothing pledged → open needs; and the pledges'
 * bad input, surplus and withdrawal. Every request asks for LABORATORY_EQUIPMENT from the ASIA_PACIFIC group, a
 * combination no other scenario uses, and picks its own offer by id. The example request's whole-life estimate is
 * 119,000.00 USD (see {@link CaseWalk#exampleRequest}).
 */
abstract class FundingScenarios {

    static final String CATEGORY = "LABORATORY_EQUIPMENT";
    static final List<String> REGIONS = List.of("ASIA_PACIFIC");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MetricsRefresher metricsRefresher;

    Api api;
    Tasklist tasklist;
    ProcessDriver driver;
    CaseWalk walk;

    @BeforeEach
    void setUp() {
        api = new Api(http);
        tasklist = new Tasklist(api, engine);
        driver = new ProcessDriver(engine);
        walk = new CaseWalk(api, tasklist, engine);
        init(engine);
    }

    @AfterEach
    void tearDown() {
        driver.reset();
    }

    @Test
    void offerWithFundingIncludedFundsTheRequestAtOnce() {
        String offer = walk.publishedOffer("aus-ncp", Offers.offer("AUS", CATEGORY, REGIONS, true, 2));
        String id = walk.approved(CaseWalk.exampleRequest("THA", CATEGORY));
        walk.matched(id, offer, "aus-ncp");
        ProcessInstance funding = walk.funding(id);
        assertThat(funding).as("the estimate runs as a job of its own").isWaitingAt(TASK_ESTIMATE_WHOLE_LIFE_COST);

        walk.runDueJobs();

        assertThat(funding).hasPassedInOrder(TASK_ESTIMATE_WHOLE_LIFE_COST, TASK_RECORD_OFFER_FUNDING, END_FUNDED)
                .hasNotPassed(TASK_TALLY_PLEDGES).isEnded();
        assertThat(walk.request(id)).hasPassed(CALL_ACTIVITY_REQUEST_FUNDING).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        assertThat(walk.status(id)).as("FUNDING until implementation starts").isEqualTo("FUNDING");
        JsonNode view = walk.funding("tha-ncp", id);
        assertThat(view.get("status").asText()).isEqualTo("FUNDED");
        assertThat(view.get("fundedBy").asText()).isEqualTo("AUS");
        assertThat(view.get("requested").get("amount").asText()).isEqualTo("119000.00");
        assertThat(view.get("pledged").get("amount").asText()).isEqualTo("119000.00");
        assertThat(view.get("gap").get("amount").asText()).isEqualTo("0.00");
        assertThat(view.get("surplus").get("amount").asText()).isEqualTo("0.00");
        JsonNode estimate = view.get("estimate");
        assertThat(estimate.get("costBasis").asText()).isEqualTo("REQUEST_ESTIMATE");
        assertThat(estimate.get("oneOff").get("amount").asText()).isEqualTo("85000.00");
        assertThat(estimate.get("recurring").get("amount").asText()).isEqualTo("34000.00");
        assertThat(estimate.get("lines")).hasSize(2);
        assertThat(estimate.get("lines").get(1).get("kind").asText()).isEqualTo("EQUIPMENT");
        assertThat(estimate.get("lines").get(1).get("serviceLifeYears").asInt()).isEqualTo(8);
        assertThat(view.get("pledges")).hasSize(1);
        assertThat(view.get("pledges").get(0).get("source").asText()).isEqualTo("OFFER");
        assertThat(walk.notifications("THA", id, "FUNDING_SECURED")).isEqualTo(1);
        assertThat(walk.notifications("AUS", id, "FUNDING_SECURED")).as("the offering party learns it too").isEqualTo(1);
    }

    @Test
    void twoPledgesThatAddUpFundTheRequest() {
        String id = raisingFunds("PHL", "kor-ncp", "KOR");
        ProcessInstance funding = walk.funding(id);
        assertThat(funding).hasPassed(TASK_TALLY_PLEDGES).hasNotPassed(TASK_RECORD_OFFER_FUNDING).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        assertThat(funding).isWaitingFor("PledgeReceived");
        assertThat(walk.funding("phl-ncp", id).get("status").asText()).isEqualTo("OPEN");
        BigDecimal pledgedBefore = managersOpenFunding("pledged");

        Api.Response first = walk.pledge("nor-ncp", id, "NOR", "60000.00", "USD");
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().get("surplus").asBoolean()).isFalse();
        assertThat(funding).hasPassed(MESSAGE_EVENT_PLEDGE_RECEIVED).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        assertThat(walk.funding("phl-ncp", id).get("gap").get("amount").asText()).isEqualTo("59000.00");
        assertThat(managersOpenFunding("pledged")).as("a pledge is no status change, yet the managers' figures count it")
                .isEqualByComparingTo(pledgedBefore.add(new BigDecimal("60000.00")));

        // the secretariat records a pledge on an organisation's behalf
        Api.Response second = walk.pledge("caseworker", id, "WHO", "59000", "USD");
        assertThat(second.status()).as(second.body()).isEqualTo(202);

        assertThat(funding).hasPassed(END_FUNDED).isEnded();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        JsonNode view = walk.funding("phl-ncp", id);
        assertThat(view.get("status").asText()).isEqualTo("FUNDED");
        assertThat(view.get("pledged").get("amount").asText()).isEqualTo("119000.00");
        assertThat(view.get("gap").get("amount").asText()).isEqualTo("0.00");
        assertThat(view.get("pledges").get(1).get("donor").asText()).isEqualTo("WHO");
        assertThat(view.get("pledges").get(1).get("pledgedBy").asText()).isEqualTo("caseworker");
        assertThat(view.get("pledges").get(1).get("amount").get("amount").asText()).isEqualTo("59000.00");
        assertThat(walk.funding("nor-ncp", id).get("status").asText()).as("a donor follows what it funds").isEqualTo("FUNDED");
    }

    @Test
    void partlyFundedRequestProceedsWithAReducedScopeWhenManagersSoDecide() {
        String id = raisingFunds("IDN", "nzl-ncp", "NZL");
        ProcessInstance funding = walk.funding(id);
        assertThat(walk.pledge("swe-ncp", id, "SWE", "50000.00", "USD").status()).isEqualTo(202);

        walk.letTimePass(Duration.ofDays(59));
        assertThat(funding).hasNotPassed(TIMER_FUNDING_DEADLINE).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        walk.letTimePass(Duration.ofDays(2));

        assertThat(funding).hasPassed(TIMER_FUNDING_DEADLINE).isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);
        assertThat(task(funding)).hasCandidateGroup("managers");
        String taskId = task(funding).getId();
        assertThat(engine.getTaskService().getVariableLocal(taskId, "fundingGap")).isEqualTo("69000.00 USD");
        assertThat(tasklist.submitForm("manager", taskId, Map.of()).status()).isEqualTo(400);
        assertThat(tasklist.submitForm("manager", taskId, Map.of("fundingDecision", "HOPE")).status()).isEqualTo(400);

        Api.Response decided = tasklist.submitForm("manager", taskId,
                Map.of("fundingDecision", "PROCEED_REDUCED", "fundingDecisionNote", "Training now, the cabinets later"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        assertThat(funding).hasPassedInOrder(TASK_DECIDE_PARTIAL_FUNDING, TASK_RECORD_FUNDING_DECISION, END_PROCEED_WITH_REDUCED_SCOPE)
                .isEnded();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        JsonNode view = walk.funding("idn-ncp", id);
        assertThat(view.get("status").asText()).isEqualTo("PROCEED_REDUCED");
        assertThat(view.get("gap").get("amount").asText()).isEqualTo("69000.00");
        assertThat(view.get("decisions").get(0).get("decision").asText()).isEqualTo("PROCEED_REDUCED");
        assertThat(view.get("decisions").get(0).get("decidedBy").asText()).isEqualTo("manager");
        assertThat(view.get("decisions").get(0).get("pledged").get("amount").asText()).isEqualTo("50000.00");
        assertThat(walk.notifications("IDN", id, "FUNDING_SECURED")).isEqualTo(1);
    }

    @Test
    void partlyFundedRequestWhoseDeadlineIsExtendedIsFundedByALaterPledge() {
        String id = raisingFunds("LKA", "can-ncp", "CAN");
        ProcessInstance funding = walk.funding(id);
        assertThat(walk.pledge("dnk-ncp", id, "DNK", "20000.00", "USD").status()).isEqualTo(202);
        Instant firstDeadline = Instant.parse(walk.funding("lka-ncp", id).get("deadline").asText());
        walk.letTimePass(Duration.ofDays(61));
        assertThat(funding).isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);

        assertThat(tasklist.submitForm("manager", task(funding).getId(), Map.of("fundingDecision", "EXTEND")).status()).isEqualTo(204);

        assertThat(funding).hasPassed(TASK_RECORD_FUNDING_DECISION).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        Instant extended = Instant.parse(walk.funding("lka-ncp", id).get("deadline").asText());
        assertThat(Duration.between(firstDeadline, extended).toDays()).as("30 days from the decision, a day after the first deadline")
                .isEqualTo(31);
        walk.letTimePass(Duration.ofDays(29));
        assertThat(funding).isWaitingAt(GATEWAY_AWAIT_PLEDGE);

        assertThat(walk.pledge("fin-ncp", id, "FIN", "99000.00", "USD").status()).isEqualTo(202);

        assertThat(funding).hasPassed(END_FUNDED).hasNotPassed(END_PROCEED_WITH_REDUCED_SCOPE).isEnded();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        assertThat(walk.funding("lka-ncp", id).get("decisions").get(0).get("decision").asText()).isEqualTo("EXTEND");
    }

    @Test
    void pledgeMadeWhileManagersDecideIsCountedWhenTheDeadlineIsExtended() {
        String id = raisingFunds("MNG", "jpn-ncp", "JPN");
        ProcessInstance funding = walk.funding(id);
        assertThat(walk.pledge("irl-ncp", id, "IRL", "19000.00", "USD").status()).isEqualTo(202);
        walk.letTimePass(Duration.ofDays(61));
        assertThat(funding).isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);

        Api.Response meanwhile = walk.pledge("irl-ncp", id, "IRL", "100000.00", "USD");
        assertThat(meanwhile.status()).as("recorded, though nothing waits for it right now").isEqualTo(202);
        assertThat(funding).isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);

        tasklist.submitForm("manager", task(funding).getId(), Map.of("fundingDecision", "EXTEND"));

        assertThat(funding).hasPassed(END_FUNDED).isEnded();
        assertThat(walk.funding("mng-ncp", id).get("pledged").get("amount").asText()).isEqualTo("119000.00");
    }

    @Test
    void partlyFundedRequestReturnedToOpenNeedsGivesTheOfferItsCapacityBack() {
        String offer = walk.publishedOffer("kor-ncp", Offers.offer("KOR", CATEGORY, REGIONS, false, 2));
        String id = walk.approved(CaseWalk.exampleRequest("NPL", CATEGORY));
        walk.matched(id, offer, "kor-ncp");
        walk.runDueJobs();
        assertThat(walk.remainingCapacity(offer)).isEqualTo(1);
        ProcessInstance funding = walk.funding(id);
        assertThat(walk.pledge("nor-ncp", id, "NOR", "10000.00", "USD").status()).isEqualTo(202);
        walk.letTimePass(Duration.ofDays(61));

        Api.Response decided = tasklist.submitForm("manager", task(funding).getId(),
                Map.of("fundingDecision", "RETURN_TO_OPEN_NEEDS", "fundingDecisionNote", "Not enough donor interest"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);

        assertThat(funding).hasPassed(END_RETURNED_TO_OPEN_NEEDS).isEnded();
        assertThat(walk.request(id)).hasPassed(TASK_RELEASE_MATCH).isWaitingAt("Gateway_AwaitOpenNeed");
        assertThat(walk.status(id)).isEqualTo("OPEN_NEED");
        assertThat(api.as("npl-ncp").get("/api/requests/" + id).json().get("matchedOfferId").isNull()).isTrue();
        assertThat(walk.remainingCapacity(offer)).as("the unit of capacity is given back").isEqualTo(2);
        JsonNode view = walk.funding("npl-ncp", id);
        assertThat(view.get("status").asText()).isEqualTo("RETURNED_TO_OPEN_NEEDS");
        assertThat(view.get("pledges")).as("the pledge is kept for the request").hasSize(1);
        assertThat(walk.pledge("nor-ncp", id, "NOR", "10000.00", "USD").status()).as("an open need raises no funds").isEqualTo(409);
    }

    @Test
    void nothingPledgedByTheDeadlineReturnsTheRequestToOpenNeeds() {
        String offer = walk.publishedOffer("jpn-ncp", Offers.offer("JPN", CATEGORY, REGIONS, false, 1));
        String id = walk.approved(CaseWalk.exampleRequest("KHM", CATEGORY));
        walk.matched(id, offer, "jpn-ncp");
        walk.runDueJobs();
        ProcessInstance funding = walk.funding(id);
        assertThat(walk.remainingCapacity(offer)).isZero();

        walk.letTimePass(Duration.ofDays(61));

        assertThat(funding).hasPassed(TIMER_FUNDING_DEADLINE, END_RETURNED_TO_OPEN_NEEDS).hasNotPassed(TASK_DECIDE_PARTIAL_FUNDING)
                .isEnded();
        assertThat(walk.request(id)).hasPassed(TASK_RELEASE_MATCH);
        assertThat(walk.status(id)).isEqualTo("OPEN_NEED");
        assertThat(walk.remainingCapacity(offer)).isEqualTo(1);
        JsonNode history = api.as("khm-ncp").get("/api/requests/" + id).json().get("history");
        assertThat(history.get(history.size() - 1).get("status").asText()).isEqualTo("OPEN_NEED");
        assertThat(history.get(history.size() - 2).get("status").asText()).isEqualTo("FUNDING");
    }

    @Test
    void badPledgesAreRefusedWithTheFieldNamedAndChangeNothing() {
        String id = raisingFunds("LAO", "aus-ncp", "AUS");
        ProcessInstance funding = walk.funding(id);

        assertBadPledge("nor-ncp", id, "NOR", "0.00", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "0", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "-100.00", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "a lot", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "12.345", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "1000.00", "EUR", "amount.currency");
        assertBadPledge("caseworker", id, "XYZ", "1000.00", "USD", "donor");
        Api.Response nonParty = walk.pledge("caseworker", id, "ISR", "1000.00", "USD");
        assertThat(nonParty.status()).isEqualTo(400);
        assertThat(nonParty.body()).contains("not a State Party");
        Api.Response unknownField = api.as("nor-ncp").post("/api/requests/" + id + "/pledges",
                Map.of("donor", "NOR", "amount", Map.of("amount", "10.00", "currency", "USD"), "tip", "1.00"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(walk.pledge("nor-ncp", id, "SWE", "1000.00", "USD").status()).as("Norway does not pledge Sweden's money")
                .isEqualTo(403);
        assertThat(walk.pledge("nor-ncp", "REQ-1999-0001", "NOR", "1000.00", "USD").status()).isEqualTo(404);

        assertThat(funding).hasNotPassed(MESSAGE_EVENT_PLEDGE_RECEIVED).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        assertThat(walk.funding("lao-ncp", id).get("pledges")).isEmpty();

        String early = walk.approved(CaseWalk.exampleRequest("BGD", CATEGORY));
        assertThat(walk.pledge("nor-ncp", early, "NOR", "1000.00", "USD").status()).as("not matched yet").isEqualTo(409);
    }

    @Test
    void pledgeAfterTheRequestIsFundedIsKeptAsSurplusAndReported() {
        String offer = walk.publishedOffer("can-ncp", Offers.offer("CAN", CATEGORY, REGIONS, true, 1));
        String id = walk.approved(CaseWalk.exampleRequest("MYS", CATEGORY));
        walk.matched(id, offer, "can-ncp");
        walk.runDueJobs();

        Api.Response late = walk.pledge("nor-ncp", id, "NOR", "5000.00", "USD");
        assertThat(late.status()).as(late.body()).isEqualTo(202);
        assertThat(late.json().get("surplus").asBoolean()).isTrue();
        assertThat(walk.implementation("can-ncp", id, "STARTED", null).status()).isEqualTo(202);
        Api.Response later = walk.pledge("nor-ncp", id, "NOR", "2500.50", "USD");
        assertThat(later.status()).isEqualTo(202);
        assertThat(later.json().get("surplus").asBoolean()).isTrue();

        JsonNode view = walk.funding("mys-ncp", id);
        assertThat(view.get("pledged").get("amount").asText()).isEqualTo("119000.00");
        assertThat(view.get("surplus").get("amount").asText()).isEqualTo("7500.50");
        assertThat(view.get("gap").get("amount").asText()).isEqualTo("0.00");
        assertThat(view.get("pledges")).hasSize(3);
        assertThat(view.get("pledges").get(2).get("surplus").asBoolean()).isTrue();
        assertThat(walk.status(id)).isEqualTo("IMPLEMENTATION");
        assertThat(api.as("swe-ncp").get("/api/requests/" + id + "/funding").status()).as("no donor, no party").isEqualTo(404);
    }

    @Test
    void withdrawalWhileRaisingFundsReleasesTheOfferAndCancelsTheRound() {
        String offer = walk.publishedOffer("nzl-ncp", Offers.offer("NZL", CATEGORY, REGIONS, false, 1));
        String id = walk.approved(CaseWalk.exampleRequest("PHL", CATEGORY));
        walk.matched(id, offer, "nzl-ncp");
        walk.runDueJobs();
        ProcessInstance funding = walk.funding(id);
        assertThat(walk.remainingCapacity(offer)).isZero();

        Api.Response withdrawn = api.as("phl-ncp").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "Funded nationally"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(202);

        assertThat(walk.request(id)).hasPassed(TASK_RELEASE_MATCH_ON_WITHDRAWAL, END_REQUEST_WITHDRAWN).isEnded();
        assertThat(funding).isEnded();
        assertThat(walk.status(id)).isEqualTo("WITHDRAWN");
        assertThat(walk.remainingCapacity(offer)).isEqualTo(1);
        assertThat(walk.funding("phl-ncp", id).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(walk.pledge("nor-ncp", id, "NOR", "1000.00", "USD").status()).isEqualTo(409);
    }

    // --- path fragments -------------------------------------------------------------------------------

    /** Matched with an offer without funding of {@code party} and its round open: waiting for pledges. */
    String raisingFunds(String state, String offeror, String party) {
        String offer = walk.publishedOffer(offeror, Offers.offer(party, CATEGORY, REGIONS, false, 1));
        String id = walk.approved(CaseWalk.exampleRequest(state, CATEGORY));
        walk.matched(id, offer, offeror);
        walk.runDueJobs();
        assertThat(walk.funding(id)).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        return id;
    }

    /** The managers' open funding figure (USD) for this class's category and region, after the metrics refresh. */
    BigDecimal managersOpenFunding(String figure) {
        metricsRefresher.refreshNow();
        Api.Response response = api.as("manager").get("/api/metrics/funding?category=" + CATEGORY + "&region=" + REGIONS.get(0));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        for (JsonNode currency : response.json().get("currencies")) {
            if (currency.get("currency").asText().equals("USD")) {
                return new BigDecimal(currency.get(figure).get("amount").asText());
            }
        }
        return BigDecimal.ZERO;
    }

    void assertBadPledge(String user, String id, String donor, String amount, String currency, String field) {
        Api.Response response = walk.pledge(user, id, donor, amount, currency);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
