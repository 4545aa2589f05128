package org.bwc.articlex.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_COMPLETION_REPORT_REMINDER_SENT;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_PROGRESS_REMINDER_SENT;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_COMPLETED;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_AWAIT_IMPLEMENTATION_COMPLETION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_AWAIT_IMPLEMENTATION_START;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_COMPLETION_REPORT;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_RECORD_REPORT_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETION_REPORT;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SEND_COMPLETION_REPORT_REMINDER;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SEND_PROGRESS_REMINDER;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SUBMIT_COMPLETION_REPORT;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_COMPLETION_REPORT_REMINDER;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_PROGRESS_REPORT_REMINDER;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Tasklist;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * Implementation and the completion report, through {@code POST /api/requests/{id}/implementation}, the completion
 * report endpoint and the State's and caseworkers' Tasklist: reminders while implementation runs and while the
 * report is awaited, the revision loop to COMPLETED, messages that come at the wrong time, parties that may not
 * act, and the withdrawal that is no longer possible. Every request asks for DIAGNOSTICS from the
 * EASTERN_EUROPEAN group, a combination no other scenario uses; the offers include funding, so each request is
 * funded as soon as it is matched.
 */
abstract class ReportingScenarios extends CaseScenario {

    static final String CATEGORY = "DIAGNOSTICS";
    static final List<String> REGIONS = List.of("EASTERN_EUROPEAN");

    @Test
    void implementationRunsWithProgressRemindersUntilItIsCompleted() {
        String id = funded("GEO", "who-focal", "WHO");
        ProcessInstance instance = walk.request(id);

        Api.Response started = walk.implementation("who-focal", id, "STARTED", "Trainers arrive in Tbilisi on 3 March");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(instance).hasPassed(TASK_AWAIT_IMPLEMENTATION_START).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_COMPLETION);
        JsonNode view = api.as("geo-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("IMPLEMENTATION");
        JsonNode last = view.get("history").get(view.get("history").size() - 1);
        assertThat(last.get("note").asText()).contains("Tbilisi");
        assertThat(last.get("by").asText()).isEqualTo("who-focal");

        walk.letTimePass(Duration.ofDays(29));
        assertThat(instance).hasNotPassed(TIMER_PROGRESS_REPORT_REMINDER);
        walk.letTimePass(Duration.ofDays(2));
        assertThat(instance).hasPassed(TIMER_PROGRESS_REPORT_REMINDER, TASK_SEND_PROGRESS_REMINDER, END_PROGRESS_REMINDER_SENT)
                .isWaitingAt(TASK_AWAIT_IMPLEMENTATION_COMPLETION);
        assertThat(walk.notifications("GEO", id, "PROGRESS_REPORT_DUE")).isEqualTo(1);
        walk.letTimePass(Duration.ofDays(30));
        assertThat(walk.notifications("GEO", id, "PROGRESS_REPORT_DUE")).as("every 30 days while it runs").isEqualTo(2);
        assertThat(instance).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_COMPLETION);

        Api.Response completed = walk.implementation("geo-ncp", id, "COMPLETED", "All 20 staff trained");
        assertThat(completed.status()).as(completed.body()).isEqualTo(202);
        assertThat(instance).isWaitingAt(TASK_SUBMIT_COMPLETION_REPORT);
        assertThat(task(instance)).hasCandidateGroup("sp-GEO");
        assertThat(walk.status(id)).isEqualTo("REPORTING");

        walk.letTimePass(Duration.ofDays(15));
        assertThat(instance).hasPassed(TIMER_COMPLETION_REPORT_REMINDER, TASK_SEND_COMPLETION_REPORT_REMINDER,
                END_COMPLETION_REPORT_REMINDER_SENT).isWaitingAt(TASK_SUBMIT_COMPLETION_REPORT);
        assertThat(walk.notifications("GEO", id, "COMPLETION_REPORT_DUE")).isEqualTo(1);
        walk.letTimePass(Duration.ofDays(14));
        assertThat(walk.notifications("GEO", id, "COMPLETION_REPORT_DUE")).as("every 14 days until submitted").isEqualTo(2);
        assertThat(walk.notifications("GEO", id, "PROGRESS_REPORT_DUE")).as("no progress reminders once it is complete").isEqualTo(2);

