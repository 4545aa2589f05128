package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.CALL_ACTIVITY_OFFER_RESPONSE;
import static org.bwc.articlex.process.AssistanceRequestProcess.MESSAGE_EVENT_OFFER_PUBLISHED;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RANK_CANDIDATES;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_PROPOSAL_LAPSED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matching under the requesting State's consent to circulation (docs/rules.md, "Consent to circulation"), driven
 * through the API and Tasklist: a request for the secretariat only is never proposed to anyone and waits as an open
 * need; named providers are the only candidates, whatever would rank higher; a consent narrowed while a proposal
 * awaits its answer withdraws it and the party sees the request no more; a consent widened for an open need matches it
 * again at once. All in one category and region of their own ({@link #CATEGORY}, {@link #REGION}), so that other
 * scenarios' offers never compete. Run on H2 and PostgreSQL.
 */
abstract class CirculationMatchingScenarios extends CaseScenario {

    static final String CATEGORY = "LEGISLATION_REGULATION";
    static final String REGION = "LATIN_AMERICAN_CARIBBEAN";
    /** The event-based gateway where an open need waits for a fitting offer, the weekly round or its escalation. */
    static final String AWAIT_OPEN_NEED = "Gateway_AwaitOpenNeed";

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestForTheSecretariatOnlyIsNeverProposedToAProviderAndWaitsAsAnOpenNeed() {
        String germany = walk.publishedOffer("deu-ncp", Offers.offer("DEU", CATEGORY, List.of(REGION), true, 3));
        String id = walk.screenedClear("per-ncp", request("PER", "SECRETARIAT_ONLY", null));
        ProcessInstance instance = driver.instance(id);

        assertThat(instance).hasPassed(TASK_RANK_CANDIDATES).hasNotPassed(TASK_CONFIRM_MATCH).isWaitingAt(AWAIT_OPEN_NEED);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "candidateCount")).isEqualTo(0);
        assertThat(status(id)).isEqualTo("OPEN_NEED");

        // a fitting offer published later wakes the open need, and it is still proposed to no one
        String france = walk.publishedOffer("fra-ncp", Offers.offer("FRA", CATEGORY, List.of(REGION), true, 1));
        assertThat(instance).hasPassed(MESSAGE_EVENT_OFFER_PUBLISHED).isWaitingAt(AWAIT_OPEN_NEED);
        assertThat(status(id)).isEqualTo("OPEN_NEED");
        assertThat(proposals(id)).as("no proposal was ever made").isZero();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(TASK_RESPOND_TO_MATCH).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(OfferResponseProcess.PROCESS_ID).processInstanceBusinessKey(id).count()).isZero();

        // the providers see nothing of it: not the request, not its funding, no notice
        for (String[] provider : List.of(new String[] {"deu-ncp", "DEU", germany}, new String[] {"fra-ncp", "FRA", france})) {
            Api.Response read = api.as(provider[0]).get("/api/requests/" + id);
            assertThat(read.status()).as(provider[0]).isEqualTo(404);
            assertThat(api.as(provider[0]).get("/api/requests/" + id + "/funding").status()).as(provider[0]).isEqualTo(404);
            assertThat(api.as(provider[0]).post("/api/requests/" + id + "/offer-response",
                    Map.of("offerId", provider[2], "accepted", true)).status()).as(provider[0]).isEqualTo(404);
            assertThat(api.as(provider[0]).get("/api/states/" + provider[1] + "/notifications").body()).doesNotContain(id);
        }
        assertThat(api.as("per-ncp").get("/api/requests/" + id).json().get("circulation").asText()).isEqualTo("SECRETARIAT_ONLY");
        // nor is it counted among the open needs a provider is shown (the secretariat and Peru count it)
        assertThat(openNeedCount("caseworker") - openNeedCount("deu-ncp")).isPositive();
        assertThat(openNeedCount("per-ncp")).isEqualTo(openNeedCount("caseworker"));
    }

    @Test
    void requestForNamedProvidersIsProposedOnlyToThemEvenWhenAnotherOfferRanksHigher() {
        String germany = walk.publishedOffer("deu-ncp", Offers.offer("DEU", CATEGORY, List.of(REGION), true, 3));
        String who = walk.publishedOffer("who-focal", Offers.offer("WHO", CATEGORY, List.of(REGION), false, 1));

        // for all providers, Germany's funded offer ranks above WHO's
        String open = walk.screenedClear("chl-ncp", request("CHL", null, null));
        List<String> openRanking = candidates(open);
        assertThat(openRanking).contains(germany, who);
        assertThat(openRanking.indexOf(germany)).isLessThan(openRanking.indexOf(who));

        String id = walk.screenedClear("chl-ncp", request("CHL", "NAMED_PROVIDERS", List.of("WHO")));
        ProcessInstance instance = driver.instance(id);
        assertThat(instance).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(candidates(id)).contains(who).doesNotContain(germany);
        assertThat(candidateParties(id)).containsOnly("WHO");

        Api.Response notNamed = tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", germany));
        assertThat(notNamed.status()).as("Germany is not a candidate: " + notNamed.body()).isEqualTo(400);
        Api.Response chosen = tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", who));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(204);
        assertThat(instance).isWaitingAt(CALL_ACTIVITY_OFFER_RESPONSE);
        assertThat(tasklist.task(id, TASK_RESPOND_TO_MATCH)).hasCandidateGroup("org-WHO");
        assertThat(offeredParties(id)).containsExactly("WHO");
        assertThat(api.as("deu-ncp").post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", germany, "accepted", true)).status()).as("Germany was never shown it").isEqualTo(404);
    }

    @Test
    void consentNarrowedWhileAProposalAwaitsWithdrawsItAndTheNextRoundFollowsTheNewConsent() {
        String germany = walk.publishedOffer("deu-ncp", Offers.offer("DEU", CATEGORY, List.of(REGION), true, 3));
        String who = walk.publishedOffer("who-focal", Offers.offer("WHO", CATEGORY, List.of(REGION), false, 1));
        String id = walk.screenedClear("col-ncp", request("COL", null, null));
        ProcessInstance instance = driver.instance(id);
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", who)).status()).isEqualTo(204);
        Task whoTask = tasklist.task(id, TASK_RESPOND_TO_MATCH);
        assertThat(whoTask).hasCandidateGroup("org-WHO");
        assertThat(status(id)).isEqualTo("AWAITING_OFFEROR");

        Api.Response narrowed = api.as("col-ncp").put("/api/requests/" + id + "/circulation",
                Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("DEU")));
        assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);

        // the proposal to WHO is withdrawn, WHO is told, its task is gone, and the request is ranked again without it
        assertThat(proposalStatus(id, who)).isEqualTo(CirculationChanges.CONSENT_WITHDRAWN);
        assertThat(instance).hasPassed(TASK_RECORD_PROPOSAL_LAPSED);
        assertThat(engine.getTaskService().createTaskQuery().taskId(whoTask.getId()).count()).isZero();
        driver.runDueJobs();
        assertThat(instance).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(candidates(id)).contains(germany).doesNotContain(who);
        assertThat(candidateParties(id)).containsOnly("DEU");
        assertThat(status(id)).isEqualTo("MATCHING");
        List<String> told = new ArrayList<>();
        api.as("who-focal").get("/api/organisations/WHO/notifications").json().forEach(n -> {
            if (n.get("requestId").asText().equals(who)) {
                told.add(n.get("event").asText() + ": " + n.get("message").asText());
            }
        });
        assertThat(told).last().asString().startsWith("PROPOSAL_WITHDRAWN: ").contains(id).contains("no longer circulated");

        // WHO, once proposed it, sees the request no more: no answer, no task, no form
        Api.Response late = api.as("who-focal").post("/api/requests/" + id + "/offer-response", Map.of("offerId", who, "accepted", true));
        assertThat(late.status()).as(late.body()).isEqualTo(404);
        assertThat(api.as("who-focal").get("/api/requests/" + id).status()).isEqualTo(404);
        assertThat(api.as("who-focal").get("/engine-rest/task?processInstanceBusinessKey=" + id).json()).isEmpty();
        Api.Response form = api.as("who-focal").get("/engine-rest/task/" + whoTask.getId() + "/form-variables");
        assertThat(form.status()).as("the task no longer exists: " + form.body()).isEqualTo(400);
        assertThat(form.body()).doesNotContain(id).doesNotContain("requestTitle");

        // the change is in the history, by whom and in which status
        JsonNode history = api.as("col-ncp").get("/api/requests/" + id).json().get("history");
        JsonNode change = null;
        for (JsonNode entry : history) {
            if ("Circulation: named providers DEU".equals(entry.path("note").asText())) {
                change = entry;
            }
        }
        assertThat(change).as(history.toString()).isNotNull();
        assertThat(change.get("by").asText()).isEqualTo("col-ncp");
        assertThat(change.get("status").asText()).isEqualTo("AWAITING_OFFEROR");

        // Germany, still consented, is proposed and may answer
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", germany)).status()).isEqualTo(204);
        assertThat(tasklist.task(id, TASK_RESPOND_TO_MATCH)).hasCandidateGroup("sp-DEU");
    }

    @Test
    void consentNarrowedWhileTheCaseworkerChoosesRanksTheCandidatesAgain() {
        String germany = walk.publishedOffer("deu-ncp", Offers.offer("DEU", CATEGORY, List.of(REGION), true, 3));
        String who = walk.publishedOffer("who-focal", Offers.offer("WHO", CATEGORY, List.of(REGION), false, 1));
        String id = walk.screenedClear("col-ncp", request("COL", null, null));
        assertThat(candidates(id)).contains(germany, who);

        assertThat(api.as("col-ncp").put("/api/requests/" + id + "/circulation",
                Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("WHO"))).status()).isEqualTo(200);

        assertThat(candidateParties(id)).containsOnly("WHO");
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", germany)).status())
                .isEqualTo(400);
        assertThat(tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", who)).status()).isEqualTo(204);
        assertThat(offeredParties(id)).containsExactly("WHO");
    }

    @Test
    void consentWidenedForAnOpenNeedMatchesItAgainAtOnce() {
        String germany = walk.publishedOffer("deu-ncp", Offers.offer("DEU", CATEGORY, List.of(REGION), true, 3));
        String id = walk.screenedClear("per-ncp", request("PER", "SECRETARIAT_ONLY", null));
        ProcessInstance instance = driver.instance(id);
        assertThat(status(id)).isEqualTo("OPEN_NEED");

        Api.Response widened = api.as("per-ncp").put("/api/requests/" + id + "/circulation",
                Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("DEU")));
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        driver.runDueJobs();

        assertThat(instance).isWaitingAt(TASK_CONFIRM_MATCH);
        assertThat(candidates(id)).contains(germany);
        assertThat(candidateParties(id)).containsOnly("DEU");
        assertThat(status(id)).isEqualTo("MATCHING");
    }

    @Test
    void consentNarrowedAfterTheMatchLeavesTheMatchedPartyItsCase() {
        String who = walk.publishedOffer("who-focal", Offers.offer("WHO", CATEGORY, List.of(REGION), false, 1));
        walk.provider("fra-ncp", "FRA");
        String id = walk.screenedClear("chl-ncp", request("CHL", "NAMED_PROVIDERS", List.of("WHO", "FRA")));
        walk.matched(id, who, "who-focal");
        walk.runDueJobs();
        assertThat(walk.funding("fra-ncp", id).toString()).as("France, named, follows its funding").contains(id);

        Api.Response narrowed = api.as("chl-ncp").put("/api/requests/" + id + "/circulation",
                Map.of("circulation", "SECRETARIAT_ONLY"));
        assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);

        assertThat(walk.funding("who-focal", id).toString()).as("WHO delivers the assistance").contains(id);
        assertThat(api.as("fra-ncp").get("/api/requests/" + id + "/funding").status()).as("France no longer").isEqualTo(404);
        assertThat(status(id)).isEqualTo("FUNDING");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static Map<String, Object> request(String state, String circulation, List<String> providers) {
        Map<String, Object> body = new LinkedHashMap<>(CaseWalk.exampleRequest(state, CATEGORY));
        body.put("items", List.of(org.bwc.articlex.support.Requests.item("TRAINING", "Workshop on national legislation", 12)));
        if (circulation != null) {
            body.put("circulation", circulation);
        }
        if (providers != null) {
            body.put("providers", providers);
        }
        return body;
    }

    /** The offers the caseworker's {@code confirmMatch} form offers, best first. */
    List<String> candidates(String id) {
        List<String> ids = new ArrayList<>();
        candidateOptions(id).forEach(c -> ids.add(c.prop("value").stringValue()));
        return ids;
    }

    /** The offering parties of the candidates, from their labels ("OFF-… — DEU — title (score n)"). */
    List<String> candidateParties(String id) {
        List<String> parties = new ArrayList<>();
        candidateOptions(id).forEach(c -> parties.add(c.prop("label").stringValue().split(" — ")[1]));
        return parties;
    }

    private List<SpinJsonNode> candidateOptions(String id) {
        ProcessInstance instance = driver.instance(id);
        SpinJsonNode list = (SpinJsonNode) engine.getRuntimeService().getVariable(instance.getId(), "matchCandidates");
        return list.elements();
    }

    /** The open needs of {@link #CATEGORY} in {@link #REGION} as {@code user} is shown them. */
    long openNeedCount(String user) {
        JsonNode counts = api.as(user).get("/api/open-needs?category=" + CATEGORY + "&region=" + REGION).json()
                .get("byCategoryAndRegion");
        return counts.isEmpty() ? 0 : counts.get(0).get("count").asLong();
    }

    long proposals(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM match_proposal WHERE request_id = ?").param(id).query(Long.class).single();
    }

    String proposalStatus(String id, String offerId) {
        return jdbc.sql("SELECT status FROM match_proposal WHERE request_id = ? AND offer_id = ?").params(id, offerId)
                .query(String.class).single();
    }

    List<String> offeredParties(String id) {
        return jdbc.sql("SELECT o.offering_party FROM match_proposal p JOIN offer o ON o.id = p.offer_id WHERE p.request_id = ?"
                + " ORDER BY p.id").param(id).query(String.class).list();
    }
}
