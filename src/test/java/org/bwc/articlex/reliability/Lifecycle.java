package org.bwc.articlex.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Drives assistance requests from outside, over HTTP only: the project's {@code /api} and the {@code /engine-rest}
 * calls Tasklist makes, each as the user who would make it. {@link #setUp()} creates the users (through
 * {@code /engine-rest}, as the administrator of {@code ARTICLEX_ADMIN_*}: there are no default users outside the
 * {@code dev} profile) and the offers; {@link #into(Stage)} creates a case and carries it into a wait state;
 * {@link #advance(Case)} carries it one wait state further. Every call goes to the node {@code nodes} supplies
 * (alternate between nodes there, as a load balancer would). Asynchronous steps are the job executor's: the driver
 * waits for their effect in the API.
 *
 * <p>Two paths: a clear request (the example request, EDUCATION_EXCHANGE) that screening passes to matching, and a
 * referred one (inactivated Ebola reference material, RESEARCH_COLLABORATION) that waits at Balance review. Both
 * are matched to an unfunded offer of Spain; Norway pledges what the funding round asks.
 */
public final class Lifecycle {

    /** The harness's administrator (ARTICLEX_ADMIN_USER) and the password of every user it creates. */
    public static final String ADMIN = "ops-admin";
    public static final String PASSWORD = "Kx7#fault-Injection";
    public static final String CASEWORKER = "caseworker";
    public static final String MANAGER = "manager";
    public static final String OFFEROR = "esp-ncp";
    public static final String DONOR = "nor-ncp";
    /** Requesting States of the clear path (round robin) and of the referred path. */
    static final List<String> CLEAR_STATES = List.of("KEN", "PER", "GHA", "IDN", "BRA", "MNG");
    static final List<String> REFERRED_STATES = List.of("TZA", "UGA");
    static final String CLEAR_CATEGORY = "EDUCATION_EXCHANGE";
    static final String REFERRED_CATEGORY = "RESEARCH_COLLABORATION";

    /** Patience for one asynchronous step under load (the job executor may have a backlog of thousands of jobs). */
    public static Duration patience = Duration.ofSeconds(Long.getLong("reliability.step-seconds", 180));

    /** The wait states of a request, in the order a clear request passes them. */
    public enum Stage {
        /** Review request for completeness (caseworkers' task). */
        REVIEW,
        /** Review Article III / Article X balance (managers' task); referred requests only. */
        BALANCE_REVIEW,
        /** Confirm match (caseworkers' task). */
        MATCHING,
        /** The offering party's answer (AWAITING_OFFEROR). */
        OFFEROR,
        /** The funding round is open, waiting for pledges. */
        FUNDING,
        /** Implementation started, waiting for its completion. */
        IMPLEMENTATION,
        /** Completion report submitted, caseworkers review it. */
        REPORT_REVIEW,
        COMPLETED
    }

    /** A request the driver made, its path and the last wait state it reached. */
    public static final class Case {
        public final String id;
        public final boolean referred;
        public final String state;
        volatile Stage stage;
        /** The task found last ({@code taskKey} → {@code taskId}): the step after works it without looking again, once. */
        volatile String taskKey;
        volatile String taskId;

        Case(String id, boolean referred, String state, Stage stage) {
            this.id = id;
            this.referred = referred;
            this.state = state;
            this.stage = stage;
        }

        public Stage stage() {
            return stage;
        }

        @Override
        public String toString() {
            return id + "@" + stage;
        }
    }

    private final Supplier<Http> nodes;
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, String> offers = new LinkedHashMap<>();

    /** Every call to the one node at {@code baseUrl}. */
    public Lifecycle(String baseUrl) {
        this(() -> new Http(baseUrl));
    }

    /** Each call to the node {@code nodes} gives (e.g. alternating between two). */
    public Lifecycle(Supplier<Http> nodes) {
        this.nodes = nodes;
    }

    /** Alternates between the nodes, call by call, as a round-robin load balancer. */
    public static Lifecycle roundRobin(List<String> baseUrls) {
        AtomicInteger next = new AtomicInteger();
        return new Lifecycle(() -> new Http(baseUrls.get(Math.floorMod(next.getAndIncrement(), baseUrls.size()))));
    }

    private Http as(String user) {
        return nodes.get().as(user);
    }

    /**
     * Creates the users (idempotent: a second node on the same database, or a restart, finds them) and the two
     * offers of Spain and the provider offer of Norway, and waits until they are published.
     */
    public Lifecycle setUp() {
        createUsers();
        offers.put(CLEAR_CATEGORY, publishedOffer(OFFEROR, offer("ESP", CLEAR_CATEGORY, false, 10_000)));
        offers.put(REFERRED_CATEGORY, publishedOffer(OFFEROR, offer("ESP", REFERRED_CATEGORY, false, 10_000)));
        // Norway registers an offer, so requests circulate to it and it may pledge (funding.Donors)
        publishedOffer(DONOR, offer("NOR", "OTHER", false, 1));
        return this;
    }

    /** The users of the lifecycle, created through {@code /engine-rest} as the administrator. */
    public void createUsers() {
        user(CASEWORKER, "caseworkers");
        user(MANAGER, "managers");
        user(OFFEROR, "sp-ESP");
        user(DONOR, "sp-NOR");
        for (String state : CLEAR_STATES) {
            user(ncp(state), "sp-" + state);
        }
        for (String state : REFERRED_STATES) {
            user(ncp(state), "sp-" + state);
        }
    }

    /** Creates {@code id} in {@code group} unless it exists; any other refusal fails. */
    public void user(String id, String group) {
        Http admin = as(ADMIN);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", id);
        profile.put("firstName", "Test");
        profile.put("lastName", "User");
        profile.put("email", id + "@reliability.example.org");
        Http.Reply created = admin.post("/engine-rest/user/create", Map.of("profile", profile, "credentials", Map.of("password", PASSWORD)));
        if (!created.ok() && admin.get("/engine-rest/user/" + id + "/profile").status() != 200) {
            throw new AssertionError("Cannot create user " + id + ": " + created);
        }
        Http.Reply member = admin.put("/engine-rest/group/" + group + "/members/" + id, null);
        if (!member.ok() && admin.get("/engine-rest/user/count?memberOfGroup=" + group + "&id=" + id).json().path("count").asInt() != 1) {
            throw new AssertionError("Cannot add " + id + " to " + group + ": " + member);
        }
    }

    public static String ncp(String state) {
        return state.toLowerCase(java.util.Locale.ROOT) + "-ncp";
    }

    // ---- cases ----

    /** A new request (clear, or referred for {@link Stage#BALANCE_REVIEW}) carried into {@code target}. */
    public Case into(Stage target) {
        Case c = submit(target == Stage.BALANCE_REVIEW);
        while (c.stage != target) {
            advance(c);
        }
        return c;
    }

    /** Submitted by its State's contact point: waiting at the completeness review. */
    public Case submit(boolean referred) {
        Case c = send(referred);
        arrive(c);
        return c;
    }

    /**
     * Submitted by its State's contact point and not waited for: in transit (no stage yet) until the job executor has
     * started its process; {@link #arrive(Case)} waits for that.
     */
    public Case send(boolean referred) {
        int n = counter.getAndIncrement();
        String state = referred ? REFERRED_STATES.get(n % REFERRED_STATES.size()) : CLEAR_STATES.get(n % CLEAR_STATES.size());
        Map<String, Object> body = referred ? referredRequest(state) : clearRequest(state);
        Http.Reply submitted = as(ncp(state)).post("/api/requests", body);
        expect(submitted, 201, "submit a request of " + state);
        return new Case(submitted.json().get("id").asText(), referred, state, null);
    }

    /** Waits until a request {@link #send(boolean) sent} waits at the completeness review. */
    public Case arrive(Case c) {
        awaitTask(c, CASEWORKER, "reviewCompleteness");
        c.stage = Stage.REVIEW;
        return c;
    }

    /** Carries {@code c} from its wait state to the next one and returns it. */
    public Stage advance(Case c) {
        switch (c.stage) {
            case REVIEW -> {
                submitForm(CASEWORKER, awaitTask(c, CASEWORKER, "reviewCompleteness"), Map.of("complete", true));
                if (c.referred) {
                    awaitTask(c, MANAGER, "balanceReview");
                    c.stage = Stage.BALANCE_REVIEW;
                } else {
                    awaitTask(c, CASEWORKER, "confirmMatch");
                    c.stage = Stage.MATCHING;
                }
            }
            case BALANCE_REVIEW -> {
                submitForm(MANAGER, awaitTask(c, MANAGER, "balanceReview"), Map.of("balanceDecision", "APPROVE",
                        "justification", "Inactivated material only; end use reviewed with the national authority"));
                awaitTask(c, CASEWORKER, "confirmMatch");
                c.stage = Stage.MATCHING;
            }
            case MATCHING -> {
                submitForm(CASEWORKER, awaitTask(c, CASEWORKER, "confirmMatch"), Map.of("selectedOfferId", offer(c)));
                awaitStatus(c, "AWAITING_OFFEROR");
                c.stage = Stage.OFFEROR;
            }
            case OFFEROR -> {
                Map<String, Object> answer = new LinkedHashMap<>(Map.of("offerId", offer(c), "accepted", true, "note", "Ready to deliver"));
                Http.Reply accepted = as(OFFEROR).post("/api/requests/" + c.id + "/offer-response", answer);
                if (accepted.status() == 400 && accepted.body().contains("conditionsAcknowledged")) {
                    answer.put("conditionsAcknowledged", true);
                    accepted = as(OFFEROR).post("/api/requests/" + c.id + "/offer-response", answer);
                }
                expect(accepted, 202, "offer accepted for " + c.id);
                awaitFunding(c, "OPEN");
                c.stage = Stage.FUNDING;
            }
            case FUNDING -> {
                JsonNode round = funding(c);
                Http.Reply pledged = as(DONOR).post("/api/requests/" + c.id + "/pledges", Map.of("donor", "NOR",
                        "amount", Map.of("amount", round.at("/gap/amount").asText(), "currency", round.at("/gap/currency").asText())));
                expect(pledged, 202, "pledge for " + c.id);
                expect(as(MANAGER).post("/api/requests/" + c.id + "/pledges/" + pledged.json().get("id").asLong() + "/confirmation",
                        Map.of("confirmed", true)), 202, "pledge confirmed for " + c.id);
                awaitFunding(c, "FUNDED");
                expect(implementation(OFFEROR, c, "STARTED"), 202, "implementation started for " + c.id);
                awaitStatus(c, "IMPLEMENTATION");
                c.stage = Stage.IMPLEMENTATION;
            }
            case IMPLEMENTATION -> {
                expect(implementation(OFFEROR, c, "COMPLETED"), 202, "implementation completed for " + c.id);
                awaitStatus(c, "REPORTING");
                Map<String, Object> report = new LinkedHashMap<>();
                report.put("summary", "Course held and equipment installed");
                report.put("outcomes", List.of("12 staff trained"));
                report.put("beneficiaries", 12);
                expect(as(ncp(c.state)).post("/api/requests/" + c.id + "/completion-report", report), 202, "report for " + c.id);
                awaitTask(c, CASEWORKER, "reviewCompletionReport");
                c.stage = Stage.REPORT_REVIEW;
            }
            case REPORT_REVIEW -> {
                submitForm(CASEWORKER, awaitTask(c, CASEWORKER, "reviewCompletionReport"), Map.of("reportAccepted", true));
                awaitStatus(c, "COMPLETED");
                c.stage = Stage.COMPLETED;
            }
            case COMPLETED -> throw new IllegalStateException(c.id + " is completed");
            default -> throw new IllegalStateException("stage " + c.stage);
        }
        return c.stage;
    }

    /** How many of {@code cases} are in each wait state. */
    public static Map<Stage, Long> byStage(List<Case> cases) {
        Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        cases.forEach(c -> counts.merge(c.stage(), 1L, Long::sum));
        return counts;
    }

    /** Advances {@code c} until it is COMPLETED. */
    public void complete(Case c) {
        while (c.stage != Stage.COMPLETED) {
            advance(c);
        }
    }

    /**
     * The wait state {@code c} is in now, read from outside (its status); null while it is between two wait states
     * (SUBMITTED, SCREENING: a job of the job executor is due). For a request after a crash, to check it is where it
     * was left. FUNDING is both the open round and the funded case waiting for implementation to start.
     */
    public Stage observe(Case c) {
        String status = status(c.id);
        return switch (status) {
            case "SUBMITTED", "SCREENING" -> null;
            case "UNDER_REVIEW" -> Stage.REVIEW;
            case "BALANCE_REVIEW" -> Stage.BALANCE_REVIEW;
            case "MATCHING" -> Stage.MATCHING;
            case "AWAITING_OFFEROR" -> Stage.OFFEROR;
            case "FUNDING" -> Stage.FUNDING;
            case "IMPLEMENTATION" -> Stage.IMPLEMENTATION;
            case "REPORTING" -> Stage.REPORT_REVIEW;
            case "COMPLETED" -> Stage.COMPLETED;
            default -> throw new AssertionError(c.id + " has status " + status);
        };
    }

    public String status(String id) {
        Http.Reply view = as(CASEWORKER).get("/api/requests/" + id);
        expect(view, 200, "read " + id);
        return view.json().get("status").asText();
    }

    public JsonNode funding(Case c) {
        Http.Reply funding = as(CASEWORKER).get("/api/requests/" + c.id + "/funding");
        expect(funding, 200, "funding of " + c.id);
        return funding.json();
    }

    public String offer(Case c) {
        String offer = offers.get(c.referred ? REFERRED_CATEGORY : CLEAR_CATEGORY);
        if (offer == null) {
            throw new IllegalStateException("setUp() first");
        }
        return offer;
    }

    /** The offers setUp() published (category → offer id), for another driver on the same system. */
    public Map<String, String> offers() {
        return offers;
    }

    // ---- HTTP steps ----

    /** The task Tasklist shows {@code user} for the case, once there is exactly one: its id. */
    public String awaitTask(Case c, String user, String taskDefinitionKey) {
        if (taskDefinitionKey.equals(c.taskKey)) {
            c.taskKey = null;
            return c.taskId;
        }
        String[] found = new String[1];
        Reliability.await(taskDefinitionKey + " of " + c.id, patience, () -> {
            Http.Reply tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + c.id + "&taskDefinitionKey=" + taskDefinitionKey);
            if (tasks.ok() && tasks.json().isArray() && tasks.json().size() == 1) {
                found[0] = tasks.json().get(0).get("id").asText();
                c.taskKey = taskDefinitionKey;
                c.taskId = found[0];
                return true;
            }
            return false;
        });
        return found[0];
    }

    public void awaitStatus(Case c, String status) {
        Reliability.await(c.id + " in " + status, patience, () -> status.equals(status(c.id)));
    }

    private void awaitFunding(Case c, String status) {
        Reliability.await("funding of " + c.id + " " + status, patience, () -> {
            Http.Reply funding = as(CASEWORKER).get("/api/requests/" + c.id + "/funding");
            return funding.status() == 200 && status.equals(funding.json().path("status").asText());
        });
    }

    /** POST /engine-rest/task/{id}/submit-form, what Tasklist sends when a Camunda Form is submitted. */
    public Http.Reply submitForm(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Http.Reply reply = as(user).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
        expect(reply, 204, "submit-form " + taskId + " as " + user);
        return reply;
    }

    private Http.Reply implementation(String user, Case c, String event) {
        return as(user).post("/api/requests/" + c.id + "/implementation", Map.of("event", event, "note", "Reported by the harness"));
    }

    private String publishedOffer(String user, Map<String, Object> offer) {
        Http.Reply created = as(user).post("/api/offers", offer);
        expect(created, 201, "offer of " + user);
        String id = created.json().get("id").asText();
        Reliability.await("offer " + id + " published", patience,
                () -> "PUBLISHED".equals(as(user).get("/api/offers/" + id).json().path("status").asText()));
        return id;
    }

    private static void expect(Http.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw new AssertionError(what + ": expected " + status + ", got " + reply);
        }
    }

    // ---- bodies (as support.Requests and support.Offers, for a process this JVM does not host) ----

    static Map<String, Object> clearRequest(String state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestingState", state);
        body.put("title", "BSL-2 laboratory biosafety training");
        body.put("description", "Two-week course for 20 laboratory staff of the Central Veterinary Laboratory");
        body.put("category", CLEAR_CATEGORY);
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item("TRAINING", "Biosafety officer course", 20));
        items.add(item("EQUIPMENT", "Class II biosafety cabinet", 2));
        body.put("items", items);
        body.put("endUse", new LinkedHashMap<>(Map.of("statement", "Diagnostic laboratory for zoonotic disease",
                "facility", "Central Veterinary Laboratory", "biosafetyLevel", 2)));
        body.put("estimatedCost", new LinkedHashMap<>(Map.of("amount", "85000.00", "currency", "USD")));
        body.put("preferredLanguage", "en");
        return body;
    }

    static Map<String, Object> referredRequest(String state) {
        Map<String, Object> body = clearRequest(state);
        body.put("title", "Reference material for diagnostics");
        body.put("category", REFERRED_CATEGORY);
        body.put("items", List.of(item("AGENT", "Ebola virus inactivated reference material", 1)));
        return body;
    }

    static Map<String, Object> item(String kind, String description, Object quantity) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("kind", kind);
        item.put("description", description);
        item.put("quantity", quantity);
        item.put("controlCode", null);
        return item;
    }

    static Map<String, Object> offer(String party, String category, boolean funded, int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offeringParty", party);
        body.put("title", "Assistance from " + party);
        body.put("category", category);
        body.put("eligibleRegions", List.of("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN",
                "WESTERN_EUROPEAN_OTHERS"));
        body.put("languages", List.of("en", "fr"));
        body.put("capacity", capacity);
        body.put("fundingIncluded", funded);
        body.put("validUntil", java.time.LocalDate.now().plusYears(1).toString());
        body.put("description", "Offer of the reliability harness");
        return body;
    }
}
