package org.bwc.articlex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.bwc.articlex.followup.RequestFollowUpProcess;
import org.bwc.articlex.funding.RequestFundingProcess;
import org.bwc.articlex.nationalreports.NationalReportProcess;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * At least 10,000 generated malformed or malicious inputs ({@link HostileInputs}, fixed seed) against every write
 * endpoint of {@code /api} — enumerated from the application's own OpenAPI description, so a new endpoint is
 * attacked without anyone adding it here — and against the engine's form submission of every user task of every
 * deployed process (all are completed by a party or the secretariat; the test fails when a task is added that it does
 * not reach), with the fields read from each task's deployed form. Every input targets a case where a well-formed
 * request would be refused by a rule (another State's name, a closed case, a year not open), so nothing may be written whatever the input: the row
 * counts of every table (the project's and the engine's) are compared around every batch. Zero 5xx; every 4xx is
 * problem+json, and a 400 names its fields.
 */
abstract class HostileInputScenarios extends CaseScenario {

    static final long SEED = 15L;
    static final int THREADS = 4;
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<Integer, Integer>> histogram = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    /** Time spent walking cases to the targets, not sending inputs. */
    private long setUp;

    /** A write endpoint aimed at a case where even a well-formed call is refused, and the user who calls it. */
    record Target(String user, Map<String, String> pathValues, JsonNode baseline, List<String> headers) {
    }

    @Test
    void tenThousandHostileInputsToEveryWriteEndpointAndFormAreRefusedCleanlyAndWriteNothing() throws Exception {
        long started = System.nanoTime();
        Map<String, Target> targets = targets();
        setUp += System.nanoTime() - started;
        HostileInputs generator = new HostileInputs(SEED);
        JsonNode description = json.readTree(api.as("manager").get("/v3/api-docs").body());
        List<String> endpoints = new ArrayList<>();
        description.get("paths").fields().forEachRemaining(path -> {
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (path.getKey().startsWith("/api/") && path.getValue().has(method)) {
                    endpoints.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        });
        assertThat(endpoints).as("write endpoints of /api found in /v3/api-docs").hasSizeGreaterThanOrEqualTo(15);

        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String template = endpoint.substring(endpoint.indexOf(' ') + 1);
            JsonNode operation = description.get("paths").get(template).get(method.toLowerCase());
            Target target = targets.getOrDefault(endpoint, new Target("caseworker", Map.of(), baselineOf(operation, description), List.of()));
            String path = expand(template, target.pathValues());
            Map<String, String> headers = auth(target.user());
            List<HostileInputs.Input> inputs = new ArrayList<>();
            inputs.addAll(generator.bodies(method, path, headers, target.baseline()));
            inputs.addAll(generator.fields(method, path, headers, target.baseline()));
            for (String header : target.headers()) {
                inputs.addAll(generator.header(header, method, path, headers, target.baseline()));
            }
            for (String header : List.of("User-Agent", "X-Forwarded-For", "Accept-Language", "X-Request-Id", "Referer")) {
                inputs.addAll(generator.header(header, method, path, headers, target.baseline()));
            }
            inputs.addAll(generator.query(method, path, headers, target.baseline()));
            inputs.addAll(generator.keys(method, path, headers, target.baseline()));
            Matcher params = PATH_PARAM.matcher(template);
            while (params.find()) {
                for (String value : HostileInputs.pathValues()) {
                    Map<String, String> values = new LinkedHashMap<>(target.pathValues());
                    values.put(params.group(1), value);
                    inputs.add(new HostileInputs.Input("path " + params.group(1), method, expand(template, values), headers,
                            target.baseline().toString().getBytes(StandardCharsets.UTF_8)));
                }
            }
            attack(endpoint, inputs);
        }

        try {
            long reaching = System.nanoTime();
            Map<String, FormTarget> forms = forms();
            setUp += System.nanoTime() - reaching;
            assertThat(forms.keySet()).as("every user task of every deployed process is attacked").containsExactlyInAnyOrderElementsOf(userTasks());
            for (Map.Entry<String, FormTarget> form : forms.entrySet()) {
                attack("form " + form.getKey(), formInputs(generator, form.getValue()));
                if (engine.getTaskService().createTaskQuery().taskId(form.getValue().taskId()).count() != 1) {
                    failures.add("task " + form.getKey() + " is no longer open after its attack");
                }
            }
            Map<String, StartFormTarget> startForms = startForms();
            assertThat(startForms.keySet()).as("every start form of every deployed process is attacked")
                    .containsExactlyInAnyOrderElementsOf(processesWithStartForms());
            long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
            for (Map.Entry<String, StartFormTarget> start : startForms.entrySet()) {
                attack("start form " + start.getKey(), startFormInputs(generator, start.getKey(), start.getValue()));
            }
            if (engine.getRuntimeService().createProcessInstanceQuery().count() != instances) {
                failures.add("a start form's attack left a process instance behind");
            }
        } finally {
            removeTheNationalReportCycle();
            report(System.nanoTime() - started);
        }
        assertNothingWasRun();
        assertThat(failures).as("inputs answered wrongly (of %d sent)", sent).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(10_000);
    }

    /**
     * What a form or the API accepts by design — free text — is stored and shown as the very text sent: the request's
     * fields, the clarification asked in Tasklist and answered over the API hold SQL, EL, HTML and formulas; none of it
     * runs (no variable, no grant), the case goes on without an incident, the manager's dashboard shows no markup
     * from it, and the answers give it back verbatim. Text that is no text at all (NUL, an unpaired surrogate) is
     * refused naming the field, on both doors.
     */
    @Test
    void hostileTextIsStoredVerbatimNeverRunAndNeverRenderedAsMarkup() throws Exception {
        Map<String, Object> body = Requests.kenyaTraining();
        String title = "<script>alert(1)</script> ${execution.setVariable('" + HostileInputs.PWNED + "',1)}";
        String description = "#{execution.setVariable('" + HostileInputs.PWNED + "',1)} =HYPERLINK(\"http://evil.example\",\"x\") "
                + "'; DROP TABLE assistance_request;-- \u202egnp.exe \u200b e\u0301 😀🧪";
        body.put("title", title);
        body.put("description", description);
        Api.Response created = api.as("ken-ncp").post("/api/requests", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.json().get("title").asText()).isEqualTo(title);
        walk.runDueJobs();

        String question = "${execution.setVariable('" + HostileInputs.PWNED + "',1)} <img src=x onerror=alert(1)> +cmd|' /C calc'!A0";
        Api.Response asked = tasklist.submitForm("caseworker", id, "reviewCompleteness", Map.of("complete", false, "clarificationQuestion", question));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        Api.Response nul = tasklist.submitForm("ken-ncp", id, "provideClarification", Map.of("clarificationAnswer", "a\u0000b"));
        assertThat(nul.status()).as(nul.body()).isEqualTo(400);
        assertThat(nul.body()).contains("clarificationAnswer");
        // escaped in the JSON text, as a client's own serializer would never send it
        Api.Response surrogate = api.as("ken-ncp").post("/api/requests/" + id + "/clarification", "{\"answer\":\"x\\ud800y\"}");
        assertThat(surrogate.status()).as(surrogate.body()).isEqualTo(400);
        assertThat(surrogate.json().get("errors").get(0).get("field").asText()).isEqualTo("answer");
        String answer = "#{execution.setVariable('" + HostileInputs.PWNED + "',1)} @SUM(1+1) \"><script>alert(2)</script>";
        Api.Response answered = api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", answer));
        assertThat(answered.status()).as(answered.body()).isEqualTo(202);
        walk.runDueJobs();

        JsonNode view = api.as("ken-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("title").asText()).isEqualTo(title);
        List<String> notes = new ArrayList<>();
        view.get("history").forEach(h -> notes.add(h.path("note").asText(null)));
        assertThat(notes).contains(question, answer);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("no incident from any of it").isZero();
        assertNothingWasRun();

        Api.Response dashboard = api.as("manager").exchange(org.springframework.http.HttpMethod.GET, "/dashboard", null,
                Map.of("Accept", "text/html"));
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("<script>alert(", "onerror=alert", "<img src=x");
    }

        // --- the targets ----------------------------------------------------------------------------------------

    /** Where a well-formed call is refused by a rule (403, 404, 409, 422): so a hostile one may write nothing either. */
    private Map<String, Target> targets() {
        String denied = walk.denied();
        String offer = walk.publishedOffer("deu-ncp", Offers.offer("DEU", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("AFRICAN"), true, 2));
        assertThat(api.as("deu-ncp").post("/api/offers/" + offer + "/withdrawal", null).status()).isEqualTo(202);
        Api.Response concern = api.as("ken-ncp").post("/api/concerns", Map.of("raisedBy", "KEN", "requestId", denied,
                "statement", "The denial rests on a misreading of the item"));
        assertThat(concern.status()).as(concern.body()).isEqualTo(201);
        String concernId = concern.json().get("id").asText();
        String notification = api.as("ken-ncp").get("/api/states/KEN/notifications").json().get(0).get("id").asText();

        Map<String, Object> foreignRequest = Requests.kenyaTraining();
        foreignRequest.put("requestingState", "UGA");
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("POST /api/requests", target("ken-ncp", Map.of(), foreignRequest, "Idempotency-Key"));
        targets.put("POST /api/requests/{id}/clarification", target("ken-ncp", Map.of("id", denied), Map.of("answer", "BSL-2")));
        targets.put("POST /api/requests/{id}/withdrawal", target("ken-ncp", Map.of("id", denied), Map.of("reason", "No longer needed")));
        targets.put("POST /api/requests/{id}/offer-response", target("deu-ncp", Map.of("id", denied),
                Map.of("offerId", offer, "accepted", true, "note", "Ready", "conditionsAcknowledged", true)));
        targets.put("POST /api/requests/{id}/completion-report", target("ken-ncp", Map.of("id", denied),
                Map.of("summary", "Done", "outcomes", List.of("Trained 20"), "beneficiaries", 20,
                        "conditionsMet", List.of(Map.of("index", 1, "condition", "End-use", "met", true, "note", "Yes")))));
        targets.put("POST /api/requests/{id}/implementation", target("deu-ncp", Map.of("id", denied), Map.of("event", "STARTED", "note", "Begun")));
        targets.put("POST /api/requests/{id}/pledges", target("nor-ncp", Map.of("id", denied),
                Map.of("donor", "NOR", "amount", Map.of("amount", "1000.00", "currency", "USD")), "Idempotency-Key"));
        targets.put("POST /api/requests/{id}/pledges/{pledgeId}/confirmation", target("manager", Map.of("id", denied, "pledgeId", "999999"),
                Map.of("confirmed", true, "reason", "Checked")));
        targets.put("POST /api/requests/{id}/pledges/{pledgeId}/receipt", target("caseworker", Map.of("id", denied, "pledgeId", "999999"),
                Map.of("note", "Arrived")));
        targets.put("POST /api/requests/{id}/follow-up", target("ken-ncp", Map.of("id", denied), Map.of("lastingImpact", "Lasting",
                "equipmentInUse", "YES", "staffInPost", "PARTLY", "staffCount", 14, "furtherNeeds", "More")));
        targets.put("POST /api/offers", target("ken-ncp", Map.of(), Offers.offer("DEU", "OTHER", List.of("AFRICAN"), true, 1)));
        targets.put("POST /api/offers/{id}/withdrawal", target("deu-ncp", Map.of("id", offer), Map.of()));
        targets.put("POST /api/concerns", target("ken-ncp", Map.of(), Map.of("raisedBy", "UGA", "requestId", denied, "statement", "Unfair")));
        targets.put("POST /api/concerns/{id}/positions", target("ken-ncp", Map.of("id", concernId), Map.of("statement", "Our position")));
        targets.put("POST /api/notifications/{id}/resend", target("caseworker", Map.of("id", notification), Map.of()));
        targets.put("POST /api/states/{iso3}/national-reports", target("ken-ncp", Map.of("iso3", "KEN"), Map.of("year", 1999,
                "policy", "Policy", "assistanceGiven", "Given", "assistanceReceived", "Received", "needsOutstanding", "Needs",
                "obstacles", "None")));
        return targets;
    }

    private Target target(String user, Map<String, String> path, Object body, String... headers) {
        return new Target(user, path, json.valueToTree(body), List.of(headers));
    }

    /** A user task to attack: its id, and the user (of its candidate group) who submits its form. */
    record FormTarget(String user, String taskId) {
    }

    /**
     * Text areas whose text the server parses (an editable list pre-filled on the task): they get the hostile texts
     * like a choice does. Every other text field or area of a form is free text, any string an answer there.
     */
    static final Set<String> STRUCTURED_TEXT = Set.of("itemDecisions", "conditionsMet");

    /** The id of every user task of the latest version of every deployed process. */
    private Set<String> userTasks() {
        Set<String> tasks = new java.util.TreeSet<>();
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
            engine.getRepositoryService().getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> tasks.add(task.getId()));
        }
        assertThat(tasks).as("user tasks deployed").hasSizeGreaterThanOrEqualTo(16);
        return tasks;
    }

    /**
     * Every user task a party or the secretariat completes, reached through the real entry points (the API, Tasklist's
     * engine API, the engine's jobs and clock for timers). Their fields are read from the deployed forms
     * ({@link #formInputs}). Categories: VACCINES_THERAPEUTICS for the EASTERN_EUROPEAN group, which no other scenario
     * offers, so that the offers here match only the requests here.
     */
    private Map<String, FormTarget> forms() {
        Map<String, FormTarget> forms = new LinkedHashMap<>();
        String review = submitted("UGA");
        forms.put("reviewCompleteness", new FormTarget("caseworker", taskOf(review, "reviewCompleteness")));
        String clarification = submitted("KEN");
        assertThat(tasklist.submitForm("caseworker", clarification, "reviewCompleteness",
                Map.of("complete", false, "clarificationQuestion", "Which level?")).status()).isEqualTo(204);
        forms.put("provideClarification", new FormTarget("ken-ncp", taskOf(clarification, "provideClarification")));
        String balance = walk.atBalanceReview("PRK", "Fermenter 100 L with steam sterilisation", "Laboratory quality management course");
        forms.put("balanceReview", new FormTarget("manager", taskOf(balance, "balanceReview")));
        String offer = walk.publishedOffer("nld-ncp", Offers.offer("NLD", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("EASTERN_EUROPEAN"), true, 3));
        String match = walk.approved(CaseWalk.exampleRequest("POL", "BIOSAFETY_BIOSECURITY_TRAINING"));
        forms.put("confirmMatch", new FormTarget("caseworker", taskOf(match, "confirmMatch")));
        String respond = walk.approved(CaseWalk.exampleRequest("CZE", "BIOSAFETY_BIOSECURITY_TRAINING"));
        assertThat(tasklist.submitForm("caseworker", respond, "confirmMatch", Map.of("selectedOfferId", offer)).status()).isEqualTo(204);
        forms.put("respondToMatch", new FormTarget("nld-ncp", taskOf(respond, "respondToMatch")));

        // a referral held past its limit (14 days) in Balance review is escalated to the managers
        Map<String, Object> agent = Requests.from("GHA");
        agent.put("items", List.of(Requests.item("AGENT", "Ebola virus inactivated reference material", 1)));
        String referred = walk.screenedClear("caseworker", agent);
        assertThat(taskOf(referred, "balanceReview")).as("referred to Balance review").isNotNull();
        timePassesFor(AssistanceRequestProcess.PROCESS_ID, referred, Duration.ofDays(15));
        forms.put("resolveEscalation", new FormTarget("manager", taskOf(referred, "resolveEscalation")));

        // funding: a confirmed pledge short of the need at the deadline (60 days), then a pledge while managers decide
        String category = "VACCINES_THERAPEUTICS";
        List<String> regions = List.of("EASTERN_EUROPEAN");
        String unfunded = walk.publishedOffer("aut-ncp", Offers.offer("AUT", category, regions, false, 1));
        String funding = walk.approved(CaseWalk.exampleRequest("GEO", category));
        walk.matched(funding, unfunded, "aut-ncp");
        walk.runDueJobs();
        walk.provider("irl-ncp", "IRL");
        walk.provider("prt-ncp", "PRT");
        walk.confirmedPledge("irl-ncp", funding, "IRL", "20000.00", "USD");
        timePassesFor(RequestFundingProcess.PROCESS_ID, funding, Duration.ofDays(61));
        forms.put("decidePartialFunding", new FormTarget("manager", taskOf(funding, "decidePartialFunding")));
        Api.Response pledged = walk.pledge("prt-ncp", funding, "PRT", "10000.00", "USD");
        assertThat(pledged.status()).as(pledged.body()).isEqualTo(202);
        forms.put("confirmPledge", new FormTarget("manager", taskOf(funding, "confirmPledge")));

        // implementation and its report: three requests on one offer with funding; one waits for its report, one for
        // the report's review, one is completed and its follow-up a year on asks both parties
        String funded = walk.publishedOffer("bel-ncp", Offers.offer("BEL", category, regions, true, 3));
        String reporting = implemented(CaseWalk.exampleRequest("ARM", category), funded);
        forms.put("submitCompletionReport", new FormTarget("arm-ncp", taskOf(reporting, "submitCompletionReport")));
        String reviewing = implemented(CaseWalk.exampleRequest("MDA", category), funded);
        Api.Response report = walk.completionReport("mda-ncp", reviewing, "Vaccine cold chain in place", List.of("3 depots"), 40);
        assertThat(report.status()).as(report.body()).isEqualTo(202);
        forms.put("reviewCompletionReport", new FormTarget("caseworker", taskOf(reviewing, "reviewCompletionReport")));
        String completed = implemented(CaseWalk.exampleRequest("SRB", category), funded);
        assertThat(walk.completionReport("srb-ncp", completed, "Delivered", List.of("Done"), 12).status()).isEqualTo(202);
        assertThat(tasklist.submitForm("caseworker", completed, "reviewCompletionReport", Map.of("reportAccepted", true)).status())
                .isEqualTo(204);
        assertThat(walk.status(completed)).isEqualTo("COMPLETED");
        timePassesFor(RequestFollowUpProcess.PROCESS_ID, completed, Duration.ofDays(367));
        forms.put("answerFollowUpRequester", new FormTarget("srb-ncp", taskOf(completed, "answerFollowUpRequester")));
        forms.put("answerFollowUpProvider", new FormTarget("bel-ncp", taskOf(completed, "answerFollowUpProvider")));

        // concerns about a denial: one raised, one acknowledged and in consultation
        String raised = concern(walk.denied());
        forms.put("acknowledgeConcern", new FormTarget("caseworker", taskOf(raised, "acknowledgeConcern")));
        String consulted = concern(walk.denied());
        assertThat(tasklist.submitForm("caseworker", consulted, "acknowledgeConcern",
                Map.of("acknowledgement", "The ISU acknowledges the concern and opens consultations.")).status()).isEqualTo(204);
        forms.put("submitPosition", new FormTarget("ken-ncp", taskOf(consulted, "submitPosition")));
        forms.put("decideConcernOutcome", new FormTarget("manager", taskOf(consulted, "decideConcernOutcome")));

        // last, as nothing after it may run the jobs of the other States' reports
        forms.put("submitNationalReport", new FormTarget("ken-ncp", nationalReportTask("KEN")));
        return forms;
    }

    private String submitted(String state) {
        Api.Response submitted = api.as("caseworker").post("/api/requests", Requests.from(state));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        walk.runDueJobs();
        return id;
    }

    private String taskOf(String businessKey, String taskDefinitionKey) {
        List<org.camunda.bpm.engine.task.Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).list();
        assertThat(tasks).as("open " + taskDefinitionKey + " of " + businessKey).hasSize(1);
        return tasks.get(0).getId();
    }

    /** Approved, matched with {@code offer} (of BEL, funding included), funded, implementation started and completed. */
    private String implemented(Map<String, Object> request, String offer) {
        String id = walk.approved(request);
        walk.matched(id, offer, "bel-ncp");
        walk.runDueJobs();
        assertThat(walk.implementation("bel-ncp", id, "STARTED", null).status()).isEqualTo(202);
        assertThat(walk.implementation("bel-ncp", id, "COMPLETED", null).status()).isEqualTo(202);
        return id;
    }

    private String concern(String deniedRequest) {
        Api.Response concern = api.as("ken-ncp").post("/api/concerns", Map.of("raisedBy", "KEN", "requestId", deniedRequest,
                "statement", "The denial rests on a misreading of the item"));
        assertThat(concern.status()).as(concern.body()).isEqualTo(201);
        return concern.json().get("id").asText();
    }

    /**
     * Time passes for one case's instances of one process only (its own timers fire; no other case moves), then the
     * clock is put back: the timers this created lie in the future again.
     */
    private void timePassesFor(String processDefinitionKey, String businessKey, Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        try {
            runJobsOf(processDefinitionKey, businessKey);
        } finally {
            driver.reset();
        }
    }

    private void runJobsOf(String processDefinitionKey, String businessKey) {
        for (int executed = 0; executed < 1_000; executed++) {
            List<String> due = new ArrayList<>();
            for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey(processDefinitionKey).processInstanceBusinessKey(businessKey).list()) {
                engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
                        .forEach(job -> due.add(job.getId()));
            }
            if (due.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(due.get(0));
        }
        throw new IllegalStateException("Jobs of " + businessKey + " keep creating jobs");
    }

    /** The year of the national-report cycle this test opened, or 0. */
    private int nationalReportYear;

    /**
     * The yearly timer of the national-report cycle fires (its own job, the clock on 15 January), for a past year no
     * cycle has used in this database, so that no other scenario's year is touched; only {@code state}'s report is
     * asked for (its job run), the other States' reports wait at theirs until {@link #removeTheNationalReportCycle}.
     */
    private String nationalReportTask(String state) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int year = 2000;
        while (jdbc.queryForObject("SELECT COUNT(*) FROM national_report_cycle WHERE report_year = ?", Long.class, year) > 0) {
            year++;
        }
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(NationalReportProcess.CYCLE_PROCESS_ID).timers()
                .activityId(NationalReportProcess.START_CYCLE_OPENS).singleResult();
        ClockUtil.setCurrentTime(Date.from(Instant.parse((year + 1) + "-01-15T00:00:00Z")));
        try {
            engine.getManagementService().executeJob(timer.getId());
            nationalReportYear = year;
            runJobsOf(NationalReportProcess.REPORT_PROCESS_ID, NationalReportProcess.businessKey(year, state));
        } finally {
            driver.reset();
        }
        return taskOf(NationalReportProcess.businessKey(year, state), "submitNationalReport");
    }

    /** The cycle opened by {@link #nationalReportTask}: its instances and its year, so that no later scenario sees them. */
    private void removeTheNationalReportCycle() {
        if (nationalReportYear == 0) {
            return;
        }
        List<String> cycles = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NationalReportProcess.CYCLE_PROCESS_ID)
                .variableValueEquals(NationalReportProcess.VAR_REPORT_YEAR, nationalReportYear).list().stream().map(ProcessInstance::getId).toList();
        engine.getRuntimeService().deleteProcessInstancesIfExists(cycles, "end of the hostile-input scenario", true, true, false);
        new JdbcTemplate(dataSource).update("DELETE FROM national_report_cycle WHERE report_year = ?", nationalReportYear);
        nationalReportYear = 0;
    }

    /**
     * The form deployed for the task, read as Tasklist reads it: every field with a key; the ones neither disabled nor
     * read-only are the answers ({@code security.TaskFormFields} allows a party no others).
     */
    private List<FormField> deployedFields(String taskId) {
        try (java.io.InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            List<FormField> fields = new ArrayList<>();
            collect(json.readTree(form), fields);
            return fields;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record FormField(String key, String type, boolean editable) {

        boolean freeText() {
            return editable && (type.equals("textfield") || type.equals("textarea")) && !STRUCTURED_TEXT.contains(key);
        }
    }

    private static void collect(JsonNode node, List<FormField> fields) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                JsonNode readonly = component.get("readonly");
                boolean fixed = component.path("disabled").asBoolean(false)
                        || readonly != null && !readonly.isNull() && !(readonly.isBoolean() && !readonly.asBoolean());
                fields.add(new FormField(component.get("key").asText(), component.path("type").asText(), !fixed));
            }
            collect(component, fields);
        }
    }

    private List<HostileInputs.Input> formInputs(HostileInputs generator, FormTarget form) {
        String path = "/engine-rest/task/" + form.taskId() + "/submit-form";
        Map<String, String> headers = auth(form.user());
        List<FormField> fields = deployedFields(form.taskId());
        assertThat(fields.stream().filter(FormField::editable)).as("answers of the form of task " + form.taskId()).isNotEmpty();
        // no answer at all: a well-formed body that the form refuses, so that no variant of it completes the task
        ObjectNode baseline = json.createObjectNode();
        baseline.putObject("variables");
        List<HostileInputs.Input> inputs = new ArrayList<>(generator.bodies("POST", path, headers, baseline));
        for (FormField field : fields.stream().filter(FormField::editable).toList()) {
            for (String value : HostileInputs.rawValues()) {
                if (value.equals("true") || value.equals("false")) {
                    continue; // an answer to a checkbox, not a hostile one
                }
                inputs.add(formInput(path, headers, field.key(), "{\"value\":" + value + "}"));
            }
            for (String text : field.freeText() ? List.<String>of() : HostileInputs.texts()) {
                inputs.add(formInput(path, headers, field.key(), "{\"value\":" + HostileInputs.quote(text) + ",\"type\":\"String\"}"));
            }
            for (String envelope : List.of(
                    "{\"value\":\"abc\",\"type\":\"Integer\"}", "{\"value\":\"yes\",\"type\":\"Boolean\"}",
                    "{\"value\":\"x\",\"type\":\"Date\"}", "{\"value\":1e400,\"type\":\"Double\"}", "{\"value\":\"x\",\"type\":\"Nonsense\"}",
                    "{\"value\":\"rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAB3CAAAABAAAAAAeA==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.HashMap\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}",
                    "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}",
                    "{\"value\":\"" + "[".repeat(HostileInputs.DEEP) + "]".repeat(HostileInputs.DEEP) + "\",\"type\":\"Json\"}",
                    "{\"value\":\"<a>&xxe;</a>\",\"type\":\"Xml\"}", "{\"value\":\"AAAA\",\"type\":\"Bytes\"}",
                    "{\"value\":\"AAAA\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"../../x\"}}",
                    "{\"value\":\"" + "x".repeat(200_000) + "\",\"type\":\"String\"}", "{\"type\":\"String\"}", "{}", "null", "\"x\"", "[]")) {
                inputs.add(formInput(path, headers, field.key(), envelope));
            }
        }
        // variables that are no answer of the form: its read-only fields, the case's variables the task sees, and names
        // that are hostile text; each with an expression and a number the case never held
        Set<String> others = new java.util.TreeSet<>();
        fields.stream().filter(f -> !f.editable()).forEach(f -> others.add(f.key()));
        others.addAll(engine.getTaskService().getVariables(form.taskId()).keySet());
        fields.stream().filter(FormField::editable).forEach(f -> others.remove(f.key()));
        for (String name : others) {
            inputs.add(variableInput(path, headers, name, "{\"value\":" + HostileInputs.quote("${execution.setVariable('"
                    + HostileInputs.PWNED + "',1)}") + ",\"type\":\"String\"}"));
            inputs.add(variableInput(path, headers, name, "{\"value\":-9223372036854775808,\"type\":\"Long\"}"));
        }
        for (String name : HostileInputs.texts()) {
            inputs.add(variableInput(path, headers, name, "{\"value\":1,\"type\":\"Integer\"}"));
        }
        return inputs;
    }

    /**
     * A start form submitted as Tasklist submits it with two mistakes in two fields, so that no single hostile field
     * can turn it into an accepted submission and every input goes through the whole binding and validation: Kenya's
     * request in no category and without an end use, Germany's offer in no category with an expired validity.
     * (Another party's name is refused before the rest is read: RequestAssistanceStartFormTest.)
     */
    record StartFormTarget(String user, ObjectNode variables) {
    }

    private Map<String, StartFormTarget> startForms() {
        ObjectNode request = json.createObjectNode();
        request.putObject("title").put("value", "BSL-2 laboratory biosafety training");
        request.putObject("description").put("value", "Two-week course for 20 laboratory staff");
        request.putObject("category").put("value", "NO_SUCH_CATEGORY");
        request.set("items", jsonVariable("[{\"kind\":\"TRAINING\",\"description\":\"Biosafety officer course\",\"quantity\":20}]"));
        request.putObject("preferredLanguage").put("value", "en");
        request.putObject("circulation").put("value", "NAMED_PROVIDERS");
        request.putObject("providers").put("value", "DEU, WHO");
        ObjectNode offer = json.createObjectNode();
        offer.putObject("title").put("value", "Biosafety officer training");
        offer.putObject("description").put("value", "Two courses a year");
        offer.putObject("category").put("value", "NO_SUCH_CATEGORY");
        offer.set("eligibleRegions", jsonVariable("[\"AFRICAN\"]"));
        offer.set("languages", jsonVariable("[\"en\"]"));
        offer.putObject("capacity").put("value", 3);
        offer.putObject("fundingIncluded").put("value", true);
        offer.putObject("validUntil").put("value", "2001-01-01");
        Map<String, StartFormTarget> targets = new TreeMap<>();
        targets.put(AssistanceRequestProcess.PROCESS_ID, new StartFormTarget("ken-ncp", request));
        targets.put("assistance-offer", new StartFormTarget("deu-ncp", offer));
        return targets;
    }

    private ObjectNode jsonVariable(String value) {
        ObjectNode variable = json.createObjectNode();
        variable.put("value", value);
        variable.put("type", "Json");
        return variable;
    }

    /** The processes whose latest version shows a start form in Tasklist. */
    private Set<String> processesWithStartForms() {
        Set<String> keys = new java.util.TreeSet<>();
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
            try (java.io.InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
                keys.add(definition.getKey());
            } catch (RuntimeException | IOException noStartForm) {
                // a process started by the project's code, not from Tasklist
            }
        }
        return keys;
    }

    /**
     * Every variable of the baseline replaced in turn by hostile values (plain, typed, as text), the items of a list or
     * group inside its JSON too; then variables the form does not have.
     */
    private List<HostileInputs.Input> startFormInputs(HostileInputs generator, String processDefinitionKey, StartFormTarget target) {
        String path = "/engine-rest/process-definition/key/" + processDefinitionKey + "/submit-form";
        Map<String, String> headers = auth(target.user());
        ObjectNode baseline = json.createObjectNode();
        baseline.set("variables", target.variables());
        List<HostileInputs.Input> inputs = new ArrayList<>(generator.bodies("POST", path, headers, baseline));
        List<String> names = new ArrayList<>();
        target.variables().fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            List<String> variables = new ArrayList<>();
            HostileInputs.rawValues().forEach(value -> variables.add("{\"value\":" + value + "}"));
            HostileInputs.texts().forEach(text -> variables.add("{\"value\":" + HostileInputs.quote(text) + ",\"type\":\"String\"}"));
            variables.addAll(List.of("{\"value\":\"abc\",\"type\":\"Integer\"}", "{\"value\":\"x\",\"type\":\"Date\"}",
                    "{\"value\":\"{\\\"a\\\":1}\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.ProcessBuilder\",\"serializationDataFormat\":\"application/json\"}}",
                    "{\"value\":\"" + "[".repeat(HostileInputs.DEEP) + "]".repeat(HostileInputs.DEEP) + "\",\"type\":\"Json\"}",
                    "{\"value\":\"<a>&xxe;</a>\",\"type\":\"Xml\"}", "{\"value\":\"AAAA\",\"type\":\"Bytes\"}",
                    "{\"value\":\"{\\\"x\\\":\",\"type\":\"Json\"}", "{\"type\":\"String\"}", "{}", "null", "[]"));
            JsonNode held = target.variables().get(name);
            if ("Json".equals(held.path("type").asText())) {
                for (String value : HostileInputs.rawValues()) {
                    variables.add(json.createObjectNode().put("value", nested(held.get("value").asText(), value)).put("type", "Json").toString());
                }
                for (String text : HostileInputs.texts()) {
                    variables.add(json.createObjectNode().put("value", nested(held.get("value").asText(), HostileInputs.quote(text)))
                            .put("type", "Json").toString());
                }
            }
            for (String variable : variables) {
                inputs.add(startFormInput(path, headers, target.variables(), "start form field " + name, name, variable));
            }
        }
        for (String name : HostileInputs.texts()) {
            inputs.add(startFormInput(path, headers, target.variables(), "variable " + name, name, "{\"value\":1,\"type\":\"Integer\"}"));
        }
        for (String name : List.of("stateGroup", "caseReference", "businessKey", "requestId", "offerId")) {
            inputs.add(startFormInput(path, headers, target.variables(), "variable " + name, name,
                    "{\"value\":" + HostileInputs.quote("${execution.setVariable('" + HostileInputs.PWNED + "',1)}") + "}"));
        }
        return inputs;
    }

    /** The JSON of a list or group with every value of its first element replaced by {@code value} (raw JSON). */
    private String nested(String held, String value) {
        try {
            JsonNode node = json.readTree(held);
            JsonNode first = node.isArray() && !node.isEmpty() ? node.get(0) : node;
            if (!first.isObject()) {
                return "[" + value + "]";
            }
            StringBuilder object = new StringBuilder("{");
            first.fieldNames().forEachRemaining(field -> object.append(object.length() > 1 ? "," : "")
                    .append(HostileInputs.quote(field)).append(':').append(value));
            return node.isArray() ? "[" + object + "}]" : object + "}";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HostileInputs.Input startFormInput(String path, Map<String, String> headers, ObjectNode baseline, String kind,
            String name, String variable) {
        StringBuilder body = new StringBuilder("{\"variables\":{");
        baseline.fields().forEachRemaining(held -> {
            if (!held.getKey().equals(name)) {
                body.append(HostileInputs.quote(held.getKey())).append(':').append(held.getValue()).append(',');
            }
        });
        body.append(HostileInputs.quote(name)).append(':').append(variable).append("}}");
        return new HostileInputs.Input(kind, "POST", path, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private HostileInputs.Input formInput(String path, Map<String, String> headers, String field, String variable) {
        return new HostileInputs.Input("form field " + field, "POST", path, headers,
                ("{\"variables\":{" + HostileInputs.quote(field) + ":" + variable + "}}").getBytes(StandardCharsets.UTF_8));
    }

    private HostileInputs.Input variableInput(String path, Map<String, String> headers, String name, String variable) {
        return new HostileInputs.Input("variable " + name, "POST", path, headers,
                ("{\"variables\":{" + HostileInputs.quote(name) + ":" + variable + "}}").getBytes(StandardCharsets.UTF_8));
    }

    /** A baseline for an endpoint nobody has described here yet: its example in the OpenAPI description, else its schema. */
    private JsonNode baselineOf(JsonNode operation, JsonNode description) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        Iterator<JsonNode> examples = content.path("examples").elements();
        if (examples.hasNext()) {
            JsonNode value = examples.next().path("value");
            try {
                return value.isTextual() ? json.readTree(value.asText()) : value;
            } catch (IOException e) {
                return json.createObjectNode();
            }
        }
        return example(content.path("schema"), description, 0);
    }

    private JsonNode example(JsonNode schema, JsonNode description, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return depth > 5 ? json.nullNode() : example(description.path("components").path("schemas").path(name), description, depth + 1);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "string" -> schema.has("enum") ? schema.get("enum").get(0) : json.getNodeFactory().textNode(
                    "date".equals(schema.path("format").asText()) ? "2030-01-01" : "text");
            case "integer", "number" -> json.getNodeFactory().numberNode(1);
            case "boolean" -> json.getNodeFactory().booleanNode(true);
            case "array" -> json.createArrayNode().add(example(schema.path("items"), description, depth + 1));
            default -> {
                ObjectNode object = json.createObjectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(p.getValue(), description, depth + 1)));
                yield object;
            }
        };
    }

    // --- sending and checking -------------------------------------------------------------------------------

    /** In batches of one kind: row counts of every table before and after, which must not move. */
    private void attack(String endpoint, List<HostileInputs.Input> inputs) throws Exception {
        Map<String, List<HostileInputs.Input>> batches = new LinkedHashMap<>();
        // one batch per kind of input (body, field, path, header, ...): row counts around each
        inputs.forEach(i -> batches.computeIfAbsent(i.kind().split(" ")[0], k -> new ArrayList<>()).add(i));
        for (List<HostileInputs.Input> batch : batches.values()) {
            Map<String, Long> before = rowCounts();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (HostileInputs.Input input : batch) {
                    statuses.add(threads.submit(() -> send(input, problems)));
                }
                for (Future<Integer> status : statuses) {
                    int code = status.get(120, TimeUnit.SECONDS);
                    if (code == -1) {
                        continue; // not a URI java.net.http will send: the server never sees it
                    }
                    histogram.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(code, 1, Integer::sum);
                    sent++;
                }
            } finally {
                threads.shutdownNow();
            }
            failures.addAll(problems);
            Map<String, Long> after = rowCounts();
            if (!after.equals(before)) {
                Map<String, String> moved = new TreeMap<>();
                before.forEach((table, n) -> {
                    if (!n.equals(after.get(table))) {
                        moved.put(table, n + " -> " + after.get(table));
                    }
                });
                failures.add("partial write by a batch of " + batch.size() + " '" + batch.get(0).kind() + "' to " + endpoint + ": " + moved);
            }
        }
    }

    private int send(HostileInputs.Input input, ConcurrentLinkedQueue<String> problems) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path())).timeout(Duration.ofSeconds(60));
        } catch (IllegalArgumentException notAUri) {
            return -1;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json, application/problem+json");
        headers.putAll(input.headers());
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (!header.getValue().isEmpty()) {
                try {
                    request.header(header.getKey(), header.getValue());
                } catch (IllegalArgumentException refusedByTheClient) {
                    // a value java.net.http will not put on the wire (e.g. a control character): the server never sees it
                }
            }
        }
        request.method(input.method(), input.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(input.body()));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            problems.add("no answer (" + e + ") to " + input.describe());
            return -2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -3;
        }
        check(input, response, problems);
        return response.statusCode();
    }

    private void check(HostileInputs.Input input, HttpResponse<String> response, ConcurrentLinkedQueue<String> problems) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body() == null ? "" : response.body();
        String answer = status + " " + type + " " + body.substring(0, Math.min(200, body.length()));
        if (status < 400) {
            problems.add("accepted (" + answer + "): " + input.describe());
            return;
        }
        if (status >= 500) {
            problems.add("server error (" + answer + "): " + input.describe());
            return;
        }
        boolean engine = input.path().startsWith("/engine-rest");
        if (!engine && !type.startsWith("application/problem+json")) {
            problems.add("not problem+json (" + answer + "): " + input.describe());
            return;
        }
        if (body.contains("org.camunda") || body.contains("at org.") || body.contains("SQLState") || body.contains("ACT_")) {
            problems.add("internals in the answer (" + answer + "): " + input.describe());
            return;
        }
        if (!engine && status == 400) {
            try {
                JsonNode errors = json.readTree(body).path("errors");
                if (!errors.isArray() || errors.isEmpty()) {
                    problems.add("400 without the field at fault (" + answer + "): " + input.describe());
                } else {
                    errors.forEach(e -> {
                        // the field at fault by its name, even a blank one (an unknown field called " ")
                        if (!e.path("field").isTextual() || e.path("field").asText().isEmpty() && !input.kind().equals("key")) {
                            problems.add("400 with an error naming no field (" + answer + "): " + input.describe());
                        }
                    });
                }
            } catch (IOException e) {
                problems.add("400 not JSON (" + answer + "): " + input.describe());
            }
        }
    }

    private Map<String, String> auth(String user) {
        return Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static String expand(String template, Map<String, String> values) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "UNKNOWN-1");
            String encoded = value.startsWith("%") || value.contains("%2") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            m.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** Every table of the application's schema, the engine's included (its metric logs are written by a timer). */
    private Map<String, Long> rowCounts() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = 'public' "
                + "AND table_type IN ('BASE TABLE', 'TABLE')", String.class);
        // the engine's metric logs and the dashboard's figures are written by timers, whatever the requests
        List<String> counted = tables.stream().filter(t -> !t.toLowerCase().contains("meter_log") && !t.toLowerCase().startsWith("metrics_"))
                .toList();
        String union = String.join(" UNION ALL ", counted.stream().map(t -> "SELECT '" + t + "' AS t, COUNT(*) AS n FROM " + t).toList());
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(union, rs -> {
            counts.put(rs.getString("t"), rs.getLong("n"));
        });
        assertThat(counts).as("tables found").hasSizeGreaterThan(40);
        return counts;
    }

    /** No expression from an input was ever evaluated: none of the variables or grants they would have made exists. */
    private void assertNothingWasRun() {
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(HostileInputs.PWNED).count()).isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("sp-PWN").count()).isZero();
        assertThat(Files.exists(Path.of("/tmp/" + HostileInputs.PWNED))).isFalse();
    }

    private void report(long nanos) throws IOException {
        StringBuilder text = new StringBuilder("Hostile input (seed " + SEED + "): " + sent + " inputs in "
                + Duration.ofNanos(nanos).toSeconds() + " s on " + getClass().getSimpleName() + " (of which "
                + Duration.ofNanos(setUp).toSeconds() + " s walking cases to the targets)\n");
        Map<Integer, Integer> total = new TreeMap<>();
        histogram.forEach((endpoint, statuses) -> {
            text.append(String.format("  %-62s %6d  %s%n", endpoint, statuses.values().stream().mapToInt(i -> i).sum(), statuses));
            statuses.forEach((status, n) -> total.merge(status, n, Integer::sum));
        });
        text.append("  total statuses: ").append(total).append('\n');
        failures.stream().limit(40).forEach(f -> text.append("  FAILURE ").append(f).append('\n'));
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "hostile-input-" + getClass().getSimpleName() + ".txt"), text + String.join("\n", failures));
    }

}
