package org.bwc.articlex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bwc.articlex.process.AssistanceRequestProcess.PROCESS_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.ProcessDriver;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * PRODUCT §6 end to end: every role against every endpoint (status code and what the body reveals), Tasklist's own
 * calls through a real webapp session, the guards on a party's task, the audit trail, login lock-out and the
 * security headers. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityScenarios {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseAccess caseAccess;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final ObjectMapper json = new ObjectMapper();
    ProcessDriver driver;
    Api api;

    /** The shared fixture: Kenya's request waiting for Kenya's clarification, Uganda's request under review. */
    Case ken;
    Case uga;
    String filterId;

    record Case(String id, String title, String secret, String processInstanceId, String taskId) {
    }

    @BeforeAll
    void createTheFixture() {
        useThisContextsEngine();
        api = new Api(http);
        driver = new ProcessDriver(engine);
        ken = kenyaAwaitingClarification();
        uga = ugandaUnderReview();
        Filter filter = engine.getFilterService().createFilterQuery().filterName("All tasks").singleResult();
        filterId = filter.getId();
    }

    /**
     * The engine REST API and the webapps find their engine through Camunda's static registry; with an H2 and a
     * PostgreSQL context alive in one JVM the last one started would answer for both.
     */
    @BeforeEach
    void useThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    @AfterEach
    void resetTheClock() {
        ClockUtil.reset();
    }

    // ==== the role × endpoint matrix ======================================================================

    Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        for (AccessMatrix.Call call : AccessMatrix.calls()) {
            if (call.requiredMapping() != null && !present(call.requiredMapping())) {
                continue;
            }
            for (String user : AccessMatrix.USERS) {
                if (call.expectedFor(user) != 0) {
                    rows.add(Arguments.of(user, call));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matrix")
    void everyRoleGetsWhatItMayAndNoOtherPartysData(String user, AccessMatrix.Call call) {
        int expected = call.expectedFor(user);
        boolean succeeds = expected >= 200 && expected < 300;
        Case kenCase = call.changesCase() && succeeds && call.path().contains("{ken") ? kenyaAwaitingClarification() : ken;
        Case ugaCase = call.changesCase() && succeeds && call.path().contains("{uga") ? ugandaUnderReview() : uga;
        String path = fill(call.path(), user, kenCase, ugaCase);
        String body = call.body() == null ? null : fill(write(call.body()), user, kenCase, ugaCase);
        long instancesBefore = instances();
        String kenStatusBefore = status(ken.id());

        ResponseEntity<String> response = call(user, call.method(), path, body);

        assertThat(response.getStatusCode().value()).as("%s %s as %s: %s", call.method(), path, user, response.getBody())
                .isEqualTo(expected);
        String revealed = response.getBody() == null ? "" : response.getBody();
        for (String secret : secretsHiddenFrom(user, kenCase, ugaCase)) {
            if (!path.contains(secret) && (body == null || !body.contains(secret))) {
                assertThat(revealed).as("%s %s as %s must not reveal %s", call.method(), path, user, secret)
                        .doesNotContain(secret);
            }
        }
        if (AccessMatrix.MUST_NOT_START.contains(call.path())) {
            assertThat(instances()).as("no process started around the API").isEqualTo(instancesBefore);
        }
        if (!succeeds) {
            assertThat(status(ken.id())).as("a refused call changes nothing").isEqualTo(kenStatusBefore);
        }
    }

    /** What a user must never see: the other parties' requests, titles, questions, instances, tasks, users and groups. */
    private List<String> secretsHiddenFrom(String user, Case kenCase, Case ugaCase) {
        List<String> kenya = List.of(kenCase.id(), kenCase.title(), kenCase.secret(), kenCase.processInstanceId(),
                kenCase.taskId(), ken.id(), ken.title(), ken.secret(), ken.processInstanceId(), ken.taskId(), "ken-ncp", "sp-KEN");
        List<String> uganda = List.of(ugaCase.id(), ugaCase.title(), ugaCase.processInstanceId(), ugaCase.taskId(),
                uga.id(), uga.title(), uga.processInstanceId(), uga.taskId(), "uga-ncp", "sp-UGA");
        return switch (user) {
            case "ken-ncp" -> uganda;
            case "uga-ncp" -> kenya;
            case "anonymous", "who-focal" -> Stream.concat(kenya.stream(), uganda.stream()).toList();
            default -> List.of();
        };
    }

    @Test
    void eachPartyFindsItsOwnCaseThroughTheEngineRestApi() {
        assertThat(get("ken-ncp", "/engine-rest/process-instance?businessKey=" + ken.id())).contains(ken.processInstanceId());
        assertThat(get("ken-ncp", "/engine-rest/task?processInstanceBusinessKey=" + ken.id())).contains(ken.taskId());
        assertThat(get("ken-ncp", "/engine-rest/task/" + ken.taskId() + "/form-variables")).contains(ken.title());
        assertThat(get("ken-ncp", "/engine-rest/history/process-instance?processInstanceBusinessKey=" + ken.id()))
                .contains(ken.processInstanceId());
        // the case's variables, question included, through its history
        assertThat(get("ken-ncp", "/engine-rest/history/variable-instance?processInstanceId=" + ken.processInstanceId()))
                .contains(ken.secret());
        assertThat(get("uga-ncp", "/engine-rest/process-instance?businessKey=" + uga.id())).contains(uga.processInstanceId());
        assertThat(get("caseworker", "/engine-rest/task?processInstanceBusinessKey=" + uga.id())).contains(uga.taskId());
        assertThat(get("manager", "/engine-rest/process-instance/" + ken.processInstanceId() + "/variables")).contains(ken.secret());
        assertThat(caseAccess.parties(ken.processInstanceId())).containsExactly("sp-KEN");
    }

    // ==== Tasklist, through a real webapp session ==========================================================

    @Test
    void tasklistShowsEachStateItsOwnTasksOnly() {
        WebappSession kenya = session("ken-ncp");
        WebappSession uganda = session("uga-ncp");
        WebappSession who = session("who-focal");
        String list = WebappSession.ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=1000";
        String query = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

        assertThat(kenya.get(WebappSession.ENGINE + "/filter?resourceType=Task&itemCount=true").body()).contains(filterId);
        assertThat(kenya.postJson(list, query, "application/hal+json").body()).contains(ken.taskId()).doesNotContain(uga.taskId())
                .doesNotContain(uga.title()).doesNotContain("sp-UGA");
        assertThat(uganda.postJson(list, query, "application/hal+json").body()).doesNotContain(ken.taskId())
                .doesNotContain(ken.title()).doesNotContain(ken.secret()).doesNotContain("sp-KEN");
        assertThat(who.postJson(list, query, "application/hal+json").body()).doesNotContain(ken.taskId())
                .doesNotContain(uga.taskId());

        HttpResponse<String> own = kenya.get(WebappSession.ENGINE + "/task/" + ken.taskId() + "/form-variables");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(ken.title());
        HttpResponse<String> foreign = uganda.get(WebappSession.ENGINE + "/task/" + ken.taskId() + "/form-variables");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain(ken.title()).doesNotContain(ken.secret());
        assertThat(uganda.get(WebappSession.ENGINE + "/task/" + ken.taskId()).statusCode()).isEqualTo(404);
        assertThat(uganda.getHal(WebappSession.ENGINE + "/task?processInstanceBusinessKey=" + ken.id()).body())
                .doesNotContain(ken.taskId());
        // the Tasklist "start process" dialog offers nothing a State could start
        assertThat(kenya.get(WebappSession.ENGINE + "/process-definition?latest=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true").body()).doesNotContain(PROCESS_ID);
    }

    @Test
    void eachRoleMayOpenItsOwnWebappsOnly() {
        assertThat(authorizedApps("ken-ncp", "tasklist")).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(authorizedApps("who-focal", "tasklist")).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(authorizedApps("caseworker", "tasklist")).contains("tasklist", "cockpit").doesNotContain("admin");
        assertThat(authorizedApps("manager", "cockpit")).contains("tasklist", "cockpit").doesNotContain("admin");
        assertThat(authorizedApps("admin", "admin")).contains("tasklist", "cockpit", "admin");
        assertThat(new WebappSession(base()).login("cockpit", "ken-ncp", "ken-ncp").statusCode()).isEqualTo(403);
        assertThat(new WebappSession(base()).login("admin", "caseworker", "caseworker").statusCode()).isEqualTo(403);
    }

    @Test
    void webappWritesWithoutTheCsrfTokenAreRefused() {
        WebappSession kenya = session("ken-ncp");
        String submit = WebappSession.ENGINE + "/task/" + ken.taskId() + "/submit-form";
        HttpResponse<String> forged = kenya.postJsonWithoutCsrfToken(submit,
                "{\"variables\":{\"clarificationAnswer\":{\"value\":\"forged\"}}}");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(status(ken.id())).isEqualTo("CLARIFICATION_REQUESTED");
    }

    @Test
    void theSetUpPageCannotCreateAnAdministrator() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>("{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-2026!\"}}", headers),
                String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    }

    // ==== what a party may do to its own task ===============================================================

    @Test
    void aStateAnswersItsTaskButCannotRewriteItsCase() {
        Case fresh = kenyaAwaitingClarification();
        String complete = "/engine-rest/task/" + fresh.taskId() + "/complete";
        ResponseEntity<String> forged = call("ken-ncp", "POST", complete,
                write(Map.of("variables", Map.of("clarificationAnswer", Map.of("value", "Here it is"),
                        "stateGroup", Map.of("value", "sp-UGA")))));
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(forged.getBody()).contains("stateGroup");
        assertThat(engine.getRuntimeService().getVariable(fresh.processInstanceId(), "stateGroup")).isEqualTo("sp-KEN");
        assertThat(status(fresh.id())).isEqualTo("CLARIFICATION_REQUESTED");

        // outside completing its task a party sets no variable at all (TASK_WORK is not UPDATE_VARIABLE)
        assertThat(call("ken-ncp", "PUT", "/engine-rest/task/" + fresh.taskId() + "/localVariables/draft",
                write(Map.of("value", "first draft"))).getStatusCode().value()).isEqualTo(403);
        // an unchanged case variable may be echoed back with the answer (a form that shows it read-only does so)
        ResponseEntity<String> answered = call("ken-ncp", "POST", complete,
                write(Map.of("variables", Map.of("clarificationAnswer", Map.of("value", "Here it is"),
                        "stateGroup", Map.of("value", "sp-KEN")))));
        assertThat(answered.getStatusCode().value()).as(answered.getBody()).isEqualTo(204);
        assertThat(status(fresh.id())).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void noTaskCanBeHandedToSomeoneOutsideItsGroups() {
        Case fresh = kenyaAwaitingClarification();
        ResponseEntity<String> toUganda = call("ken-ncp", "POST", "/engine-rest/task/" + fresh.taskId() + "/claim",
                write(Map.of("userId", "uga-ncp")));
        assertThat(toUganda.getStatusCode().value()).isEqualTo(403);
        assertThat(get("uga-ncp", "/engine-rest/task")).doesNotContain(fresh.taskId());

        Case review = ugandaUnderReview();
        ResponseEntity<String> toTheRequester = call("caseworker", "POST", "/engine-rest/task/" + review.taskId() + "/claim",
                write(Map.of("userId", "uga-ncp")));
        assertThat(toTheRequester.getStatusCode().value()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.taskId()).singleResult().getAssignee()).isNull();

        assertThat(call("caseworker", "POST", "/engine-rest/task/" + review.taskId() + "/claim",
                write(Map.of("userId", "caseworker"))).getStatusCode().value()).isEqualTo(204);
        assertThat(call("ken-ncp", "POST", "/engine-rest/task/" + fresh.taskId() + "/claim",
                write(Map.of("userId", "ken-ncp"))).getStatusCode().value()).isEqualTo(204);
    }

    /**
     * How an offering party's task ({@code respondToMatch}) will live in the requester's case: a task for
     * {@code org-WHO} inside an instance opened to {@code sp-KEN}. WHO works its task and sees nothing else.
     */
    @Test
    void anOfferingPartyWorksItsTaskInsideTheRequestersCaseAndSeesNothingElse() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("security-offer-probe").camundaHistoryTimeToLive(1)
                .startEvent().userTask("respondToMatch").camundaCandidateGroups("org-WHO")
                .userTask("afterResponse").camundaCandidateGroups("caseworkers").endEvent().done();
        Deployment deployment = engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn", model).deploy();
        try {
            String secret = "requester-note-" + UUID.randomUUID();
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("security-offer-probe", ken.id(),
                    Map.of("stateGroup", "sp-KEN", "requesterNote", secret));
            caseAccess.grant(instance.getId(), "sp-KEN");
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

            assertThat(get("who-focal", "/engine-rest/task")).contains(task.getId());
            assertThat(call("who-focal", "GET", "/engine-rest/process-instance/" + instance.getId(), null)
                    .getStatusCode().value()).isEqualTo(404);
            assertThat(get("who-focal", "/engine-rest/process-instance?businessKey=" + ken.id())).doesNotContain(instance.getId());
            // Camunda's rule, at run time and in history: a task's candidates read the variables visible from the
            // task, i.e. the case's process variables. Keep requester data that an offering party must not read
            // out of process variables (README, "Security").
            assertThat(get("who-focal", "/engine-rest/task/" + task.getId() + "/form-variables")).contains(secret);
            assertThat(get("who-focal", "/engine-rest/history/process-instance?processInstanceId=" + instance.getId()))
                    .doesNotContain(instance.getId());
            assertThat(get("ken-ncp", "/engine-rest/process-instance?businessKey=" + ken.id())).contains(instance.getId());
            assertThat(get("ken-ncp", "/engine-rest/task")).doesNotContain(task.getId());
            assertThat(get("uga-ncp", "/engine-rest/task")).doesNotContain(task.getId());

            String complete = "/engine-rest/task/" + task.getId() + "/complete";
            assertThat(call("who-focal", "POST", complete, write(Map.of("variables", Map.of(
                    "offerAccepted", Map.of("value", true), "stateGroup", Map.of("value", "org-WHO")))))
                    .getStatusCode().value()).isEqualTo(403);
            assertThat(call("who-focal", "POST", "/engine-rest/task/" + task.getId() + "/bpmnError",
                    write(Map.of("errorCode", "cancel"))).getStatusCode().value()).isEqualTo(403);
            assertThat(call("who-focal", "POST", complete, write(Map.of("variables", Map.of(
                    "offerAccepted", Map.of("value", true), "offerNote", Map.of("value", "Glad to help")))))
                    .getStatusCode().value()).isEqualTo(204);
            assertThat(engine.getRuntimeService().getVariable(instance.getId(), "stateGroup")).isEqualTo("sp-KEN");
            assertThat(engine.getRuntimeService().getVariable(instance.getId(), "offerAccepted")).isEqualTo(true);
            // its own task stays in its history, the rest of the case does not
            assertThat(get("who-focal", "/engine-rest/history/task?processInstanceId=" + instance.getId()))
                    .contains(task.getId()).doesNotContain("afterResponse");

            caseAccess.revoke(instance.getId(), "sp-KEN");
            assertThat(get("ken-ncp", "/engine-rest/process-instance?businessKey=" + ken.id())).doesNotContain(instance.getId());
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void casesAreOpenedToPartyGroupsOnly() {
        assertThatThrownBy(() -> caseAccess.grant(ken.processInstanceId(), "*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caseAccess.grant(ken.processInstanceId(), "caseworkers")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> caseAccess.grant(" ", "sp-KEN")).isInstanceOf(IllegalArgumentException.class);
        caseAccess.grant(ken.processInstanceId(), "sp-KEN"); // idempotent
        assertThat(caseAccess.parties(ken.processInstanceId())).containsExactly("sp-KEN");
    }

    // ==== the audit trail ==================================================================================

    @Test
    void everyHumanDecisionIsInTheOperationLogThatManagersRead() {
        Case fresh = kenyaAwaitingClarification(); // the caseworker's question went through Tasklist's submit-form
        assertThat(api.as("ken-ncp").post("/api/requests/" + fresh.id() + "/clarification", Map.of("answer", "Audited answer"))
                .status()).isEqualTo(202);

        String log = get("manager", "/engine-rest/history/user-operation?processInstanceId=" + fresh.processInstanceId()
                + "&operationType=Complete");
        JsonNode entries = read(log);
        List<String> actors = new ArrayList<>();
        entries.forEach(e -> actors.add(e.get("userId").asText()));
        assertThat(actors).contains("caseworker", "ken-ncp");
        entries.forEach(e -> assertThat(e.get("category").asText()).isEqualTo("TaskWorker"));
        // the whole log, every category, is the managers'; a State sees the entries of its own cases only
        assertThat(get("manager", "/engine-rest/history/user-operation?category=TaskWorker&maxResults=1000"))
                .contains(fresh.processInstanceId());
        assertThat(get("uga-ncp", "/engine-rest/history/user-operation?maxResults=1000")).doesNotContain(fresh.processInstanceId());
        assertThat(get("ken-ncp", "/engine-rest/history/user-operation?processInstanceId=" + fresh.processInstanceId()))
                .contains("ken-ncp");
    }

    // ==== failed logins ====================================================================================

    @Test
    void aUserIsLockedAfterRepeatedFailuresOverTheApiAndTheWebappAlike() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        int maxAttempts = configuration.getLoginMaxAttempts();
        assertThat(maxAttempts).isBetween(3, 10);
        Duration longestDelay = Duration.ofSeconds(configuration.getLoginDelayMaxTime() + 1L);

        String probe = probeUser();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            assertThat(basic(probe, "wrong-" + attempt).getStatusCode().value()).isEqualTo(401);
            passTime(longestDelay);
        }
        assertThat(basic(probe, probe).getStatusCode().value()).as("right password, locked user, API").isEqualTo(401);
        assertThat(new WebappSession(base()).login("tasklist", probe, probe).statusCode()).as("…and Tasklist").isEqualTo(401);
        passTime(Duration.ofDays(1));
        assertThat(basic(probe, probe).getStatusCode().value()).as("locked until an administrator unlocks").isEqualTo(401);

        engine.getIdentityService().unlockUser(probe);
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void failedWebappLoginsLockTheApiToo() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String probe = probeUser();
        assertThat(new WebappSession(base()).login("tasklist", probe, "wrong").statusCode()).isEqualTo(401);
        // right away the right password is refused too (a growing delay), on either door
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(401);
        assertThat(new WebappSession(base()).login("tasklist", probe, probe).statusCode()).isEqualTo(401);
        passTime(Duration.ofSeconds(configuration.getLoginDelayBase() + 1L));
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(200);

        for (int attempt = 1; attempt <= configuration.getLoginMaxAttempts(); attempt++) {
            assertThat(new WebappSession(base()).login("tasklist", probe, "wrong-" + attempt).statusCode()).isEqualTo(401);
            passTime(Duration.ofSeconds(configuration.getLoginDelayMaxTime() + 1L));
        }
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(401);
        engine.getIdentityService().unlockUser(probe);
    }

    // ==== headers ==========================================================================================

    @Test
    void apiResponsesCarryStrictSecurityHeaders() {
        for (String path : List.of("/api/states", "/api/requests/" + ken.id(), "/engine-rest/task")) {
            ResponseEntity<String> response = call("ken-ncp", "GET", path, null);
            HttpHeaders headers = response.getHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).as(path).contains("default-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            // Spring Security's no-store on /api; the engine REST API sets its own no-cache
            assertThat(headers.getCacheControl()).as(path).containsAnyOf("no-store", "no-cache");
            assertThat(headers.get("Set-Cookie")).as(path + " keeps no session").isNull();
        }
        ResponseEntity<String> anonymous = call("anonymous", "GET", "/engine-rest/task", null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy")).as("the webapps keep Camunda's own CSP")
                .contains("frame-ancestors 'none'");
    }

    // ==== fixture and helpers ==============================================================================

    Case kenyaAwaitingClarification() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Requests.kenyaTraining();
        body.put("title", "Kenya security fixture " + token);
        String id = submit("ken-ncp", body);
        driver.runDueJobs();
        String question = "Kenya-only question " + token;
        Task review = task(id, TASK_REVIEW_COMPLETENESS);
        ResponseEntity<String> asked = call("caseworker", "POST", "/engine-rest/task/" + review.getId() + "/submit-form",
                write(Map.of("variables", Map.of("complete", Map.of("value", false), "clarificationQuestion", Map.of("value", question)))));
        assertThat(asked.getStatusCode().value()).as(asked.getBody()).isEqualTo(204);
        Task clarification = task(id, TASK_PROVIDE_CLARIFICATION);
        return new Case(id, (String) body.get("title"), question, clarification.getProcessInstanceId(), clarification.getId());
    }

    Case ugandaUnderReview() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Requests.from("UGA");
        body.put("title", "Uganda security fixture " + token);
        String id = submit("uga-ncp", body);
        driver.runDueJobs();
        Task review = task(id, TASK_REVIEW_COMPLETENESS);
        return new Case(id, (String) body.get("title"), body.get("title") + " (no question)", review.getProcessInstanceId(), review.getId());
    }

    private String submit(String user, Map<String, Object> body) {
        Api.Response response = api.as(user).post("/api/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private Task task(String businessKey, String definitionKey) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(definitionKey).singleResult();
        assertThat(task).as(definitionKey + " of " + businessKey).isNotNull();
        return task;
    }

    String status(String requestId) {
        return api.as("caseworker").get("/api/requests/" + requestId).json().get("status").asText();
    }

    long instances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
    }

    private String fill(String template, String user, Case kenCase, Case ugaCase) {
        return template.replace("{kenPi}", kenCase.processInstanceId()).replace("{kenTask}", kenCase.taskId())
                .replace("{ken}", kenCase.id()).replace("{ugaPi}", ugaCase.processInstanceId())
                .replace("{ugaTask}", ugaCase.taskId()).replace("{uga}", ugaCase.id()).replace("{filter}", filterId)
                .replace("{self}", user);
    }

    ResponseEntity<String> call(String user, String method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (!"anonymous".equals(user)) {
            headers.setBasicAuth(user, user);
        }
        String payload = "KEN_REQUEST".equals(body) || "\"KEN_REQUEST\"".equals(body) ? write(Requests.kenyaTraining()) : body;
        return http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(payload, headers), String.class);
    }

    String get(String user, String path) {
        ResponseEntity<String> response = call(user, "GET", path, null);
        assertThat(response.getStatusCode().value()).as("GET %s as %s: %s", path, user, response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    private ResponseEntity<String> basic(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange("/api/categories", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private String probeUser() {
        String id = "lock-probe-" + UUID.randomUUID().toString().substring(0, 8);
        User user = engine.getIdentityService().newUser(id);
        user.setPassword(id);
        engine.getIdentityService().saveUser(user);
        return id;
    }

    private static void passTime(Duration duration) {
        ClockUtil.setCurrentTime(new java.util.Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    private List<String> authorizedApps(String user, String app) {
        HttpResponse<String> login = new WebappSession(base()).login(app, user, user);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        List<String> apps = new ArrayList<>();
        read(login.body()).get("authorizedApps").forEach(a -> apps.add(a.asText()));
        return apps;
    }

    private WebappSession session(String user) {
        WebappSession session = new WebappSession(base());
        HttpResponse<String> login = session.login("tasklist", user, user);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return session;
    }

    private String base() {
        return http.getRootUri();
    }

    private boolean present(String pattern) {
        return mappings.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains(pattern));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + body, e);
        }
    }
}
