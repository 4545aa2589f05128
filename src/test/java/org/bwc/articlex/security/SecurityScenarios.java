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
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.WebappScenario;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * docs/security.md end to end: every role against every endpoint (status code and what the body reveals), Tasklist's own
 * calls through a real webapp session, the guards on a party's task, the audit trail, login lock-out and the
 * security headers. Run on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityScenarios extends WebappScenario {

    @Autowired
    CaseAccess caseAccess;
    @Autowired
    GlobalAuthorizations globalAuthorizations;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final ObjectMapper json = new ObjectMapper();

    /** articlex.login-throttle defaults (application.yml). */
    static final int FREE_ATTEMPTS = 5;
    static final Duration BASE_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** Other loopback addresses: other sources for the login throttle. */
    static final List<String> OTHER_SOURCES = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5", "127.0.0.6");

    /** The shared fixture: Kenya's request waiting for Kenya's clarification, Uganda's request under review. */
    Case ken;
    Case uga;
    String filterId;

    record Case(String id, String title, String secret, String processInstanceId, String taskId) {
    }

    @BeforeAll
    void createTheFixture() {
        useThisContextsEngine();
        startScenario(); // the shared fixture is made before the first test's own start
        ken = kenyaAwaitingClarification();
        uga = ugandaUnderReview();
        Filter filter = engine.getFilterService().createFilterQuery().filterName("All tasks").singleResult();
        filterId = filter.getId();
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
        long allInstancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();
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
        if (call.path().contains("/process-definition/key/")) {
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("no process of any kind started")
                    .isEqualTo(allInstancesBefore);
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
        // the Tasklist "start process" dialog offers a State its two start forms and nothing else (process.StartForms)
        String startable = kenya.get(WebappSession.ENGINE + "/process-definition?latest=true&active=true&startableInTasklist=true"
                + "&startablePermissionCheck=true").body();
        assertThat(java.util.regex.Pattern.compile("\"key\":\"([^\"]+)\"").matcher(startable).results().map(m -> m.group(1)))
                .containsExactlyInAnyOrder(PROCESS_ID, "assistance-offer");
    }

    @Test
    void anAuthorizationCheckUsesTheUsersFewGroupsAsTheyAreWithTheSameAnswers() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> few = List.of("sp-KEN", "no-grant-at-all");
        List<String> many = new ArrayList<>(List.of("sp-KEN"));
        for (int i = 0; i < AuthorizedGroupsPlugin.FEW_GROUPS; i++) {
            many.add("no-grant-" + i);
        }
        // few groups: taken as they are, without reading every group that holds an authorization; many: Camunda's filter
        List<String> fewUsed = configuration.getCommandExecutorTxRequired().execute(
                context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(few));
        List<String> manyUsed = configuration.getCommandExecutorTxRequired().execute(
                context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(many));
        assertThat(fewUsed).containsExactlyInAnyOrderElementsOf(few);
        assertThat(manyUsed).containsExactly("sp-KEN");
        // and the same answers: Kenya with a group holding no grant sees its own task and not Uganda's
        try {
            engine.getIdentityService().setAuthentication("ken-ncp", few);
            List<String> seen = engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList();
            assertThat(seen).contains(ken.taskId()).doesNotContain(uga.taskId());
            engine.getIdentityService().setAuthentication("ken-ncp", many);
            assertThat(engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).toList())
                    .containsExactlyInAnyOrderElementsOf(seen);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
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
     * The engine's own defence for a party's task inside an instance opened to another party: a task for
     * {@code org-WHO} inside an instance opened to {@code sp-KEN}. WHO works its task and sees nothing else. (The real
     * {@code respondToMatch} runs in an {@code offer-response} instance of its own: OfferingPartyReadsScenarios.)
     */
    @Test
    void anOfferingPartyWorksItsTaskInsideTheRequestersCaseAndSeesNothingElse() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("security-offer-probe").camundaHistoryTimeToLive(1)
                .startEvent().userTask("respondToMatch").camundaCandidateGroups("org-WHO")
                .camundaFormRef("respondToMatchForm").camundaFormRefBinding("latest")
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
            // out of process variables (docs/security.md).
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

    /**
     * The secretariat changes a case only by working its tasks, and through a task only with the task's answers: a
     * caseworker reviewing Uganda's request cannot hand the case to another State, pre-set a variable the process reads
     * later, or end the case with a BPMN error — and still completes the review with its form.
     */
    @Test
    void aCaseworkerWorkingAReviewThroughTheEngineApiSetsOnlyTheFormsAnswers() {
        Case review = ugandaUnderReview();
        String task = "/engine-rest/task/" + review.taskId();
        assertThat(call("caseworker", "POST", task + "/complete", write(Map.of("variables", Map.of(
                "complete", Map.of("value", true), "stateGroup", Map.of("value", "sp-KEN")))))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(call("caseworker", "PUT", task + "/variables/openNeedEscalationAt",
                write(Map.of("value", "2020-01-01T00:00:00"))).getStatusCode().value()).isEqualTo(403);
        assertThat(call("caseworker", "POST", task + "/localVariables", write(Map.of("modifications", Map.of(
                "screeningOutcome", Map.of("value", "CLEARED"))))).getStatusCode().value()).isEqualTo(403);
        assertThat(call("caseworker", "POST", task + "/bpmnError", write(Map.of("errorCode", "cancel")))
                .getStatusCode().value()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.taskId()).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().getVariable(review.processInstanceId(), "stateGroup")).isEqualTo("sp-UGA");

        assertThat(call("caseworker", "POST", task + "/submit-form", write(Map.of("variables", Map.of(
                "complete", Map.of("value", true), "stateGroup", Map.of("value", "sp-UGA")))))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(review.taskId()).count()).isZero();
        assertThat(engine.getRuntimeService().getVariable(review.processInstanceId(), "stateGroup")).isEqualTo("sp-UGA");
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
    void repeatedFailuresLockAnAccountForAWhileOnBothDoorsThenItIsAcceptedAgain() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getLoginMaxAttempts()).as("Camunda's permanent lock is out of reach")
                .isGreaterThanOrEqualTo(EngineSecurityPlugin.NEVER_LOCK_FOR_GOOD);

        String probe = probeUser();
        for (int attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
            assertThat(basic(probe, "wrong-" + attempt).getStatusCode().value()).isEqualTo(401);
        }
        assertThat(basic(probe, probe).getStatusCode().value()).as("right password, throttled account, API").isEqualTo(401);
        assertThat(new WebappSession(base()).login("tasklist", probe, probe).statusCode()).as("…and Tasklist").isEqualTo(401);
        passTime(BASE_DELAY.plusSeconds(1));
        assertThat(basic(probe, probe).getStatusCode().value()).as("the lock expires by itself").isEqualTo(200);

        // a persistent guesser meets a doubling lock, never more than the maximum, never for good
        for (int attempt = 1; attempt <= 3 * FREE_ATTEMPTS; attempt++) {
            basic(probe, "wrong-again-" + attempt);
            new WebappSession(base()).login("tasklist", probe, "wrong-form-" + attempt);
            passTime(Duration.ofMinutes(1));
        }
        basic(probe, "wrong-once-more");
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(401);
        passTime(MAX_DELAY.plusSeconds(1));
        assertThat(new WebappSession(base()).login("tasklist", probe, probe).statusCode()).isEqualTo(200);
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anotherSourcesFailuresDoNotLockTheRightUserOut() {
        String probe = probeUser();
        for (int attempt = 1; attempt <= 2 * FREE_ATTEMPTS; attempt++) {
            assertThat(basicFrom(OTHER_SOURCES.get(0), probe, "wrong-" + attempt)).isEqualTo(401);
        }
        assertThat(basicFrom(OTHER_SOURCES.get(0), probe, probe)).as("the guessing source is throttled").isEqualTo(401);
        assertThat(basic(probe, probe).getStatusCode().value()).as("the user's own source is not").isEqualTo(200);

        // guessed from many sources, the account waits a while on every source — and only a while
        for (String source : OTHER_SOURCES) {
            for (int attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
                basicFrom(source, probe, "spread-" + attempt);
            }
        }
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(401);
        passTime(MAX_DELAY.plusSeconds(1));
        assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anAdministratorCanLogInWhateverOthersTry() {
        String probe = probeUser();
        engine.getIdentityService().createMembership(probe, Caller.ADMINS);
        try {
            for (String source : OTHER_SOURCES) {
                for (int attempt = 1; attempt <= FREE_ATTEMPTS + 1; attempt++) {
                    basicFrom(source, probe, "wrong-" + attempt);
                }
            }
            assertThat(basic(probe, probe).getStatusCode().value()).isEqualTo(200);
            assertThat(new WebappSession(base()).login("admin", probe, probe).statusCode()).isEqualTo(200);
        } finally {
            engine.getIdentityService().deleteMembership(probe, Caller.ADMINS);
        }
    }

    // ==== expressions in task queries ========================================================================

    /** Every expression-capable field of a task query; each would run {@code caseAccess.grant} if evaluated. */
    static final List<String> EXPRESSION_FIELDS = List.of("assigneeExpression", "assigneeLikeExpression", "ownerExpression",
            "candidateUserExpression", "candidateGroupExpression", "candidateGroupsExpression", "involvedUserExpression",
            "dueDateExpression", "dueBeforeExpression", "dueAfterExpression", "followUpDateExpression",
            "followUpBeforeExpression", "followUpBeforeOrNotExistentExpression", "followUpAfterExpression",
            "createdBeforeExpression", "createdAfterExpression", "createdOnExpression", "processInstanceBusinessKeyExpression",
            "processInstanceBusinessKeyLikeExpression", "updatedAfterExpression");

    @ParameterizedTest(name = "{0}")
    @MethodSource("expressionFields")
    void aSavedTasklistFilterNeverEvaluatesAnExpression(String field) {
        Case fresh = ugandaUnderReview();
        String expression = "${caseAccess.grant('" + fresh.processInstanceId() + "', 'sp-KEN')}";
        Object value = expression;
        ResponseEntity<String> created = call("caseworker", "POST", "/engine-rest/filter/create", write(Map.of(
                "resourceType", "Task", "name", "probe " + field, "owner", "caseworker", "query", Map.of(field, value))));
        if (created.getStatusCode().is2xxSuccessful()) {
            String id = read(created.getBody()).get("id").asText();
            for (String path : List.of("/filter/" + id + "/list", "/filter/" + id + "/count", "/filter/" + id + "/singleResult")) {
                assertThat(call("caseworker", "POST", "/engine-rest" + path, "{}").getStatusCode().value()).as(path)
                        .isIn(400, 403);
                assertThat(call("caseworker", "GET", "/engine-rest" + path, null).getStatusCode().value()).as(path)
                        .isIn(400, 403);
            }
            WebappSession tasklist = session("caseworker");
            assertThat(tasklist.postJson(WebappSession.ENGINE + "/filter/" + id + "/list", "{}", "application/hal+json")
                    .statusCode()).isIn(400, 403);
            engine.getFilterService().deleteFilter(id);
        } else {
            assertThat(created.getStatusCode().value()).isIn(400, 403);
        }
        // ad hoc, on both doors
        assertThat(call("caseworker", "POST", "/engine-rest/task", write(Map.of(field, value))).getStatusCode().value())
                .isIn(400, 403);
        assertThat(session("caseworker").postJson(WebappSession.ENGINE + "/task", write(Map.of(field, value)), "application/json")
                .statusCode()).isIn(400, 403);
        assertThat(caseAccess.parties(fresh.processInstanceId())).as("nothing was evaluated").doesNotContain("sp-KEN");
    }

    Stream<String> expressionFields() {
        return EXPRESSION_FIELDS.stream();
    }

    @Test
    void anAdHocTaskQueryWithAnExpressionInTheUrlIsRefused() {
        Case fresh = ugandaUnderReview();
        String expression = "${caseAccess.grant('" + fresh.processInstanceId() + "','sp-KEN')}";
        ResponseEntity<String> response = http.exchange(java.net.URI.create(http.getRootUri() + "/engine-rest/task?assigneeExpression="
                + java.net.URLEncoder.encode(expression, java.nio.charset.StandardCharsets.UTF_8)), HttpMethod.GET,
                new HttpEntity<>(headers("caseworker")), String.class);
        assertThat(response.getStatusCode().value()).isIn(400, 403);
        assertThat(caseAccess.parties(fresh.processInstanceId())).doesNotContain("sp-KEN");
    }

    // ==== oracles ===========================================================================================

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("correlations")
    void partiesCannotCorrelateSignalOrEvaluateConditionsOnEitherDoor(String resource, String user) {
        String existing = correlationBody(resource, ken.id());
        String missing = correlationBody(resource, "REQ-0000-9999");
        ResponseEntity<String> toExisting = call(user, "POST", "/engine-rest" + resource, existing);
        ResponseEntity<String> toMissing = call(user, "POST", "/engine-rest" + resource, missing);
        assertThat(toExisting.getStatusCode().value()).as(toExisting.getBody()).isEqualTo(403);
        assertThat(toMissing.getStatusCode().value()).isEqualTo(403);
        assertThat(toExisting.getBody()).isEqualTo(toMissing.getBody());
        assertThat(call(user, "POST", "/engine-rest/engine/default" + resource, existing).getStatusCode().value()).isEqualTo(403);
        // the same resource spelt with a percent-encoded letter (Jersey decodes it)
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.APPLICATION_JSON);
        String encoded = "/engine-rest/" + String.format("%%%02X", (int) resource.charAt(1)) + resource.substring(2);
        assertThat(http.exchange(java.net.URI.create(base() + encoded), HttpMethod.POST, new HttpEntity<>(existing, headers),
                String.class).getStatusCode().value()).as(encoded).isEqualTo(403);

        WebappSession tasklist = session(user);
        HttpResponse<String> webExisting = tasklist.postJson(WebappSession.ENGINE + resource, existing, "application/json");
        HttpResponse<String> webMissing = tasklist.postJson(WebappSession.ENGINE + resource, missing, "application/json");
        assertThat(webExisting.statusCode()).isEqualTo(403);
        assertThat(webMissing.statusCode()).isEqualTo(403);
        assertThat(webExisting.body()).isEqualTo(webMissing.body());
        assertThat(status(ken.id())).isEqualTo("CLARIFICATION_REQUESTED");
    }

    Stream<Arguments> correlations() {
        return Stream.of("/message", "/signal", "/condition").flatMap(r -> Stream.of("uga-ncp", "ken-ncp", "who-focal")
                .map(u -> Arguments.of(r, u)));
    }

    private String correlationBody(String resource, String businessKey) {
        return switch (resource) {
            case "/message" -> write(Map.of("messageName", "RequestWithdrawn", "businessKey", businessKey,
                    "correlationKeys", Map.of("stateGroup", Map.of("value", "sp-KEN")), "all", true));
            case "/signal" -> write(Map.of("name", "probe-" + businessKey));
            default -> write(Map.of("businessKey", businessKey, "variables", Map.of("x", Map.of("value", 1))));
        };
    }

    /**
     * Every {@code /api} endpoint with a case's id in its path: another party's existing case and a case that does
     * not exist get the same status (404) and the same body, whatever the body sent.
     */
    @Test
    void everyApiEndpointAnswersAnotherPartysCaseLikeAMissingOne() {
        Api.Response offer = api.as("ken-ncp").post("/api/offers", Offers.offer("KEN", "DIAGNOSTICS", List.of("AFRICAN"), true, 1));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        String kenOffer = offer.json().get("id").asText();
        List<String> checked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                boolean requests = pattern.startsWith("/api/requests/{id}");
                boolean offers = pattern.startsWith("/api/offers/{id}");
                // funding decides for itself (funding.Donors: registered providers may pledge, so may see the
                // request's funding): its 404-first order is walked by FundingScenarios with a party that may not;
                // concerns (/api/concerns/{id}/**) are walked the same way by ConcernScenarios
                if (!requests && !offers || pattern.contains("/pledges") || pattern.endsWith("/funding")) {
                    continue;
                }
                for (var verb : info.getMethodsCondition().getMethods()) {
                    if (offers && verb.name().equals("GET")) {
                        continue; // published offers: everyone reads them
                    }
                    String existing = requests ? ken.id() : kenOffer;
                    String missing = requests ? "REQ-2000-9999" : "OF-99999";
                    for (String body : List.of("{}", PLAUSIBLE_BODY)) for (String user : List.of("uga-ncp", "who-focal")) {
                        ResponseEntity<String> other = call(user, verb.name(), pattern.replace("{id}", existing), body);
                        ResponseEntity<String> none = call(user, verb.name(), pattern.replace("{id}", missing), body);
                        assertThat(other.getStatusCode().value()).as("%s %s as %s: %s", verb, pattern, user, other.getBody())
                                .isEqualTo(404);
                        assertThat(none.getStatusCode().value()).as("%s %s (missing)", verb, pattern).isEqualTo(404);
                        assertThat(other.getBody().replace(existing, "{id}")).as("%s %s", verb, pattern)
                                .isEqualTo(none.getBody().replace(missing, "{id}"));
                    }
                    checked.add(verb + " " + pattern);
                }
            }
        });
        assertThat(checked).contains("POST /api/requests/{id}/clarification", "POST /api/requests/{id}/withdrawal",
                "GET /api/requests/{id}", "POST /api/offers/{id}/withdrawal", "POST /api/requests/{id}/follow-up",
                "GET /api/requests/{id}/follow-on-draft");
        assertThat(status(ken.id())).isEqualTo("CLARIFICATION_REQUESTED");
    }

    /** A body that passes every endpoint's validation that it can (unknown fields aside): what a prober would send. */
    static final String PLAUSIBLE_BODY = "{\"answer\":\"probe\",\"reason\":\"probe\",\"offerId\":\"OF-00001\",\"accepted\":true,"
            + "\"event\":\"STARTED\",\"summary\":\"probe\",\"beneficiaries\":1,\"statement\":\"probe\","
            + "\"lastingImpact\":\"probe\",\"equipmentInUse\":\"YES\",\"staffInPost\":\"YES\"}";

    // ==== the webapp door ==================================================================================

    @Test
    void tasklistsEngineApiRedactsRefusalsForParties() {
        WebappSession uganda = session("uga-ncp");
        HttpResponse<String> refused = uganda.get(WebappSession.ENGINE + "/process-instance/" + ken.processInstanceId() + "/variables");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain("missingAuthorizations").doesNotContain("does not have")
                .doesNotContain(ken.processInstanceId());
        ResponseEntity<String> restRefused = call("uga-ncp", "GET", "/engine-rest/process-instance/" + ken.processInstanceId()
                + "/variables", null);
        assertThat(refused.body()).isEqualTo(restRefused.getBody());
    }

    @Test
    void aCommentOrAttachmentCannotBeFiledUnderAnotherCaseThroughOnesOwnTask() {
        Case fresh = kenyaAwaitingClarification();
        String comment = write(Map.of("message", "planted", "processInstanceId", uga.processInstanceId()));
        // refused (Camunda's comment resource answers an engine refusal as 400)
        assertThat(call("ken-ncp", "POST", "/engine-rest/task/" + fresh.taskId() + "/comment/create", comment)
                .getStatusCode().value()).isIn(400, 403);
        assertThat(session("ken-ncp").postJson(WebappSession.ENGINE + "/task/" + fresh.taskId() + "/comment/create", comment,
                "application/json").statusCode()).isIn(400, 403);
        // the secretariat neither: a comment belongs to the case of the task it is made through
        Case review = ugandaUnderReview();
        assertThat(call("caseworker", "POST", "/engine-rest/task/" + review.taskId() + "/comment/create",
                write(Map.of("message", "planted", "processInstanceId", ken.processInstanceId()))).getStatusCode().value())
                .isIn(400, 403);
        assertThat(engine.getTaskService().getProcessInstanceComments(uga.processInstanceId())).isEmpty();
        assertThat(engine.getTaskService().getProcessInstanceComments(ken.processInstanceId())).isEmpty();
        // attachments: not a party's at all, on either door
        String attachment = write(Map.of("attachmentName", "x", "url", "https://example.org", "processInstanceId",
                uga.processInstanceId()));
        assertThat(call("ken-ncp", "POST", "/engine-rest/task/" + fresh.taskId() + "/attachment/create", attachment)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(session("ken-ncp").postJson(WebappSession.ENGINE + "/task/" + fresh.taskId() + "/attachment/create",
                attachment, "application/json").statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService().getProcessInstanceAttachments(uga.processInstanceId())).isEmpty();
        assertThat(engine.getTaskService().getTaskAttachments(fresh.taskId())).isEmpty();
        // its own comment on its own task is fine
        assertThat(call("ken-ncp", "POST", "/engine-rest/task/" + fresh.taskId() + "/comment/create",
                write(Map.of("message", "own"))).getStatusCode().value()).isEqualTo(200);
    }

    // ==== a party sets only its form's answers ============================================================

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variableWrites")
    void aPartyCannotPresetAVariableTheProcessReadsLater(String method, String template, String body) {
        Case fresh = kenyaAwaitingClarification();
        String path = template.replace("{task}", fresh.taskId()).replace("{pi}", fresh.processInstanceId());
        ResponseEntity<String> response = call("ken-ncp", method, path, body);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(403);
        assertThat(engine.getRuntimeService().getVariable(fresh.processInstanceId(), "openNeedEscalationAt")).isNull();
        assertThat(status(fresh.id())).isEqualTo("CLARIFICATION_REQUESTED");
        if (path.startsWith("/engine-rest/task/")) {
            HttpResponse<String> web = session("ken-ncp").postJson(path.replace("/engine-rest", WebappSession.ENGINE)
                    .replace("/openNeedEscalationAt", ""), "POST".equals(method) ? body
                    : write(Map.of("modifications", Map.of("openNeedEscalationAt", Map.of("value", "2000-01-01T00:00:00")))),
                    "application/json");
            assertThat(web.statusCode()).as(web.body()).isIn(400, 403);
            assertThat(engine.getRuntimeService().getVariable(fresh.processInstanceId(), "openNeedEscalationAt")).isNull();
        }
    }

    Stream<Arguments> variableWrites() {
        String answerAndPreset = write(Map.of("variables", Map.of("clarificationAnswer", Map.of("value", "Here"),
                "openNeedEscalationAt", Map.of("value", "2000-01-01T00:00:00"))));
        String modification = write(Map.of("modifications", Map.of("openNeedEscalationAt", Map.of("value", "2000-01-01T00:00:00"))));
        String single = write(Map.of("value", "2000-01-01T00:00:00"));
        return Stream.of(
                Arguments.of("POST", "/engine-rest/task/{task}/complete", answerAndPreset),
                Arguments.of("POST", "/engine-rest/task/{task}/submit-form", answerAndPreset),
                Arguments.of("POST", "/engine-rest/task/{task}/variables", modification),
                Arguments.of("POST", "/engine-rest/task/{task}/localVariables", modification),
                Arguments.of("PUT", "/engine-rest/task/{task}/variables/openNeedEscalationAt", single),
                Arguments.of("PUT", "/engine-rest/task/{task}/localVariables/openNeedEscalationAt", single),
                Arguments.of("POST", "/engine-rest/process-instance/{pi}/variables", modification),
                Arguments.of("PUT", "/engine-rest/process-instance/{pi}/variables/openNeedEscalationAt", single),
                Arguments.of("POST", "/engine-rest/execution/{pi}/localVariables", modification),
                Arguments.of("PUT", "/engine-rest/execution/{pi}/localVariables/openNeedEscalationAt", single));
    }

    // ==== CSRF on the Basic doors =========================================================================

    @Test
    void aCrossSiteWriteWithBasicCredentialsIsRefused() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        assertThat(deploy("admin", Map.of("Origin", "https://evil.example")).getStatusCode().value()).isEqualTo(403);
        assertThat(deploy("admin", Map.of("Origin", "null")).getStatusCode().value()).isEqualTo(403);
        assertThat(deploy("admin", Map.of("Referer", "https://evil.example/page")).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> formLike = deploy("admin", Map.of());
        assertThat(formLike.getStatusCode().value()).as("a multipart form from nowhere").isEqualTo(403);
        assertThat(formLike.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);

        ResponseEntity<String> program = deploy("admin", Map.of("X-Requested-With", "XMLHttpRequest"));
        assertThat(program.getStatusCode().value()).as(program.getBody()).isEqualTo(200);
        ResponseEntity<String> sameSite = deploy("admin", Map.of("Origin", base()));
        assertThat(sameSite.getStatusCode().value()).as(sameSite.getBody()).isEqualTo(200);
        engine.getRepositoryService().createDeploymentQuery().deploymentName("csrf-probe").list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));

        // a State's withdrawal posted by another site's form, or as text/plain, or as JSON with a foreign Origin
        Case fresh = kenyaAwaitingClarification();
        String withdrawal = "/api/requests/" + fresh.id() + "/withdrawal";
        assertThat(raw("ken-ncp", withdrawal, MediaType.APPLICATION_FORM_URLENCODED, "reason=forged", Map.of())
                .getStatusCode().value()).isEqualTo(403);
        assertThat(raw("ken-ncp", withdrawal, MediaType.TEXT_PLAIN, "{\"reason\":\"forged\"}", Map.of())
                .getStatusCode().value()).isEqualTo(403);
        assertThat(raw("ken-ncp", withdrawal, MediaType.APPLICATION_JSON, "{\"reason\":\"forged\"}",
                Map.of("Origin", "https://evil.example")).getStatusCode().value()).isEqualTo(403);
        assertThat(status(fresh.id())).isEqualTo("CLARIFICATION_REQUESTED");
        assertThat(raw("ken-ncp", withdrawal, MediaType.APPLICATION_JSON, "{\"reason\":\"real\"}", Map.of("Origin", base()))
                .getStatusCode().value()).isEqualTo(202);
    }

    // ==== unbounded input =================================================================================

    @Test
    void aBodyAboveTheLimitIsRefusedWith413AndNothingIsStored() {
        long requestsBefore = instances();
        Map<String, Object> huge = Requests.kenyaTraining();
        huge.put("description", "x".repeat(2 * 1024 * 1024));
        ResponseEntity<String> declared = call("ken-ncp", "POST", "/api/requests", write(huge));
        assertThat(declared.getStatusCode().value()).isEqualTo(413);
        assertThat(declared.getHeaders().getContentType()).hasToString("application/problem+json");

        String bigVariable = write(Map.of("modifications", Map.of("bulk", Map.of("value", "x".repeat(2 * 1024 * 1024)))));
        assertThat(call("admin", "POST", "/engine-rest/process-instance/" + ken.processInstanceId() + "/variables", bigVariable)
                .getStatusCode().value()).isEqualTo(413);
        // streamed, without Content-Length: counted as it is read
        assertThat(streamed("admin", "/engine-rest/process-instance/" + ken.processInstanceId() + "/variables", bigVariable))
                .isEqualTo(413);
        assertThat(streamed("ken-ncp", "/api/requests", write(huge))).isEqualTo(413);
        assertThat(engine.getRuntimeService().getVariable(ken.processInstanceId(), "bulk")).isNull();
        assertThat(instances()).isEqualTo(requestsBefore);
    }

    @Test
    void partiesMayNotDeployAttachOrSendLargeVariables() {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        for (String party : List.of("ken-ncp", "who-focal")) {
            assertThat(deploy(party, Map.of("X-Requested-With", "XMLHttpRequest")).getStatusCode().value()).isEqualTo(403);
        }
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        Case fresh = kenyaAwaitingClarification();
        String large = write(Map.of("variables", Map.of("clarificationAnswer", Map.of("value", "x".repeat(200 * 1024)))));
        ResponseEntity<String> answer = call("ken-ncp", "POST", "/engine-rest/task/" + fresh.taskId() + "/complete", large);
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(status(fresh.id())).isEqualTo("CLARIFICATION_REQUESTED");
    }

    // ==== smaller ones ====================================================================================

    @Test
    void theOpenApiDocumentNeedsALoginInEveryForm() {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
                "/swagger-ui/index.html")) {
            assertThat(call("anonymous", "GET", path, null).getStatusCode().value()).as(path).isEqualTo(401);
        }
        assertThat(callAs("caseworker", "GET", "/v3/api-docs.yaml").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreForTheSecretariatOnly() {
        for (String user : List.of("anonymous", "ken-ncp", "who-focal")) {
            ResponseEntity<String> health = call(user, "GET", "/actuator/health", null);
            assertThat(health.getStatusCode().value()).isEqualTo(200);
            assertThat(health.getBody()).as(user).contains("UP").doesNotContain("components").doesNotContain("details");
        }
        assertThat(call("caseworker", "GET", "/actuator/health", null).getBody()).contains("components");
    }

    @Test
    void theScrapeOnlyAccountReadsTheMetricsAndNothingElse() {
        String scraper = probeUser();
        engine.getIdentityService().createMembership(scraper, Caller.SCRAPERS);
        // allowed through (tests switch the Prometheus export off: metrics.PrometheusEndpointTest scrapes for real)
        assertThat(callAs(scraper, "GET", "/actuator/prometheus").getStatusCode().value()).isNotIn(401, 403);
        for (String path : List.of("/actuator/metrics", "/actuator/info", "/api/requests", "/api/states", "/engine-rest/task",
                "/engine-rest/process-definition", "/api/metrics/pipeline", "/dashboard", "/v3/api-docs")) {
            assertThat(callAs(scraper, "GET", path).getStatusCode().value()).as(path).isEqualTo(403);
        }
        HttpResponse<String> tasklist = new WebappSession(base()).login("tasklist", scraper, scraper);
        if (tasklist.statusCode() == 200) {
            WebappSession session = new WebappSession(base());
            session.login("tasklist", scraper, scraper);
            assertThat(session.get(WebappSession.ENGINE + "/task").statusCode()).isEqualTo(403);
        }
    }

    private ResponseEntity<String> callAs(String user, String method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        return http.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(headers), String.class);
    }

    private HttpHeaders headers(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        headers.setBasicAuth(user, user);
        return headers;
    }

    /** POST /engine-rest/deployment/create, multipart as Camunda Modeler sends it, with extra headers. */
    private ResponseEntity<String> deploy(String user, Map<String, String> extra) {
        HttpHeaders headers = headers(user);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        extra.forEach(headers::add);
        org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("deployment-name", "csrf-probe");
        BpmnModelInstance model = Bpmn.createExecutableProcess("csrf-probe").camundaHistoryTimeToLive(1).startEvent().endEvent().done();
        parts.add("data", new org.springframework.core.io.ByteArrayResource(Bpmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "csrf-probe.bpmn";
            }
        });
        return http.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }

    private ResponseEntity<String> raw(String user, String path, MediaType type, String body, Map<String, String> extra) {
        HttpHeaders headers = headers(user);
        headers.setContentType(type);
        extra.forEach(headers::add);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    /** A JSON POST whose body is streamed (chunked, no Content-Length); the status. */
    private int streamed(String user, String path, String body) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build();
        try {
            return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return 413; // the server may close the connection while the rest of the body is still on its way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    // ==== the State-keyed endpoints: national reports ======================================================

    /**
     * Another State's national reports: 403 before a query parameter, the body, the year or an earlier submission
     * is looked at, with one body that names nothing — whatever the State code (existing, lower-case or none).
     */
    @Test
    void anotherStatesNationalReportsAnswer403BeforeAnyParameterBodyOrYearAndNameNothing() {
        String report = write(AccessMatrix.NATIONAL_REPORT_1999);
        String deep = "{\"year\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        List<String[]> probes = List.of(
                new String[] {"GET", "/api/states/KEN/national-reports", null},
                new String[] {"GET", "/api/states/KEN/national-reports?year=1999", null},
                new String[] {"GET", "/api/states/KEN/national-reports?year=next", null},
                new String[] {"GET", "/api/states/ken/national-reports?year=2025", null},
                new String[] {"GET", "/api/states/ZZZ/national-reports?year=2025", null},
                new String[] {"POST", "/api/states/KEN/national-reports", "{}"},
                new String[] {"POST", "/api/states/KEN/national-reports", "{\"year\":"},
                new String[] {"POST", "/api/states/KEN/national-reports", deep},
                new String[] {"POST", "/api/states/KEN/national-reports", report},
                new String[] {"POST", "/api/states/KEN/national-reports?replace=perhaps", report},
                new String[] {"POST", "/api/states/KEN/national-reports?replace=true", "{\"policy\":{\"x\":1},\"unknown\":1}"});
        long stored = nationalReports();
        String first = null;
        for (String user : List.of("uga-ncp", "who-focal")) {
            for (String[] probe : probes) {
                ResponseEntity<String> answer = call(user, probe[0], probe[1], probe[2]);
                assertThat(answer.getStatusCode().value()).as("%s %s as %s: %s", probe[0], probe[1], user, answer.getBody())
                        .isEqualTo(403);
                assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
                // the path it asked for aside (the problem's instance), the answer says nothing of the State or year
                String body = answer.getBody().replaceAll("\"instance\":\"[^\"]*\"", "");
                assertThat(body).as(probe[1]).doesNotContain("KEN").doesNotContain("Kenya").doesNotContain("ken")
                        .doesNotContain("1999").doesNotContain("year").doesNotContain("ZZZ");
                if (first == null) {
                    first = body;
                }
                assertThat(body).as("%s %s as %s", probe[0], probe[1], user).isEqualTo(first);
            }
        }
        assertThat(nationalReports()).as("nothing stored").isEqualTo(stored);
        // the State itself is told what is wrong, field by field, and never gets a 5xx
        assertThat(call("ken-ncp", "POST", "/api/states/KEN/national-reports", deep).getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> wrongTypes = call("ken-ncp", "POST", "/api/states/KEN/national-reports",
                "{\"year\":\"1999\",\"policy\":{\"x\":1},\"unknown\":1}");
        assertThat(wrongTypes.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongTypes.getBody()).contains("\"field\":\"unknown\"");
        assertThat(nationalReports()).as("nothing stored").isEqualTo(stored);
    }

    private long nationalReports() {
        return jdbc().queryForObject("SELECT COUNT(*) FROM national_report", Long.class);
    }

    private org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return new org.springframework.jdbc.core.JdbcTemplate(((ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getDataSource());
    }

    /** Tasks created before the party history scope: their parties' READ_VARIABLE on the task's history is withdrawn at start-up. */
    @Test
    void startUpWithdrawsAPartysOlderVariableGrantOnItsTasksHistory() {
        var authorizations = engine.getAuthorizationService();
        var legacy = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        legacy.setGroupId("sp-KEN");
        legacy.setResource(org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK);
        legacy.setResourceId("legacy-task-" + UUID.randomUUID());
        legacy.addPermission(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ);
        legacy.addPermission(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ_VARIABLE);
        String id = authorizations.saveAuthorization(legacy).getId();

        globalAuthorizations.afterSingletonsInstantiated();

        var after = authorizations.createAuthorizationQuery().authorizationId(id).singleResult();
        assertThat(after.isPermissionGranted(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ)).isTrue();
        assertThat(after.isPermissionGranted(org.camunda.bpm.engine.authorization.HistoricTaskPermissions.READ_VARIABLE)).isFalse();
        authorizations.deleteAuthorization(id);
    }

    // ==== the new endpoints: CSRF, huge and malformed bodies ===============================================

    /**
     * Concerns, positions, follow-up answers and national reports: a cross-site write is refused, a body above the
     * limit is 413, a malformed or too deeply nested one 400 naming the body — all problem+json, never 5xx, and
     * nothing written.
     */
    @Test
    void theNewWritesRefuseCrossSiteOriginsAndHugeOrMalformedBodiesAndWriteNothing() {
        String huge = "x".repeat(2 * 1024 * 1024);
        String deep = "{\"statement\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        Map<String, String> writes = Map.of(
                "/api/concerns", write(Map.of("raisedBy", "KEN", "requestId", ken.id(), "statement", "forged")),
                "/api/concerns/CON-2000-99999/positions", write(Map.of("statement", "forged")),
                "/api/requests/" + ken.id() + "/follow-up", write(Map.of("lastingImpact", "forged", "equipmentInUse", "YES",
                        "staffInPost", "YES")),
                "/api/states/KEN/national-reports", write(AccessMatrix.NATIONAL_REPORT_1999));
        long concerns = jdbc().queryForObject("SELECT COUNT(*) FROM concern", Long.class);
        long stored = nationalReports();
        writes.forEach((path, body) -> {
            ResponseEntity<String> crossSite = raw("ken-ncp", path, MediaType.APPLICATION_JSON, body,
                    Map.of("Origin", "https://evil.example"));
            assertThat(crossSite.getStatusCode().value()).as("cross-site " + path).isEqualTo(403);
            assertThat(raw("ken-ncp", path, MediaType.TEXT_PLAIN, body, Map.of()).getStatusCode().value())
                    .as("text/plain " + path).isEqualTo(403);
            ResponseEntity<String> tooLarge = call("ken-ncp", "POST", path, body.replace("forged", huge).replace("Matrix policy", huge));
            assertThat(tooLarge.getStatusCode().value()).as("2 MB to " + path).isEqualTo(413);
            assertThat(tooLarge.getHeaders().getContentType()).hasToString("application/problem+json");
            // streamed (no length): cut off at the limit as it is read — unless the path is refused before the body
            assertThat(streamed("ken-ncp", path, body.replace("forged", huge).replace("Matrix policy", huge)))
                    .as("2 MB streamed to " + path).isEqualTo(path.contains("99999") ? 404 : 413);
            for (String bad : List.of(deep, "{\"statement\":", "[1,2]", "\"text\"")) {
                ResponseEntity<String> malformed = call("ken-ncp", "POST", path, bad);
                assertThat(malformed.getStatusCode().value()).as("%s to %s: %s", bad.length() > 40 ? "deep" : bad, path,
                        malformed.getBody()).isIn(400, 404);
                assertThat(malformed.getHeaders().getContentType()).hasToString("application/problem+json");
            }
        });
        assertThat(jdbc().queryForObject("SELECT COUNT(*) FROM concern", Long.class)).isEqualTo(concerns);
        assertThat(nationalReports()).isEqualTo(stored);
        assertThat(status(ken.id())).isEqualTo("CLARIFICATION_REQUESTED");
    }

    /** The dashboard (its national-report table and follow-up figures) is for managers and administrators only. */
    @Test
    void theDashboardWithItsReportAndFollowUpFiguresIsForManagersOnly() {
        for (String user : List.of("ken-ncp", "uga-ncp", "who-focal", "caseworker")) {
            HttpHeaders headers = headers(user);
            headers.setAccept(List.of(MediaType.TEXT_HTML));
            ResponseEntity<String> page = http.exchange("/dashboard", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(page.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(String.valueOf(page.getBody())).as(user).doesNotContain("<table");
            for (String figures : List.of("/api/metrics/follow-up", "/api/metrics/reports?year=2025",
                    "/api/metrics/reports?year=2025&format=csv")) {
                assertThat(call(user, "GET", figures, null).getStatusCode().value()).as(user + " " + figures).isEqualTo(403);
            }
        }
        HttpHeaders manager = headers("manager");
        manager.setAccept(List.of(MediaType.TEXT_HTML));
        assertThat(http.exchange("/dashboard", HttpMethod.GET, new HttpEntity<>(manager), String.class).getStatusCode().value())
                .isEqualTo(200);
    }

    /**
     * A manager logged in to Cockpit opens {@code /dashboard} without a second password; the webapps' session gives
     * nobody else the dashboard, opens nothing of the API, carries no write, and ends with the webapps' logout.
     */
    @Test
    void theWebappsLoginOpensTheDashboardToManagersOnlyForReadingOnly() {
        WebappSession manager = new WebappSession(base());
        assertThat(manager.login("cockpit", "manager", "manager").statusCode()).isEqualTo(200);
        HttpResponse<String> page = manager.getHtml("/dashboard");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<table");
        assertThat(manager.getHtml("/dashboard/dashboard.css").statusCode()).isEqualTo(200);
        assertThat(manager.get("/api/metrics/pipeline").statusCode()).as("the API stays on Basic").isEqualTo(401);
        assertThat(manager.get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(manager.postJson("/dashboard", "{}", "text/html").statusCode()).as("no write on the session").isEqualTo(401);

        WebappSession caseworker = new WebappSession(base());
        assertThat(caseworker.login("cockpit", "caseworker", "caseworker").statusCode()).isEqualTo(200);
        assertThat(caseworker.getHtml("/dashboard").statusCode()).isEqualTo(403);
        WebappSession kenya = new WebappSession(base());
        assertThat(kenya.login("tasklist", "ken-ncp", "ken-ncp").statusCode()).isEqualTo(200);
        assertThat(kenya.getHtml("/dashboard").statusCode()).isEqualTo(403);
        assertThat(new WebappSession(base()).getHtml("/dashboard").statusCode()).as("no session").isEqualTo(401);

        assertThat(manager.postJson("/camunda/api/admin/auth/user/default/logout", "", "application/json").statusCode())
                .isBetween(200, 299);
        assertThat(manager.getHtml("/dashboard").statusCode()).as("logged out of the webapps").isEqualTo(401);
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

    /**
     * GET /api/categories with Basic credentials from another source address (a socket bound to another loopback
     * address: the server sees it as another client); the status.
     */
    int basicFrom(String source, String user, String password) {
        java.net.URI uri = java.net.URI.create(base());
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getByName("127.0.0.1"), uri.getPort(),
                java.net.InetAddress.getByName(source), 0)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /api/categories HTTP/1.1\r\nHost: localhost:" + uri.getPort()
                    + "\r\nAuthorization: Basic " + credentials + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
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
