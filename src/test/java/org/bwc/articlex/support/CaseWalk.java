package org.bwc.articlex.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.funding.RequestFundingProcess;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Path fragments that carry a request through the API and Tasklist up to a phase (matched, funded, implemented),
 * for the scenarios of the later phases. Each step asserts its own success, so a broken fragment fails where it
 * breaks. A request and its called {@code request-funding} share the business key: {@link #instance} looks one up
 * by process definition.
 */
public class CaseWalk {

    private final Api api;
    private final Tasklist tasklist;
    private final ProcessEngine engine;
    private final ProcessDriver driver;

    public CaseWalk(Api api, Tasklist tasklist, ProcessEngine engine) {
        this.api = api;
        this.tasklist = tasklist;
        this.engine = engine;
        this.driver = new ProcessDriver(engine);
    }

    /** Registered by {@code user} and published. */
    public String publishedOffer(String user, Map<String, Object> offer) {
        Api.Response created = api.as(user).post("/api/offers", offer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        runDueJobs();
        assertThat(api.as(user).get("/api/offers/" + id).json().get("status").asText()).isEqualTo("PUBLISHED");
        return id;
    }

    /**
     * The example request (a course and two class II cabinets, 85,000.00 USD) of {@code state} in
     * {@code category}; its whole-life estimate is 119,000.00 USD with the default rates (42,500 + 42,500 one-off,
     * 10 % a year of 42,500 over the cabinets' 8 years).
     */
    public static Map<String, Object> exampleRequest(String state, String category) {
        Map<String, Object> body = Requests.from(state);
        body.put("category", category);
        return body;
    }

    /** Submitted by the secretariat on the State's behalf, reviewed complete, screened clear, ranked: at confirmMatch. */
    public String approved(Map<String, Object> body) {
        String id = screenedClear("caseworker", body);
        assertThat(status(id)).as("screened clear and balanced, request " + id).isEqualTo("MATCHING");
        return id;
    }

    /**
     * Submitted by {@code user} (the State's own or the secretariat), reviewed complete, screened clear and ranked:
     * at confirmMatch with candidates, or an open need without.
     */
    public String screenedClear(String user, Map<String, Object> body) {
        Api.Response submitted = api.as(user).post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        runDueJobs();
        Api.Response reviewed = tasklist.submitForm("caseworker", id, "reviewCompleteness", Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        runDueJobs();
        return id;
    }

    /**
     * A laboratory-equipment request of {@code state} asking for these items (one whose description names a
     * "course" is training, the others equipment), submitted, reviewed complete and screened: waiting at Balance
     * review.
     */
    public String atBalanceReview(String state, String... descriptions) {
        Map<String, Object> body = Requests.from(state);
        body.put("category", "LABORATORY_EQUIPMENT");
        List<Map<String, Object>> items = new ArrayList<>();
        for (String description : descriptions) {
            items.add(Requests.item(description.contains("course") ? "TRAINING" : "EQUIPMENT", description, 1));
        }
        body.put("items", items);
        Api.Response submitted = api.as("caseworker").post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        runDueJobs();
        Api.Response reviewed = tasklist.submitForm("caseworker", id, "reviewCompleteness", Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        runDueJobs();
        assertThat(tasklist.task(id, "balanceReview")).as("request " + id + " waits at Balance review").isNotNull();
        return id;
    }

    /**
     * Kenya asks for an aerosol generator designed to disseminate a biological agent (a means of delivery: the
     * screening proposes denial), reviewed complete; a manager denies it in Balance review on that ground: status
     * DENIED, instance ended.
     */
    public String denied() {
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("title", "Aerosol dissemination equipment");
        body.put("items", List.of(Requests.item("EQUIPMENT", "Aerosol generator for dispersing Bacillus anthracis spores", 1)));
        Api.Response submitted = api.as("ken-ncp").post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        runDueJobs();
        Api.Response reviewed = tasklist.submitForm("caseworker", id, "reviewCompleteness", Map.of("complete", true));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        runDueJobs();
        Api.Response decided = tasklist.submitForm("manager", id, "balanceReview", Map.of("balanceDecision", "DENY",
                "legalGround", "WEAPON_OR_MEANS_OF_DELIVERY",
                "justification", "Designed to disseminate a listed agent: a means of delivery under rule SCR-WEAPON-OR-MEANS-OF-DELIVERY"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        assertThat(status(id)).as("denied in full, request " + id).isEqualTo("DENIED");
        return id;
    }

    /** The caseworker proposes {@code offerId}; its offering party ({@code offeror}, a user) accepts: status FUNDING. */
    public void matched(String id, String offerId, String offeror) {
        Api.Response confirmed = tasklist.submitForm("caseworker", id, "confirmMatch", Map.of("selectedOfferId", offerId));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        Api.Response accepted = api.as(offeror).post("/api/requests/" + id + "/offer-response",
                Map.of("offerId", offerId, "accepted", true, "note", "Ready to deliver"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("FUNDING");
    }

    /** Lets time pass and runs the jobs that fall due ({@link ProcessDriver#letTimePass}); reset the clock after the test. */
    public void letTimePass(Duration duration) {
        driver.letTimePass(duration);
    }

    /** Runs the jobs due now, and those they create ({@link ProcessDriver#runDueJobs}). */
    public void runDueJobs() {
        driver.runDueJobs();
    }

    public Api.Response pledge(String user, String id, String donor, String amount, String currency) {
        return api.as(user).post("/api/requests/" + id + "/pledges",
                Map.of("donor", donor, "amount", Map.of("amount", amount, "currency", currency)));
    }

    /**
     * {@code party} (through its user) registers an offer no test request asks for, so that it is a registered
     * provider: a request circulated to all providers is visible to it, and it may pledge to it (funding.Donors).
     */
    public void provider(String user, String party) {
        publishedOffer(user, Offers.offer(party, "OTHER", List.of("EASTERN_EUROPEAN"), false, 1));
    }

    /** The secretariat's answer on a pledge over the API: confirmed, or declined with {@code reason}. */
    public Api.Response confirmation(String user, String id, long pledgeId, boolean confirmed, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("confirmed", confirmed);
        body.put("reason", reason);
        return api.as(user).post("/api/requests/" + id + "/pledges/" + pledgeId + "/confirmation", body);
    }

    /** {@code user} pledges for {@code donor} and a manager confirms it: the amount counts. Returns the pledge id. */
    public long confirmedPledge(String user, String id, String donor, String amount, String currency) {
        Api.Response pledged = pledge(user, id, donor, amount, currency);
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(202);
        assertThat(pledged.json().get("status").asText()).isEqualTo("PLEDGED");
        long pledgeId = pledged.json().get("id").asLong();
        Api.Response confirmed = confirmation("manager", id, pledgeId, true, null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(202);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
        return pledgeId;
    }

    public Api.Response implementation(String user, String id, String event, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event);
        body.put("note", note);
        return api.as(user).post("/api/requests/" + id + "/implementation", body);
    }

    public Api.Response completionReport(String user, String id, String summary, List<String> outcomes, Object beneficiaries) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary);
        body.put("outcomes", outcomes);
        body.put("beneficiaries", beneficiaries);
        return api.as(user).post("/api/requests/" + id + "/completion-report", body);
    }

    /**
     * From a published offer of {@code offeror} (a user of {@code party}) to COMPLETED: approved, matched, funded by the
     * offer itself, implemented, reported by {@code requester} (a user of the requesting State) and accepted.
     */
    public String completed(Map<String, Object> request, String requester, String offeror, String party, List<String> regions) {
        return completed(request, requester, offeror, Offers.offer(party, (String) request.get("category"), regions, true, 1));
    }

    /** As above, with the offer {@code offeror} publishes (funded, capacity 1, of the request's category). */
    public String completed(Map<String, Object> request, String requester, String offeror, Map<String, Object> offerBody) {
        String offer = publishedOffer(offeror, offerBody);
        String id = approved(request);
        matched(id, offer, offeror);
        runDueJobs();
        assertThat(implementation(offeror, id, "STARTED", null).status()).isEqualTo(202);
        assertThat(implementation(offeror, id, "COMPLETED", null).status()).isEqualTo(202);
        Api.Response report = completionReport(requester, id, "Course held and equipment installed", List.of("12 staff trained"), 12);
        assertThat(report.status()).as(report.body()).isEqualTo(202);
        Api.Response accepted = tasklist.submitForm("caseworker", id, "reviewCompletionReport", Map.of("reportAccepted", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        assertThat(status(id)).isEqualTo("COMPLETED");
        return id;
    }

    public String status(String id) {
        return api.as("caseworker").get("/api/requests/" + id).json().get("status").asText();
    }

    public JsonNode funding(String user, String id) {
        Api.Response funding = api.as(user).get("/api/requests/" + id + "/funding");
        assertThat(funding.status()).as(funding.body()).isEqualTo(200);
        return funding.json();
    }

    public int remainingCapacity(String offerId) {
        return api.as("caseworker").get("/api/offers/" + offerId).json().get("remainingCapacity").asInt();
    }

    /** The notifications of {@code event} about request {@code id} in the feed of State {@code iso3}. */
    public long notifications(String iso3, String id, String event) {
        JsonNode feed = api.as("caseworker").get("/api/states/" + iso3 + "/notifications").json();
        long count = 0;
        for (JsonNode notification : feed) {
            if (id.equals(notification.path("requestId").asText()) && event.equals(notification.path("event").asText())) {
                count++;
            }
        }
        return count;
    }

    /**
     * The latest instance of {@code processDefinitionKey} for this business key, running or ended, as a handle for
     * BPM Assert (which looks the instance up by id each time).
     */
    public ProcessInstance instance(String processDefinitionKey, String businessKey) {
        List<HistoricProcessInstance> all = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(processDefinitionKey).processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().desc().list();
        if (all.isEmpty()) {
            return null;
        }
        HistoricProcessInstance latest = all.get(0);
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(latest.getId())
                .singleResult();
        return running != null ? running : new EndedInstance(latest.getId(), businessKey, latest.getProcessDefinitionId(),
                latest.getRootProcessInstanceId());
    }

    public ProcessInstance request(String id) {
        return instance(AssistanceRequestProcess.PROCESS_ID, id);
    }

    public ProcessInstance funding(String id) {
        return instance(RequestFundingProcess.PROCESS_ID, id);
    }

    private record EndedInstance(String id, String businessKey, String definitionId, String rootId) implements ProcessInstance {
        @Override public String getId() { return id; }
        @Override public String getProcessInstanceId() { return id; }
        @Override public String getRootProcessInstanceId() { return rootId; }
        @Override public String getBusinessKey() { return businessKey; }
        @Override public String getProcessDefinitionId() { return definitionId; }
        @Override public String getProcessDefinitionKey() { return definitionId == null ? null : definitionId.split(":")[0]; }
        @Override public String getCaseInstanceId() { return null; }
        @Override public String getTenantId() { return null; }
        @Override public boolean isSuspended() { return false; }
        @Override public boolean isEnded() { return true; }
    }
}