        JsonNode reporting = api.as("geo-ncp").get("/api/requests/" + id + "/completion-report").json();
        assertThat(reporting.get("implementation")).hasSize(2);
        assertThat(reporting.get("implementation").get(0).get("event").asText()).isEqualTo("STARTED");
        assertThat(reporting.get("implementation").get(1).get("reportedBy").asText()).isEqualTo("geo-ncp");
    }

    @Test
    void completionReportIsRevisedUntilTheCaseworkerAcceptsItAndTheRequestIsCompleted() {
        String id = reporting("ARM", "fin-ncp", "FIN");
        ProcessInstance instance = walk.request(id);

        Api.Response first = walk.completionReport("arm-ncp", id, "Course held for 18 staff",
                List.of("18 staff trained", "SOPs drafted"), 18);
        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(instance).hasPassed(TASK_RECORD_COMPLETION_REPORT).isWaitingAt(TASK_REVIEW_COMPLETION_REPORT);
        assertThat(task(instance)).hasCandidateGroup("caseworkers");
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "reportOutcomes")).isEqualTo("18 staff trained\nSOPs drafted");

        String review = task(instance).getId();
        assertThat(tasklist.submitForm("caseworker", review, Map.of("reportAccepted", false)).status())
                .as("a revision needs a request").isEqualTo(400);
        Api.Response revise = tasklist.submitForm("caseworker", review,
                Map.of("reportAccepted", false, "revisionRequest", "Please add the list of trained institutions"));
        assertThat(revise.status()).as(revise.body()).isEqualTo(204);

        assertThat(instance).hasPassed(TASK_RECORD_REPORT_REVIEW).isWaitingAt(TASK_SUBMIT_COMPLETION_REPORT);
        String resubmit = task(instance).getId();
        assertThat(engine.getTaskService().getVariable(resubmit, "revisionRequest")).isEqualTo("Please add the list of trained institutions");
        assertThat(engine.getTaskService().getVariableLocal(resubmit, "previousReportSummary")).isEqualTo("Course held for 18 staff");
        assertThat(engine.getTaskService().getVariable(resubmit, "reportSummary")).as("a new round starts empty").isNull();

        // the State answers in its own Tasklist this time: the same task, the same validation
        assertThat(tasklist.submitForm("arm-ncp", resubmit, Map.of("reportSummary", "Course held", "beneficiaries", -1)).status())
                .isEqualTo(400);
        assertThat(tasklist.submitForm("arm-ncp", resubmit, Map.of("reportSummary", "Course held", "beneficiaries", 2.5)).status())
                .isEqualTo(400);
        Map<String, Object> revised = new LinkedHashMap<>();
        revised.put("reportSummary", "Course held for 18 staff of the National Centre for Disease Control and two regional labs");
        revised.put("reportOutcomes", "18 staff trained\nSOPs drafted\nInstitutions: NCDC, Gyumri lab, Vanadzor lab");
        revised.put("beneficiaries", 18);
        Api.Response second = tasklist.submitForm("arm-ncp", resubmit, revised);
        assertThat(second.status()).as(second.body()).isEqualTo(204);
        assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLETION_REPORT);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "revisionRequest")).as("cleared for the new review").isNull();

        assertThat(tasklist.submitForm("caseworker", task(instance).getId(), Map.of("reportAccepted", true)).status()).isEqualTo(204);

        assertThat(instance).hasPassedInOrder(TASK_SUBMIT_COMPLETION_REPORT, TASK_REVIEW_COMPLETION_REPORT, TASK_SUBMIT_COMPLETION_REPORT,
                TASK_REVIEW_COMPLETION_REPORT, END_REQUEST_COMPLETED).isEnded();
        assertThat(walk.status(id)).isEqualTo("COMPLETED");
        JsonNode reports = api.as("arm-ncp").get("/api/requests/" + id + "/completion-report").json().get("reports");
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(reports.get(0).get("reviewOutcome").asText()).isEqualTo("REVISION_REQUESTED");
        assertThat(reports.get(0).get("revisionRequest").asText()).contains("trained institutions");
        assertThat(reports.get(0).get("submittedBy").asText()).isEqualTo("arm-ncp");
        assertThat(reports.get(1).get("reviewOutcome").asText()).isEqualTo("ACCEPTED");
        assertThat(reports.get(1).get("reviewedBy").asText()).isEqualTo("caseworker");
        assertThat(reports.get(1).get("outcomes")).hasSize(3);
        assertThat(walk.completionReport("arm-ncp", id, "Again", List.of(), 1).status()).as("closed").isEqualTo(409);
    }

    @Test
    void badCompletionReportsAreRefusedWithTheFieldNamed() {
        String id = reporting("MDA", "dnk-ncp", "DNK");
        assertBadReport(walk.completionReport("mda-ncp", id, " ", List.of(), 3), "summary");
        assertBadReport(walk.completionReport("mda-ncp", id, "Done", List.of(), -1), "beneficiaries");
        assertBadReport(walk.completionReport("mda-ncp", id, "Done", List.of(), 2.5), "beneficiaries");
        assertBadReport(walk.completionReport("mda-ncp", id, "Done", List.of(), "many"), "beneficiaries");
        assertBadReport(walk.completionReport("mda-ncp", id, "Done", List.of(), null), "beneficiaries");
        assertThat(walk.request(id)).isWaitingAt(TASK_SUBMIT_COMPLETION_REPORT);
        assertThat(api.as("mda-ncp").get("/api/requests/" + id + "/completion-report").json().get("reports")).isEmpty();
    }

    @Test
    void completionReportFromAnyoneButTheRequestingStateIsForbidden() {
        String id = funded("SRB", "swe-ncp", "SWE");
        assertThat(walk.completionReport("srb-ncp", id, "Too early", List.of(), 1).status())
                .as("not awaited before implementation is complete").isEqualTo(409);
        walk.implementation("swe-ncp", id, "STARTED", null);
        walk.implementation("swe-ncp", id, "COMPLETED", null);

        assertThat(walk.completionReport("swe-ncp", id, "By the offeror", List.of(), 1).status()).isEqualTo(403);
        assertThat(walk.completionReport("caseworker", id, "By the secretariat", List.of(), 1).status()).isEqualTo(403);
        // another State does not learn that the request exists
        Api.Response otherState = walk.completionReport("alb-ncp", id, "By another State", List.of(), 1);
        assertThat(otherState.status()).isEqualTo(404);
        assertThat(otherState.contentType()).startsWith("application/problem+json");
        assertThat(walk.request(id)).isWaitingAt(TASK_SUBMIT_COMPLETION_REPORT);
        assertThat(walk.status(id)).isEqualTo("REPORTING");
    }

    @Test
    void implementationMessagesTheProcessDoesNotExpectAnswer409AndChangeNothing() {
        String offer = walk.publishedOffer("nor-ncp", Offers.offer("NOR", CATEGORY, REGIONS, false, 1));
        String id = walk.approved(CaseWalk.exampleRequest("MKD", CATEGORY));
        walk.matched(id, offer, "nor-ncp");
        walk.runDueJobs();
        assertThat(walk.funding(id)).isWaitingFor("PledgeReceived");

        assertThat(walk.implementation("nor-ncp", id, "STARTED", null).status()).as("still raising funds").isEqualTo(409);
        walk.confirmedPledge("nor-ncp", id, "NOR", "119000.00", "USD");
        ProcessInstance instance = walk.request(id);
        assertThat(instance).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);

        Api.Response early = walk.implementation("mkd-ncp", id, "COMPLETED", null);
        assertThat(early.status()).as("not started yet").isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(walk.status(id)).isEqualTo("FUNDING");
        assertThat(walk.implementation("mkd-ncp", id, "STARTED", null).status()).isEqualTo(202);
        assertThat(walk.implementation("nor-ncp", id, "STARTED", "again").status()).as("started once").isEqualTo(409);
        assertThat(walk.status(id)).isEqualTo("IMPLEMENTATION");
        assertThat(walk.implementation("caseworker", id, "COMPLETED", "Confirmed by the ISU").status()).isEqualTo(202);
        assertThat(walk.implementation("mkd-ncp", id, "COMPLETED", null).status()).as("completed once").isEqualTo(409);
        assertThat(walk.status(id)).isEqualTo("REPORTING");
        assertThat(api.as("mkd-ncp").get("/api/requests/" + id + "/completion-report").json().get("implementation"))
                .as("only what the process took").hasSize(2);

        Api.Response unknown = api.as("mkd-ncp").post("/api/requests/" + id + "/implementation", Map.of("event", "PAUSED"));
        assertThat(unknown.status()).isEqualTo(400);
    }

    @Test
    void onlyTheOfferingPartyTheRequestingStateOrTheSecretariatReportImplementation() {
        String id = funded("BIH", "irl-ncp", "IRL");
        assertThat(walk.implementation("alb-ncp", id, "STARTED", null).status()).as("another State").isEqualTo(404);
        assertThat(walk.implementation("who-focal", id, "STARTED", null).status()).as("an uninvolved organisation").isEqualTo(404);
        assertThat(walk.status(id)).isEqualTo("FUNDING");
        assertThat(walk.implementation("caseworker", id, "STARTED", "Confirmed by the ISU").status()).isEqualTo(202);
        assertThat(walk.status(id)).isEqualTo("IMPLEMENTATION");
    }

    @Test
    void withdrawalIsRefusedOnceImplementationHasStarted() {
        String id = funded("MNE", "can-ncp", "CAN");
        walk.implementation("mne-ncp", id, "STARTED", null);

        Api.Response refused = api.as("mne-ncp").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "Changed our minds"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(walk.status(id)).isEqualTo("IMPLEMENTATION");
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_COMPLETION);

        walk.implementation("mne-ncp", id, "COMPLETED", null);
        assertThat(api.as("caseworker").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "Late")).status())
                .as("nor while the report is awaited").isEqualTo(409);
        assertThat(walk.status(id)).isEqualTo("REPORTING");
    }

    // --- path fragments -------------------------------------------------------------------------------

    /** Matched with an offer of {@code party} that includes funding: funded, awaiting the start of implementation. */
    String funded(String state, String offeror, String party) {
        String offer = walk.publishedOffer(offeror, Offers.offer(party, CATEGORY, REGIONS, true, 1));
        String id = walk.approved(CaseWalk.exampleRequest(state, CATEGORY));
        walk.matched(id, offer, offeror);
        walk.runDueJobs();
        assertThat(walk.request(id)).isWaitingAt(TASK_AWAIT_IMPLEMENTATION_START);
        return id;
    }

    /** Funded, implemented: the requesting State's completion report is awaited. */
    String reporting(String state, String offeror, String party) {
        String id = funded(state, offeror, party);
        assertThat(walk.implementation(offeror, id, "STARTED", null).status()).isEqualTo(202);
        assertThat(walk.implementation(offeror, id, "COMPLETED", null).status()).isEqualTo(202);
        assertThat(walk.status(id)).isEqualTo("REPORTING");
        return id;
    }

    static void assertBadReport(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }
}
