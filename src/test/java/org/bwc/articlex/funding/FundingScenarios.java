package org.bwc.articlex.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.funding.RequestFundingProcess.END_FUNDED;
import static org.bwc.articlex.funding.RequestFundingProcess.END_PROCEED_WITH_REDUCED_SCOPE;
import static org.bwc.articlex.funding.RequestFundingProcess.END_RETURNED_TO_OPEN_NEEDS;
import static org.bwc.articlex.funding.RequestFundingProcess.GATEWAY_AWAIT_PLEDGE;
import static org.bwc.articlex.funding.RequestFundingProcess.END_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.END_PLEDGE_DECLINED;
import static org.bwc.articlex.funding.RequestFundingProcess.MESSAGE_EVENT_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_CONFIRM_PLEDGE;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_RECORD_PLEDGE_CONFIRMATION;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.metrics.MetricsRefresher;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of {@code request-funding} through the real entry points (offer response, pledges, the managers'
 * Tasklist, the funding deadline): funded by the offer; funded by two pledges; partly funded at the deadline →
 * proceed reduced / extend (then funded) / return to open needs; nothing pledged → open needs; and the pledges'
 * bad input, surplus and withdrawal; each pledge's confirmation (confirmed, declined, received, replayed), who may
 * pledge and see what, and a deadline with pledges that are not confirmed. Every request asks for LABORATORY_EQUIPMENT from the ASIA_PACIFIC group, a
 * combination no other scenario uses, and picks its own offer by id. The example request's whole-life estimate is
 * 119,000.00 USD (see {@link CaseWalk#exampleRequest}).
 */
abstract class FundingScenarios extends CaseScenario {

    static final String CATEGORY = "LABORATORY_EQUIPMENT";
    static final List<String> REGIONS = List.of("ASIA_PACIFIC");
    /** A State no scenario makes a provider (no offer, no request): it may see no request of another State. */
    static final String NEVER_A_PROVIDER = "MLT";
    static final String NEVER_A_PROVIDER_USER = "mlt-ncp";

    @Autowired
    MetricsRefresher metricsRefresher;
    @Autowired
    JdbcTemplate jdbc;

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
        walk.provider("nor-ncp", "NOR");
        walk.provider("who-focal", "WHO");

        Api.Response first = walk.pledge("nor-ncp", id, "NOR", "60000.00", "USD");
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().get("surplus").asBoolean()).isFalse();
        assertThat(first.json().get("status").asText()).isEqualTo("PLEDGED");
        long firstId = first.json().get("id").asLong();
        assertThat(funding).as("a pledge counts only once confirmed").hasNotPassed(MESSAGE_EVENT_PLEDGE_CONFIRMED)
                .isWaitingAt(GATEWAY_AWAIT_PLEDGE, TASK_CONFIRM_PLEDGE);
        assertThat(walk.funding("phl-ncp", id).get("gap").get("amount").asText()).isEqualTo("119000.00");
        assertThat(managersOpenFunding("pledged")).as("nor do the managers' figures count it").isEqualByComparingTo(pledgedBefore);

        Api.Response confirmed = tasklist.submitForm("manager", confirmTask(funding, firstId), Map.of("pledgeConfirmed", true));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        assertThat(funding).hasPassed(TASK_CONFIRM_PLEDGE, TASK_RECORD_PLEDGE_CONFIRMATION, END_PLEDGE_CONFIRMED,
                MESSAGE_EVENT_PLEDGE_CONFIRMED).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        assertThat(walk.funding("phl-ncp", id).get("gap").get("amount").asText()).isEqualTo("59000.00");
        assertThat(managersOpenFunding("pledged")).as("a confirmation is no status change, yet the managers' figures count it")
                .isEqualByComparingTo(pledgedBefore.add(new BigDecimal("60000.00")));

        // the secretariat records a pledge on an organisation's behalf; another member of it confirms it
        Api.Response second = walk.pledge("caseworker", id, "WHO", "59000", "USD");
        assertThat(second.status()).as(second.body()).isEqualTo(202);
        long secondId = second.json().get("id").asLong();
        assertThat(walk.confirmation("caseworker", id, secondId, true, null).status()).as("not by whoever recorded it")
                .isEqualTo(403);
        assertThat(tasklist.submitForm("caseworker", confirmTask(funding, secondId), Map.of("pledgeConfirmed", true)).status())
                .as("not in Tasklist either").isEqualTo(400);
        assertThat(funding).isWaitingAt(GATEWAY_AWAIT_PLEDGE, TASK_CONFIRM_PLEDGE);
        assertThat(walk.confirmation("manager", id, secondId, true, null).status()).isEqualTo(202);

        assertThat(funding).hasPassed(END_FUNDED).isEnded();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        JsonNode view = walk.funding("phl-ncp", id);
        assertThat(view.get("status").asText()).isEqualTo("FUNDED");
        assertThat(view.get("pledged").get("amount").asText()).isEqualTo("119000.00");
        assertThat(view.get("gap").get("amount").asText()).isEqualTo("0.00");
        assertThat(view.get("pledges").get(1).get("donor").asText()).isEqualTo("WHO");
        assertThat(view.get("pledges").get(1).get("pledgedBy").isNull()).as("the requester learns who funds it, not who typed it")
                .isTrue();
        assertThat(walk.funding("manager", id).get("pledges").get(1).get("pledgedBy").asText()).isEqualTo("caseworker");
        assertThat(view.get("pledges").get(1).get("amount").get("amount").asText()).isEqualTo("59000.00");
        assertThat(walk.funding("nor-ncp", id).get("status").asText()).as("a donor follows what it funds").isEqualTo("FUNDED");
        assertThat(walk.confirmation("manager", id, firstId, true, null).status()).as("the same confirmation again changes nothing")
                .isEqualTo(202);
        assertThat(walk.funding("manager", id).get("pledged").get("amount").asText()).isEqualTo("119000.00");
    }

    @Test
    void partlyFundedRequestProceedsWithAReducedScopeWhenManagersSoDecide() {
        String id = raisingFunds("IDN", "nzl-ncp", "NZL");
        ProcessInstance funding = walk.funding(id);
        walk.provider("swe-ncp", "SWE");
        walk.confirmedPledge("swe-ncp", id, "SWE", "50000.00", "USD");

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
        walk.provider("dnk-ncp", "DNK");
        walk.provider("fin-ncp", "FIN");
        walk.confirmedPledge("dnk-ncp", id, "DNK", "20000.00", "USD");
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

        walk.confirmedPledge("fin-ncp", id, "FIN", "99000.00", "USD");

        assertThat(funding).hasPassed(END_FUNDED).hasNotPassed(END_PROCEED_WITH_REDUCED_SCOPE).isEnded();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        assertThat(walk.funding("lka-ncp", id).get("decisions").get(0).get("decision").asText()).isEqualTo("EXTEND");
    }

    @Test
    void pledgeMadeWhileManagersDecideIsCountedWhenTheDeadlineIsExtended() {
        String id = raisingFunds("MNG", "jpn-ncp", "JPN");
        ProcessInstance funding = walk.funding(id);
        walk.provider("irl-ncp", "IRL");
        walk.confirmedPledge("irl-ncp", id, "IRL", "19000.00", "USD");
        walk.letTimePass(Duration.ofDays(61));
        assertThat(funding).isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);

        walk.confirmedPledge("irl-ncp", id, "IRL", "100000.00", "USD");
        assertThat(funding).as("confirmed, though nothing waits for it right now").isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);

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
        walk.provider("nor-ncp", "NOR");
        walk.confirmedPledge("nor-ncp", id, "NOR", "10000.00", "USD");
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
        walk.provider("nor-ncp", "NOR");

        assertBadPledge("nor-ncp", id, "NOR", "0.00", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "0", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "-100.00", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "a lot", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "12.345", "USD", "amount.amount");
        assertBadPledge("nor-ncp", id, "NOR", "1000.00", "EUR", "amount.currency");
        assertBadPledge("caseworker", id, "XYZ", "1000.00", "USD", "donor");
        assertBadPledge("caseworker", id, NEVER_A_PROVIDER, "1000.00", "USD", "donor");
        Api.Response aboveTheGap = walk.pledge("nor-ncp", id, "NOR", "119000.01", "USD");
        assertBadPledge("nor-ncp", id, "NOR", "119000.01", "USD", "amount.amount");
        assertThat(aboveTheGap.body()).as("the gap is named").contains("119000.00 USD");
        assertBadPledge("nor-ncp", id, "NOR", "9999999999999.99", "USD", "amount.amount");

        Api.Response nonParty = walk.pledge("caseworker", id, "ISR", "1000.00", "USD");
        assertThat(nonParty.status()).isEqualTo(400);
        assertThat(nonParty.body()).contains("not a State Party");
        Api.Response unknownField = api.as("nor-ncp").post("/api/requests/" + id + "/pledges",
                Map.of("donor", "NOR", "amount", Map.of("amount", "10.00", "currency", "USD"), "tip", "1.00"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(walk.pledge("nor-ncp", id, "SWE", "1000.00", "USD").status()).as("Norway does not pledge Sweden's money")
                .isEqualTo(403);
        assertThat(walk.pledge("nor-ncp", "REQ-1999-0001", "NOR", "1000.00", "USD").status()).isEqualTo(404);

        assertThat(funding).hasNotPassed(TASK_CONFIRM_PLEDGE).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        assertThat(walk.funding("manager", id).get("pledges")).isEmpty();

        String early = walk.approved(CaseWalk.exampleRequest("BGD", CATEGORY));
        assertThat(walk.pledge("nor-ncp", early, "NOR", "1000.00", "USD").status()).as("not matched yet").isEqualTo(409);
    }

    @Test
    void pledgeAfterTheRequestIsFundedIsKeptAsSurplusAndReported() {
        String offer = walk.publishedOffer("can-ncp", Offers.offer("CAN", CATEGORY, REGIONS, true, 1));
        String id = walk.approved(CaseWalk.exampleRequest("MYS", CATEGORY));
        walk.matched(id, offer, "can-ncp");
        walk.runDueJobs();
        walk.provider("nor-ncp", "NOR");

        Api.Response late = walk.pledge("nor-ncp", id, "NOR", "5000.00", "USD");
        assertThat(late.status()).as(late.body()).isEqualTo(202);
        assertThat(late.json().get("surplus").asBoolean()).isTrue();
        assertBadPledge("nor-ncp", id, "NOR", "119000.01", "USD", "amount.amount");
        assertThat(walk.implementation("can-ncp", id, "STARTED", null).status()).isEqualTo(202);
        Api.Response later = walk.pledge("nor-ncp", id, "NOR", "2500.50", "USD");
        assertThat(later.status()).isEqualTo(202);
        assertThat(later.json().get("surplus").asBoolean()).isTrue();
        assertThat(walk.funding("manager", id).get("surplus").get("amount").asText()).as("not before it is confirmed")
                .isEqualTo("0.00");
        assertThat(walk.confirmation("caseworker", id, late.json().get("id").asLong(), true, null).status()).isEqualTo(202);
        assertThat(walk.confirmation("caseworker", id, later.json().get("id").asLong(), true, null).status()).isEqualTo(202);

        JsonNode view = walk.funding("mys-ncp", id);
        assertThat(view.get("pledged").get("amount").asText()).isEqualTo("119000.00");
        assertThat(view.get("surplus").get("amount").asText()).isEqualTo("7500.50");
        assertThat(view.get("gap").get("amount").asText()).isEqualTo("0.00");
        assertThat(view.get("pledges")).hasSize(3);
        assertThat(view.get("pledges").get(2).get("surplus").asBoolean()).isTrue();
        assertThat(walk.status(id)).isEqualTo("IMPLEMENTATION");
        assertThat(api.as(NEVER_A_PROVIDER_USER).get("/api/requests/" + id + "/funding").status()).as("no donor, no party").isEqualTo(404);
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
        walk.provider("nor-ncp", "NOR");
        assertThat(walk.pledge("nor-ncp", id, "NOR", "1000.00", "USD").status()).isEqualTo(409);
    }

    @Test
    void aPartyThatMayNotSeeTheRequestGets404ForAnyPledgeBeforeItsBodyIsReadAndNothingIsWritten() {
        // the Uganda; France stood for "a State that may not see it", which MLT is in every scenario: a
        // party that registered an offer is a provider, and today every request circulates to all providers
        String id = raisingFunds("UGA", "gbr-ncp", "GBR", List.of("AFRICAN"));
        ProcessInstance funding = walk.funding(id);
        String pledges = "/api/requests/" + id + "/pledges";
        Api malta = api.as(NEVER_A_PROVIDER_USER);

        for (Api.Response refused : List.of(
                walk.pledge(NEVER_A_PROVIDER_USER, id, NEVER_A_PROVIDER, "0.01", "USD"),
                walk.pledge(NEVER_A_PROVIDER_USER, id, NEVER_A_PROVIDER, "9999999999999.99", "USD"),
                walk.pledge(NEVER_A_PROVIDER_USER, id, NEVER_A_PROVIDER, "1000.00", "EUR"),
                walk.pledge(NEVER_A_PROVIDER_USER, id, "UGA", "1000.00", "USD"),
                walk.pledge(NEVER_A_PROVIDER_USER, id, NEVER_A_PROVIDER, "-1", "USD"),
                malta.post(pledges, "{ not json"),
                malta.post(pledges, Map.of("donor", NEVER_A_PROVIDER, "tip", true)),
                malta.get("/api/requests/" + id + "/funding"),
                walk.confirmation(NEVER_A_PROVIDER_USER, id, 1, true, null),
                malta.post(pledges + "/1/receipt", Map.of()))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(404);
            assertThat(refused.body()).as("nothing of the case: not its currency, not its status").doesNotContain("USD")
                    .doesNotContain("FUNDING").doesNotContain("currency").doesNotContain("amount");
        }

        assertThat(funding).hasNotPassed(TASK_CONFIRM_PLEDGE).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        JsonNode secretariat = walk.funding("manager", id);
        assertThat(secretariat.get("pledges")).as("nothing written").isEmpty();
        assertThat(secretariat.get("awaitingConfirmation").get("amount").asText()).isEqualTo("0.00");
        assertThat(walk.funding("gbr-ncp", id).get("status").asText()).as("the matched offering party may follow it")
                .isEqualTo("OPEN");
    }

    @Test
    void aHugePledgeIsRefusedAndUnconfirmedPledgesLeaveThePartialFundingDecisionToManagers() {
        String id = raisingFunds("VNM", "aus-ncp", "AUS");
        ProcessInstance funding = walk.funding(id);
        walk.provider("nor-ncp", "NOR");
        walk.provider("swe-ncp", "SWE");

        Api.Response huge = walk.pledge("nor-ncp", id, "NOR", "9999999999999.99", "USD");
        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.json().get("errors").toString()).contains("\"field\":\"amount.amount\"").contains("119000.00 USD");
        walk.confirmedPledge("swe-ncp", id, "SWE", "20000.00", "USD");
        Api.Response rest = walk.pledge("nor-ncp", id, "NOR", "99000.00", "USD");
        assertThat(rest.status()).as("the whole remaining gap, awaiting confirmation").isEqualTo(202);
        assertThat(funding).isWaitingAt(GATEWAY_AWAIT_PLEDGE, TASK_CONFIRM_PLEDGE).hasNotPassed(END_FUNDED);

        walk.letTimePass(Duration.ofDays(61));

        assertThat(funding).as("99,000 pledged but unconfirmed: managers decide, nothing is FUNDED")
                .hasPassed(TIMER_FUNDING_DEADLINE).hasNotPassed(END_FUNDED).isWaitingAt(TASK_DECIDE_PARTIAL_FUNDING);
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(funding.getId())
                .taskDefinitionKey(TASK_DECIDE_PARTIAL_FUNDING).singleResult().getId();
        assertThat(engine.getTaskService().getVariableLocal(taskId, "fundingPledged")).isEqualTo("20000.00 USD");
        assertThat(engine.getTaskService().getVariableLocal(taskId, "fundingAwaitingConfirmation")).isEqualTo("99000.00 USD");
        assertThat(engine.getTaskService().getVariableLocal(taskId, "fundingGap")).isEqualTo("99000.00 USD");
        JsonNode view = walk.funding("manager", id);
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("confirmed").get("amount").asText()).isEqualTo("20000.00");
        assertThat(view.get("awaitingConfirmation").get("amount").asText()).isEqualTo("99000.00");
    }

    @Test
    void onlyUnconfirmedPledgesAtTheDeadlineReturnTheRequestToOpenNeeds() {
        String id = raisingFunds("TLS", "nzl-ncp", "NZL");
        ProcessInstance funding = walk.funding(id);
        walk.provider("dnk-ncp", "DNK");
        long pledgeId = walk.pledge("dnk-ncp", id, "DNK", "119000.00", "USD").json().get("id").asLong();

        walk.letTimePass(Duration.ofDays(61));

        assertThat(funding).hasPassed(TIMER_FUNDING_DEADLINE, END_RETURNED_TO_OPEN_NEEDS).hasNotPassed(TASK_DECIDE_PARTIAL_FUNDING,
                END_FUNDED, END_PLEDGE_CONFIRMED).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(TASK_CONFIRM_PLEDGE)
                .count()).as("the round's end closes its open confirmations").isZero();
        assertThat(walk.status(id)).isEqualTo("OPEN_NEED");
        JsonNode pledge = walk.funding("manager", id).get("pledges").get(0);
        assertThat(pledge.get("id").asLong()).isEqualTo(pledgeId);
        assertThat(pledge.get("status").asText()).as("kept, still awaiting the secretariat").isEqualTo("PLEDGED");
    }

    @Test
    void declinedPledgeNeverCountsAndAConfirmedOnesFundsAreRecordedAsReceived() {
        String id = raisingFunds("BTN", "kor-ncp", "KOR");
        ProcessInstance funding = walk.funding(id);
        walk.provider("fin-ncp", "FIN");
        long declinedId = walk.pledge("fin-ncp", id, "FIN", "50000.00", "USD").json().get("id").asLong();
        long pendingId = walk.pledge("fin-ncp", id, "FIN", "10000.00", "USD").json().get("id").asLong();
        String taskId = confirmTask(funding, declinedId);
        String pendingTask = confirmTask(funding, pendingId);
        assertThat(engine.getRuntimeService().getVariablesLocal(funding.getId())).as("each confirmation keeps its pledge to itself")
                .doesNotContainKeys("pledgeId", "pledgeConfirmed", "pledgeDeclineReason");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult()).hasCandidateGroup("caseworkers").hasCandidateGroup("managers");
        assertThat(engine.getTaskService().getVariableLocal(taskId, "pledgeDonor")).isEqualTo("FIN");
        assertThat(engine.getTaskService().getVariableLocal(taskId, "pledgeAmount")).isEqualTo("50000.00 USD");

        assertThat(tasklist.submitForm("manager", taskId, Map.of("pledgeConfirmed", false)).status()).as("a reason is required")
                .isEqualTo(400);
        Api.Response declined = tasklist.submitForm("manager", taskId,
                Map.of("pledgeConfirmed", false, "pledgeDeclineReason", "The finance ministry knows of no such pledge"));
        assertThat(declined.status()).as(declined.body()).isEqualTo(204);

        assertThat(funding).hasPassed(TASK_RECORD_PLEDGE_CONFIRMATION, END_PLEDGE_DECLINED).hasNotPassed(END_PLEDGE_CONFIRMED,
                MESSAGE_EVENT_PLEDGE_CONFIRMED).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        assertThat(engine.getTaskService().createTaskQuery().taskId(pendingTask).count()).as("the other pledge still waits").isOne();
        assertThat(walk.funding("manager", id).get("pledges").get(1).get("status").asText()).as("and it is the other one")
                .isEqualTo("PLEDGED");
        assertThat(engine.getRuntimeService().getVariablesLocal(funding.getId())).doesNotContainKeys("pledgeConfirmed");
        assertThat(walk.confirmation("manager", id, declinedId, false, "again").status()).as("the same answer again").isEqualTo(202);
        assertThat(walk.confirmation("manager", id, declinedId, true, null).status()).as("a contrary one").isEqualTo(409);
        assertThat(walk.funding("manager", id).get("pledged").get("amount").asText()).isEqualTo("0.00");
        assertThat(walk.funding("fin-ncp", id).get("pledges").get(0).get("declineReason").asText())
                .as("the donor learns why").contains("finance ministry");

        long pledgeId = walk.confirmedPledge("fin-ncp", id, "FIN", "119000.00", "USD");
        assertThat(funding).as("the confirmation that completes the funding ends the round, and with it its own subprocess")
                .hasPassed(TASK_RECORD_PLEDGE_CONFIRMATION, END_FUNDED).isEnded();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        assertThat(engine.getTaskService().createTaskQuery().taskId(pendingTask).count()).as("closed with the round").isZero();
        assertThat(walk.confirmation("caseworker", id, pendingId, true, null).status()).as("answered over the API now")
                .isEqualTo(202);
        assertThat(walk.funding("manager", id).get("surplus").get("amount").asText())
                .as("made while raising funds, confirmed after: beyond the need").isEqualTo("10000.00");
        String path = "/api/requests/" + id + "/pledges/" + pledgeId + "/receipt";
        assertThat(api.as("fin-ncp").post(path, Map.of("note", "sent")).status()).as("the donor does not record receipt").isEqualTo(403);
        Api.Response received = api.as("caseworker").post(path, Map.of("note", "Transfer 2026-118 arrived"));
        assertThat(received.status()).as(received.body()).isEqualTo(202);
        assertThat(received.json().get("status").asText()).isEqualTo("RECEIVED");
        assertThat(received.json().get("fundsReceivedAt").isNull()).isFalse();
        assertThat(api.as("caseworker").post(path, Map.of()).status()).as("recorded once, the same again changes nothing").isEqualTo(202);
        assertThat(api.as("caseworker").post("/api/requests/" + id + "/pledges/" + declinedId + "/receipt", Map.of()).status())
                .as("a declined pledge brings no funds").isEqualTo(409);
        JsonNode view = walk.funding("manager", id);
        assertThat(view.get("pledged").get("amount").asText()).as("received still counts").isEqualTo("129000.00");
        assertThat(view.get("pledges").get(2).get("status").asText()).isEqualTo("RECEIVED");
        assertThat(pledgeEvents(declinedId)).containsExactly("PLEDGED", "DECLINED");
        assertThat(pledgeEvents(pledgeId)).containsExactly("PLEDGED", "CONFIRMED", "RECEIVED");
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(taskId).operationType("Complete").singleResult()
                .getUserId()).as("the engine's history names who declined").isEqualTo("manager");
    }

    @Test
    void aDonorCannotConfirmItsOwnPledgeAndReplaysChangeNothing() {
        String id = raisingFunds("MDV", "jpn-ncp", "JPN");
        ProcessInstance funding = walk.funding(id);
        walk.provider("irl-ncp", "IRL");
        Map<String, String> key = Map.of("Idempotency-Key", "irl-" + id);
        Map<String, Object> body = Map.of("donor", "IRL", "amount", Map.of("amount", "30000.00", "currency", "USD"));
        Api.Response first = api.as("irl-ncp").post("/api/requests/" + id + "/pledges", body, key);
        Api.Response again = api.as("irl-ncp").post("/api/requests/" + id + "/pledges", body, key);
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").asLong()).as("the same pledge").isEqualTo(first.json().get("id").asLong());
        Api.Response other = api.as("irl-ncp").post("/api/requests/" + id + "/pledges",
                Map.of("donor", "IRL", "amount", Map.of("amount", "1.00", "currency", "USD")), key);
        assertThat(other.status()).as("a key is one pledge").isEqualTo(409);
        long pledgeId = first.json().get("id").asLong();

        assertThat(walk.confirmation("irl-ncp", id, pledgeId, true, null).status()).isEqualTo(403);
        assertThat(walk.confirmation("mdv-ncp", id, pledgeId, true, null).status()).as("nor the requesting State").isEqualTo(403);
        assertThat(walk.confirmation("manager", "REQ-1999-0001", pledgeId, true, null).status()).isEqualTo(404);
        assertThat(walk.funding("manager", id).get("confirmed").get("amount").asText()).isEqualTo("0.00");

        assertThat(walk.confirmation("manager", id, pledgeId, true, null).status()).isEqualTo(202);
        assertThat(walk.confirmation("caseworker", id, pledgeId, true, null).status()).isEqualTo(202);
        assertThat(funding).hasPassed(END_PLEDGE_CONFIRMED).isWaitingAt(GATEWAY_AWAIT_PLEDGE);
        JsonNode view = walk.funding("manager", id);
        assertThat(view.get("pledges")).as("one pledge").hasSize(1);
        assertThat(view.get("confirmed").get("amount").asText()).as("counted once").isEqualTo("30000.00");
        assertThat(pledgeEvents(pledgeId)).containsExactly("PLEDGED", "CONFIRMED");
    }

    /**
     * A manager's confirmation form that also names {@code pledgeId} (a variable the task shows, not an answer of its
     * form): refused, nothing confirmed — a caseworker or manager sets only the answers of a task's form
     * ({@code security.TaskAnswerGuard}); the pledge id echoed unchanged is accepted and confirms the task's own
     * pledge. (A pledge id that was no number had been a 500: the form's check read the id from the submission.)
     */
    @Test
    void aConfirmationFormThatNamesAnotherPledgeIdIsRefusedAndTheTasksOwnPledgeIsConfirmed() {
        String id = raisingFunds("FJI", "aus-ncp", "AUS");
        ProcessInstance funding = walk.funding(id);
        walk.provider("nor-ncp", "NOR");
        long first = walk.pledge("nor-ncp", id, "NOR", "10000.00", "USD").json().get("id").asLong();
        long second = walk.pledge("nor-ncp", id, "NOR", "20000.00", "USD").json().get("id").asLong();

        for (Object named : List.of(second, "x")) {
            Api.Response other = tasklist.submitForm("manager", confirmTask(funding, first), Map.of("pledgeConfirmed", true, "pledgeId", named));
            assertThat(other.status()).as(other.body()).isEqualTo(403);
        }
        assertThat(pledgeEvents(first)).containsExactly("PLEDGED");
        assertThat(pledgeEvents(second)).containsExactly("PLEDGED");

        Api.Response echoed = tasklist.submitForm("manager", confirmTask(funding, second), Map.of("pledgeConfirmed", true, "pledgeId", second));
        assertThat(echoed.status()).as(echoed.body()).isEqualTo(204);
        assertThat(pledgeEvents(second)).containsExactly("PLEDGED", "CONFIRMED");
        assertThat(pledgeEvents(first)).as("not the pledge of another task").containsExactly("PLEDGED");
        Api.Response own = tasklist.submitForm("manager", confirmTask(funding, first), Map.of("pledgeConfirmed", true));
        assertThat(own.status()).as(own.body()).isEqualTo(204);
        assertThat(pledgeEvents(first)).containsExactly("PLEDGED", "CONFIRMED");
        assertThat(walk.funding("manager", id).get("confirmed").get("amount").asText()).isEqualTo("30000.00");
    }

    @Test
    void theSameIdempotencyKeyOnTwoRequestsAtOnceRecordsOnePledgeAndTheOtherTryIsAConflict() throws Exception {
        String first = raisingFunds("KHM", "kor-ncp", "KOR");
        String second = raisingFunds("THA", "jpn-ncp", "JPN");
        walk.provider("irl-ncp", "IRL");
        for (int round = 0; round < 3; round++) {
            Map<String, String> key = Map.of("Idempotency-Key", "race-" + round + "-" + first);
            Map<String, Object> body = Map.of("donor", "IRL", "amount", Map.of("amount", "1000.00", "currency", "USD"));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<Api.Response>> tries = new java.util.ArrayList<>();
                for (String id : List.of(first, second)) {
                    tries.add(pool.submit(() -> {
                        start.await();
                        return api.as("irl-ncp").post("/api/requests/" + id + "/pledges", body, key);
                    }));
                }
                List<Integer> statuses = new java.util.ArrayList<>();
                for (var attempt : tries) {
                    Api.Response response = attempt.get();
                    statuses.add(response.status());
                    if (response.status() != 202) {
                        assertThat(response.status()).as(response.body()).isEqualTo(409);
                        assertThat(response.contentType()).startsWith("application/problem+json");
                    }
                }
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(202, 409);
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM funding_pledge WHERE idempotency_key = ?", Integer.class,
                    key.get("Idempotency-Key"))).isEqualTo(1);
        }
    }

    /** Two members of the secretariat confirm the same pledge at the same moment: it is confirmed once, never a 5xx. */
    @Test
    void aPledgeConfirmedTwiceAtOnceIsConfirmedOnce() throws Exception {
        String id = raisingFunds("MYS", "kor-ncp", "KOR");
        walk.provider("irl-ncp", "IRL");
        Api.Response pledged = walk.pledge("irl-ncp", id, "IRL", "5000.00", "USD");
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(202);
        long pledgeId = pledged.json().get("id").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            List<java.util.concurrent.Future<Api.Response>> tries = new java.util.ArrayList<>();
            for (String user : List.of("manager", "caseworker")) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return walk.confirmation(user, id, pledgeId, true, null);
                }));
            }
            for (var attempt : tries) {
                Api.Response response = attempt.get();
                assertThat(response.status()).as(response.body()).isIn(202, 409);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(pledgeEvents(pledgeId)).containsExactly("PLEDGED", "CONFIRMED");
        assertThat(walk.funding("manager", id).get("confirmed").get("amount").asText()).isEqualTo("5000.00");
    }

    @Test
    void aDonorSeesItsOwnPledgesAndTheTotalsAndTheRequesterTheConfirmedDonors() {
        String id = raisingFunds("NPL", "can-ncp", "CAN");
        walk.provider("nor-ncp", "NOR");
        walk.provider("dnk-ncp", "DNK");
        walk.confirmedPledge("nor-ncp", id, "NOR", "40000.00", "USD");
        walk.confirmedPledge("caseworker", id, "DNK", "30000.00", "USD");
        assertThat(walk.pledge("dnk-ncp", id, "DNK", "10000.00", "USD").status()).isEqualTo(202);

        JsonNode norway = walk.funding("nor-ncp", id);
        assertThat(norway.get("audience").asText()).isEqualTo("DONOR");
        assertThat(norway.get("requested").get("amount").asText()).isEqualTo("119000.00");
        assertThat(norway.get("confirmed").get("amount").asText()).isEqualTo("70000.00");
        assertThat(norway.get("gap").get("amount").asText()).isEqualTo("49000.00");
        assertThat(norway.get("pledges")).hasSize(1);
        assertThat(norway.get("pledges").get(0).get("donor").asText()).isEqualTo("NOR");
        assertThat(norway.get("pledges").get(0).get("pledgedBy").asText()).isEqualTo("nor-ncp");
        assertThat(norway.get("estimate").isNull()).as("no items through the funding view").isTrue();
        assertThat(norway.get("decisions")).isEmpty();
        assertThat(norway.get("awaitingConfirmation").isNull()).isTrue();
        assertThat(norway.toString()).doesNotContain("DNK").doesNotContain("caseworker").doesNotContain("manager");

        JsonNode offeror = walk.funding("can-ncp", id);
        assertThat(offeror.get("pledges")).as("the offering party, not a donor, sees the totals only").isEmpty();
        assertThat(offeror.get("gap").get("amount").asText()).isEqualTo("49000.00");

        JsonNode nepal = walk.funding("npl-ncp", id);
        assertThat(nepal.get("audience").asText()).isEqualTo("REQUESTER");
        assertThat(nepal.get("pledges")).as("the confirmed pledges, not the one awaiting confirmation").hasSize(2);
        assertThat(nepal.get("pledges").get(1).get("donor").asText()).isEqualTo("DNK");
        assertThat(nepal.get("pledges").get(1).get("pledgedBy").isNull()).as("nor who recorded them").isTrue();
        assertThat(nepal.get("estimate").get("lines")).hasSize(2);

        JsonNode secretariat = walk.funding("caseworker", id);
        assertThat(secretariat.get("audience").asText()).isEqualTo("SECRETARIAT");
        assertThat(secretariat.get("pledges")).hasSize(3);
        assertThat(secretariat.get("awaitingConfirmation").get("amount").asText()).isEqualTo("10000.00");
    }

    // --- path fragments -------------------------------------------------------------------------------

    /** The open {@code confirmPledge} task of a pledge. */
    String confirmTask(ProcessInstance funding, long pledgeId) {
        var task = engine.getTaskService().createTaskQuery().processInstanceId(funding.getId())
                .taskDefinitionKey(TASK_CONFIRM_PLEDGE).taskVariableValueEquals("pledgeId", pledgeId).singleResult();
        assertThat(task).as("Confirm pledge task of pledge " + pledgeId).isNotNull();
        return task.getId();
    }

    /** The audit trail of a pledge: its steps in order. */
    List<String> pledgeEvents(long pledgeId) {
        return jdbc.queryForList("SELECT event FROM funding_pledge_event WHERE funding_pledge_id = ? ORDER BY id", String.class, pledgeId);
    }

    /** Matched with an offer without funding of {@code party} and its round open: waiting for pledges. */
    String raisingFunds(String state, String offeror, String party) {
        return raisingFunds(state, offeror, party, REGIONS);
    }

    /** The same, for a requesting State of another regional group. */
    String raisingFunds(String state, String offeror, String party, List<String> regions) {
        String offer = walk.publishedOffer(offeror, Offers.offer(party, CATEGORY, regions, false, 1));
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
