package org.bwc.articlex.nationalreports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.nationalreports.NationalReportProcess.CALL_ACTIVITY_ASK_EVERY_STATE;
import static org.bwc.articlex.nationalreports.NationalReportProcess.CYCLE_PROCESS_ID;
import static org.bwc.articlex.nationalreports.NationalReportProcess.END_REMINDER_SENT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.END_REPORT_RECORDED;
import static org.bwc.articlex.nationalreports.NationalReportProcess.REPORT_PROCESS_ID;
import static org.bwc.articlex.nationalreports.NationalReportProcess.START_CYCLE_OPENS;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TASK_ASK_FOR_NATIONAL_REPORT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TASK_OPEN_REPORT_CYCLE;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TASK_RECORD_NATIONAL_REPORT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TASK_SEND_NATIONAL_REPORT_REMINDER;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TASK_SUBMIT_NATIONAL_REPORT;
import static org.bwc.articlex.nationalreports.NationalReportProcess.TIMER_NATIONAL_REPORT_REMINDER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The annual national reports ({@code processes/national-report-cycle.bpmn}, {@code national-report.bpmn}): the
 * yearly timer start event opens the cycle of the current calendar year (the test moves the engine clock to the next
 * 15 January, the date the test profile's schedule names only in 2099, and fires the timer's own job), every State
 * Party gets its task; reports on time, late, replaced, refused; the submission rate and the CSV export. The cycle
 * opens once per database; its instances are removed after the class, so that no other scenario sees 189 open tasks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class NationalReportScenarios extends CaseScenario {

    @Autowired
    JdbcTemplate jdbc;

    /** The reporting year the cycle opened in this database: the current calendar year. */
    final int year = Year.now(ZoneOffset.UTC).getValue();

    @AfterAll
    void removeTheCycle() {
        List<String> cycles = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CYCLE_PROCESS_ID).list()
                .stream().map(ProcessInstance::getId).toList();
        engine.getRuntimeService().deleteProcessInstancesIfExists(cycles, "end of the national-report scenarios", true, true, false);
    }

    @Test
    @Order(1)
    void theYearlyTimerOpensTheCycleAndEveryStatePartyGetsItsOwnTask() {
        Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(CYCLE_PROCESS_ID).timers()
                .activityId(START_CYCLE_OPENS).singleResult();
        assertThat(timer.getDuedate()).as("articlex.national-reports.opens of the test profile")
                .isEqualTo(Date.from(Instant.parse("2099-01-15T00:00:00Z")));
        if (cycleIsOpen()) {
            return; // opened by an earlier run of this class against the same database
        }
        long millis = openTheCycle(timer);

        ProcessInstance cycle = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CYCLE_PROCESS_ID).singleResult();
        assertThat(cycle).hasPassed(START_CYCLE_OPENS, TASK_OPEN_REPORT_CYCLE).isWaitingAt(CALL_ACTIVITY_ASK_EVERY_STATE);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(REPORT_PROCESS_ID).count())
                .isEqualTo(stateCount()).isEqualTo(189);
        ProcessInstance kenya = report("KEN");
        assertThat(kenya).hasPassed(TASK_ASK_FOR_NATIONAL_REPORT).isWaitingAt(TASK_SUBMIT_NATIONAL_REPORT);
        assertThat(task(kenya)).hasCandidateGroup("sp-KEN");
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(CYCLE_PROCESS_ID).timers()
                .activityId(START_CYCLE_OPENS).count()).as("the next year's opening").isEqualTo(1);
        assertThat(notifications("KEN", "NATIONAL_REPORT_REQUESTED")).isEqualTo(1);
        assertThat(millis).as("opening 189 States stays reasonably fast").isLessThan(120_000);

        // a State sees its own report task, and no other State's
        JsonNode tasks = api.as("ken-ncp").get("/engine-rest/task?processDefinitionKey=" + REPORT_PROCESS_ID).json();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo(TASK_SUBMIT_NATIONAL_REPORT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(tasks.get(0).get("id").asText()).singleResult().getProcessInstanceId())
                .isEqualTo(kenya.getId());
        assertThat(api.as("ken-ncp").get("/api/states/UGA/national-reports?year=" + year).status()).isEqualTo(403);
        String uganda = task(report("UGA")).getId();
        assertThat(tasklist.submitForm("ken-ncp", uganda, sections("Kenya writing Uganda's report")).status()).isIn(403, 404);
        assertThat(report("UGA")).isWaitingAt(TASK_SUBMIT_NATIONAL_REPORT);
        assertThat(engine.getFormService().getDeployedTaskForm(uganda)).as("deployed form").isNotNull();
    }

    @Test
    @Order(2)
    void aReportOnTimeIsRecordedFromTheDraftPreFilledWithTheStatesCasesOfTheYear() {
        ensureTheCycleIsOpen();
        Api.Response submitted = api.as("gtm-ncp").post("/api/requests", Requests.from("GTM"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String request = submitted.json().get("id").asText();

        JsonNode draft = api.as("gtm-ncp").get("/api/states/GTM/national-reports?year=" + year).json();
        assertThat(draft.get("status").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(draft.get("draftFigures").get("requestsMade").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(draft.get("draft").get("assistanceReceived").asText()).contains(request);
        assertThat(draft.get("draft").get("needsOutstanding").asText()).contains(request);
        assertThat(api.as("caseworker").get("/api/states/GTM/national-reports?year=" + year).status()).as("the secretariat").isEqualTo(200);

        Api.Response created = submit("gtm-ncp", "GTM", report(year, "National biosafety act of 2019 in force"), false);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/states/GTM/national-reports?year=" + year);
        assertThat(created.json().get("report").get("late").asBoolean()).isFalse();
        assertThat(created.json().get("report").get("submittedBy").asText()).isEqualTo("gtm-ncp");
        assertThat(created.json().get("draft").isNull()).isTrue();
        assertThat(report("GTM")).hasPassed(TASK_SUBMIT_NATIONAL_REPORT, TASK_RECORD_NATIONAL_REPORT, END_REPORT_RECORDED).isEnded();
        assertThat(notifications("GTM", "NATIONAL_REPORT_RECORDED")).isEqualTo(1);
        assertThat(api.as("gtm-ncp").get("/api/states/GTM/national-reports?year=" + year).json().get("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    @Order(3)
    void aSecondReportForTheYearIsAConflictUnlessItReplacesTheFirstWhichIsKept() {
        ensureTheCycleIsOpen();
        assertThat(submit("mex-ncp", "MEX", report(year, "First version"), false).status()).isEqualTo(201);
        long rows = rows();
        Api.Response again = submit("mex-ncp", "MEX", report(year, "Second version"), false);
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(rows()).isEqualTo(rows);

        Api.Response replaced = submit("mex-ncp", "MEX", report(year, "Second version"), true);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        JsonNode view = api.as("mex-ncp").get("/api/states/MEX/national-reports?year=" + year).json();
        assertThat(view.get("report").get("version").asInt()).isEqualTo(2);
        assertThat(view.get("report").get("policy").asText()).isEqualTo("Second version");
        assertThat(view.get("history")).hasSize(2);
        assertThat(view.get("history").get(0).get("policy").asText()).as("the earlier version is kept").isEqualTo("First version");
        assertThat(notifications("MEX", "NATIONAL_REPORT_RECORDED")).isEqualTo(2);
    }

    @Test
    @Order(4)
    void badNationalReportsAreRefusedWithTheFieldNamedAndNothingWritten() {
        ensureTheCycleIsOpen();
        long rows = rows();
        Api.Response otherState = submit("col-ncp", "PER", report(year, "Not ours"), false);
        assertThat(otherState.status()).isEqualTo(403);
        assertThat(otherState.contentType()).startsWith("application/problem+json");
        assertThat(submit("caseworker", "COL", report(year, "By the secretariat"), false).status()).isEqualTo(403);
        // a State other than one's own, existing or not, is 403 before anything else (security.StateScopeFirst)
        assertThat(submit("col-ncp", "XXX", report(year, "No such State"), false).status()).isEqualTo(403);
        assertThat(submit("caseworker", "XXX", report(year, "No such State"), false).status()).isEqualTo(404);

        Api.Response notOpen = submit("col-ncp", "COL", report(year + 3, "Future"), false);
        assertThat(notOpen.status()).as(notOpen.body()).isEqualTo(422);
        assertThat(notOpen.contentType()).startsWith("application/problem+json");
        assertThat(notOpen.json().get("errors").toString()).contains("\"field\":\"year\"");
        assertThat(api.as("col-ncp").get("/api/states/COL/national-reports?year=" + (year + 3)).status()).isEqualTo(422);

        assertBad(submit("col-ncp", "COL", report(year, " "), false), "policy");
        Map<String, Object> noYear = report(year, "Fine");
        noYear.remove("year");
        assertBad(submit("col-ncp", "COL", noYear, false), "year");
        Map<String, Object> textYear = report(year, "Fine");
        textYear.put("year", String.valueOf(year));
        assertBad(submit("col-ncp", "COL", textYear, false), "year");
        Map<String, Object> unknown = report(year, "Fine");
        unknown.put("late", false);
        assertBad(submit("col-ncp", "COL", unknown, false), "late");
        Map<String, Object> huge = report(year, "Fine");
        huge.put("obstacles", "x".repeat(20001));
        assertBad(submit("col-ncp", "COL", huge, false), "obstacles");
        Map<String, Object> form = sections("Fine");
        form.put("assistanceGiven", "");
        Api.Response blankForm = tasklist.submitForm("col-ncp", task(report("COL")).getId(), form);
        assertThat(blankForm.status()).as(blankForm.body()).isEqualTo(400);
        assertThat(blankForm.body()).contains("assistanceGiven");

        assertThat(rows()).as("nothing written").isEqualTo(rows);
        assertThat(report("COL")).isWaitingAt(TASK_SUBMIT_NATIONAL_REPORT);
    }

    @Test
    @Order(5)
    void aStateIsRemindedBeforeTheDeadlineAndItsLateReportIsAcceptedAndMarkedLate() {
        ensureTheCycleIsOpen();
        ProcessInstance paraguay = report("PRY");
        Date reminderAt = (Date) engine.getRuntimeService().getVariable(paraguay.getId(), "reminderAt");
        Date deadline = (Date) engine.getRuntimeService().getVariable(paraguay.getId(), "deadline");
        assertThat(Duration.between(reminderAt.toInstant(), deadline.toInstant())).isEqualTo(Duration.ofDays(14));

        driver.letTimePassFor(REPORT_PROCESS_ID, Duration.between(ClockUtil.getCurrentTime().toInstant(), reminderAt.toInstant()).plusMinutes(1));
        assertThat(paraguay).hasPassed(TIMER_NATIONAL_REPORT_REMINDER, TASK_SEND_NATIONAL_REPORT_REMINDER, END_REMINDER_SENT)
                .isWaitingAt(TASK_SUBMIT_NATIONAL_REPORT);
        assertThat(notifications("PRY", "NATIONAL_REPORT_DUE")).isEqualTo(1);
        assertThat(notifications("GTM", "NATIONAL_REPORT_DUE")).as("GTM has reported").isZero();

        driver.letTimePassFor(REPORT_PROCESS_ID, Duration.ofDays(15));
        assertThat(ClockUtil.getCurrentTime()).isAfter(deadline);
        Api.Response late = tasklist.submitForm("pry-ncp", task(paraguay).getId(), sections("Law 1234 on biosafety"));
        assertThat(late.status()).as(late.body()).isEqualTo(204);
        assertThat(paraguay).hasPassed(TASK_RECORD_NATIONAL_REPORT).isEnded();
        JsonNode view = api.as("pry-ncp").get("/api/states/PRY/national-reports?year=" + year).json();
        assertThat(view.get("report").get("late").asBoolean()).isTrue();
        assertThat(view.get("report").get("submittedBy").asText()).isEqualTo("pry-ncp");
    }

    @Test
    @Order(6)
    void theSecretariatSeesTheSubmissionRateByRegionalGroupAndExportsTheReportsAsCsvWithFormulasDefused() {
        ensureTheCycleIsOpen();
        Map<String, Object> body = report(year, "=HYPERLINK(\"http://attacker.example\",\"click\")");
        body.put("obstacles", "@SUM(A1:A2)");
        body.put("needsOutstanding", "-2+3");
        assertThat(submit("arg-ncp", "ARG", body, false).status()).isEqualTo(201);

        Api.Response rates = api.as("manager").get("/api/metrics/reports?year=" + year);
        assertThat(rates.status()).as(rates.body()).isEqualTo(200);
        JsonNode latin = null;
        for (JsonNode region : rates.json().get("regions")) {
            if (region.get("region").asText().equals("LATIN_AMERICAN_CARIBBEAN")) {
                latin = region;
            }
        }
        assertThat(latin.get("states").asInt()).isGreaterThan(20);
        assertThat(latin.get("submitted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(latin.get("rate").asDouble()).isEqualTo(latin.get("submitted").asDouble() / latin.get("states").asDouble());
        assertThat(rates.json().get("total").get("states").asInt()).isEqualTo(189);
        assertThat(api.as("arg-ncp").get("/api/metrics/reports?year=" + year).status()).isEqualTo(403);
        assertThat(api.as("manager").get("/api/metrics/reports?year=" + (year + 3)).status()).isEqualTo(422);

        Api.Response csv = api.as("manager").get("/api/metrics/reports?year=" + year + "&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("state,name,region,year,version,submittedAt,late,policy,");
        assertThat(csv.body()).contains("ARG,Argentina,LATIN_AMERICAN_CARIBBEAN," + year)
                .contains("\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"click\"\")\"")
                .contains("'@SUM(A1:A2)").contains("'-2+3")
                .doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK").doesNotContain(",@SUM");

        // the manager dashboard shows the same rates
        String dashboard = http.withBasicAuth("manager", "manager").getForEntity("/dashboard", String.class).getBody();
        assertThat(dashboard).contains("data-table=\"national-reports\"").contains("National reports " + year)
                .contains("data-key=\"LATIN_AMERICAN_CARIBBEAN\" data-submitted=\"" + latin.get("submitted").asInt() + "\"");
    }

    /**
     * Another State's report task through the engine's REST API: neither found, read (its variables, its form's
     * variables, its history) nor completed; the State's own task takes only its form's sections, and no State
     * starts a report or a cycle itself. The draft and the answers stay the State's own.
     */
    @Test
    @Order(7)
    void anotherStateNeitherReadsNorWorksAStatesReportTaskAndAStateSetsOnlyItsSections() {
        ensureTheCycleIsOpen();
        ProcessInstance uruguay = report("URY");
        String task = task(uruguay).getId();
        String pi = uruguay.getId();
        Api brazil = api.as("bra-ncp");
        assertThat(brazil.get("/engine-rest/task/" + task).status()).isEqualTo(404);
        assertThat(brazil.get("/engine-rest/task/" + task + "/variables").status()).isEqualTo(403);
        assertThat(brazil.get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(403);
        for (String list : List.of("/engine-rest/variable-instance?processInstanceIdIn=" + pi,
                "/engine-rest/history/variable-instance?processInstanceId=" + pi, "/engine-rest/history/detail?processInstanceId=" + pi,
                "/engine-rest/history/task?processInstanceId=" + pi, "/engine-rest/task?processInstanceId=" + pi)) {
            Api.Response read = brazil.get(list);
            assertThat(read.status()).as(list).isEqualTo(200);
            assertThat(read.json().size()).as(list).isZero();
        }
        Map<String, Object> answers = Map.of("variables", Map.of("policy", Map.of("value", "Brazil writes Uruguay's report")));
        assertThat(brazil.post("/engine-rest/task/" + task + "/complete", answers).status()).isEqualTo(403);
        assertThat(brazil.post("/engine-rest/task/" + task + "/submit-form", answers).status()).isEqualTo(403);
        assertThat(brazil.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "bra-ncp")).status()).isEqualTo(403);
        for (String process : List.of(REPORT_PROCESS_ID, CYCLE_PROCESS_ID)) {
            assertThat(api.as("ury-ncp").post("/engine-rest/process-definition/key/" + process + "/start",
                    Map.of("businessKey", "forged", "variables", Map.of("stateCode", Map.of("value", "URY")))).status())
                    .as(process).isEqualTo(403);
        }

        // Uruguay itself: its sections, nothing else (not its year, State, deadline or draft)
        Api uruguayApi = api.as("ury-ncp");
        assertThat(uruguayApi.get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(200);
        for (String field : List.of("reportYear", "stateCode", "deadline", "reportDraft", "late")) {
            Map<String, Object> forged = new LinkedHashMap<>();
            sections("${runtimeService}").forEach((k, v) -> forged.put(k, Map.of("value", v)));
            forged.put(field, Map.of("value", "1999"));
            Api.Response refused = uruguayApi.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", forged));
            assertThat(refused.status()).as(field + ": " + refused.body()).isEqualTo(403);
            assertThat(uruguayApi.exchange(org.springframework.http.HttpMethod.PUT, "/engine-rest/task/" + task + "/variables/" + field,
                    Map.of("value", "1999"), Map.of()).status()).as(field).isEqualTo(403);
        }
        assertThat(uruguay).isWaitingAt(TASK_SUBMIT_NATIONAL_REPORT);
        Map<String, Object> own = new LinkedHashMap<>();
        sections("#{runtimeService.deleteProcessInstance('x','y')} ${1+1}").forEach((k, v) -> own.put(k, Map.of("value", v)));
        Api.Response submitted = uruguayApi.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", own));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(204);
        assertThat(uruguay).hasPassed(TASK_RECORD_NATIONAL_REPORT).isEnded();
        JsonNode view = uruguayApi.get("/api/states/URY/national-reports?year=" + year).json();
        assertThat(view.get("report").get("policy").asText()).as("stored verbatim, never evaluated")
                .isEqualTo("#{runtimeService.deleteProcessInstance('x','y')} ${1+1}");
        // and nothing of it through the engine's history for Brazil
        assertThat(brazil.get("/engine-rest/history/variable-instance?processInstanceId=" + pi).json().size()).isZero();
        assertThat(brazil.get("/engine-rest/history/detail?processInstanceId=" + pi).json().size()).isZero();
        assertThat(brazil.get("/api/states/URY/national-reports?year=" + year).status()).isEqualTo(403);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private boolean cycleIsOpen() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM national_report_cycle WHERE report_year = ?", Long.class, year) > 0;
    }

    void ensureTheCycleIsOpen() {
        if (!cycleIsOpen()) {
            openTheCycle(engine.getManagementService().createJobQuery().processDefinitionKey(CYCLE_PROCESS_ID).timers()
                    .activityId(START_CYCLE_OPENS).singleResult());
        }
    }

    /** On the next 15 January the timer fires (its own job, whatever date the profile names) and every State is asked. */
    private long openTheCycle(Job timer) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse((year + 1) + "-01-15T00:00:00Z")));
        try {
            long started = System.nanoTime();
            engine.getManagementService().executeJob(timer.getId());
            long opened = System.nanoTime();
            driver.runDueJobsOf(REPORT_PROCESS_ID);
            long asked = System.nanoTime();
            System.out.printf("National-report cycle: opened with one instance per State in %d ms, every State asked (one job "
                    + "each) in %d ms%n", (opened - started) / 1_000_000, (asked - opened) / 1_000_000);
            return (asked - started) / 1_000_000;
        } finally {
            driver.reset();
        }
    }

    private long stateCount() {
        return api.as("caseworker").get("/api/states").json().size();
    }

    ProcessInstance report(String state) {
        return walk.instance(REPORT_PROCESS_ID, NationalReportProcess.businessKey(year, state));
    }

    long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM national_report", Long.class);
    }

    long notifications(String state, String event) {
        return walk.notifications(state, NationalReportProcess.businessKey(year, state), event);
    }

    Api.Response submit(String user, String state, Map<String, Object> body, boolean replace) {
        return api.as(user).post("/api/states/" + state + "/national-reports" + (replace ? "?replace=true" : ""), body);
    }

    static Map<String, Object> report(int year, String policy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.putAll(sections(policy));
        return body;
    }

    static Map<String, Object> sections(String policy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("policy", policy);
        body.put("assistanceGiven", "None");
        body.put("assistanceReceived", "Training in biosafety");
        body.put("needsOutstanding", "A BSL-3 laboratory");
        body.put("obstacles", "None");
        return body;
    }

    static void assertBad(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
