package org.bwc.articlex.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_LAPSED;
import static org.bwc.articlex.process.AssistanceRequestProcess.END_REQUEST_WITHDRAWN;
import static org.bwc.articlex.process.AssistanceRequestProcess.START_REQUEST_SUBMITTED;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_SCREEN_ARTICLE_III;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;
import static org.bwc.articlex.process.AssistanceRequestProcess.TIMER_CLARIFICATION_LAPSED;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of the intake part of {@code assistance-request}, driven through its real entry points: the
 * project API, the engine REST API Tasklist uses, and time passing. Run on H2 and on PostgreSQL.
 */
abstract class IntakeScenarios extends CaseScenario {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmissionIsLoggedAsTheStatesStartNotAsAuthorizationsTheStateCreated() {
        Api.Response submitted = api.as("ken-ncp").post("/api/requests", Requests.kenyaTraining());
        assertThat(submitted.status()).isEqualTo(201);
        ProcessInstance instance = driver.instance(submitted.json().get("id").asText());
        var log = engine.getHistoryService().createUserOperationLogQuery().processInstanceId(instance.getId());
        assertThat(log.list()).extracting(entry -> entry.getEntityType() + " " + entry.getOperationType())
                .as("the case's operation log").isNotEmpty().doesNotContain("Authorization Create");
        assertThat(engine.getHistoryService().createUserOperationLogQuery().entityType("Authorization").userId("ken-ncp").count())
                .as("authorizations logged as the State's own operations").isZero();
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn("sp-KEN")
                .resourceId(instance.getId()).count()).as("the State's grants on its case").isEqualTo(2);
    }

    @Test
    void aReviewedRequestKeepsItsHistoryWithoutTheCopiesOfItsCaseData() {
        String id = api.as("ken-ncp").post("/api/requests", Requests.kenyaTraining()).json().get("id").asText();
        ProcessInstance instance = driver.instance(id);
        driver.runDueJobs();
        String review = reviewTask(id);
        JsonNode form = api.as("caseworker").get("/engine-rest/task/" + review + "/form-variables").json();
        assertThat(form.path("requestTitle").path("value").asText()).as("the form's read-only field")
                .isEqualTo(Requests.kenyaTraining().get("title"));
        assertThat(form.path("caseReference").path("value").asText()).as("the filters' column").isEqualTo(id);
        assertThat(submitForm("caseworker", review, Map.of("complete", true))).isEqualTo(204);

        var history = engine.getHistoryService();
        assertThat(engine.getManagementService().getHistoryLevel()).as("the id kept in the database: full's").isEqualTo(3);
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count())
                .as("a row per value a variable took").isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(v -> v.getName() + "=" + v.getValue())
                .as("the case's variables and the decision, not the copies of its data on the task")
                .contains("requestingState=KEN", "stateGroup=sp-KEN", "status=SCREENING", "complete=true")
                .noneMatch(v -> v.startsWith("request") && !v.startsWith("requestingState=") || v.startsWith("case"));
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(TASK_REVIEW_COMPLETENESS).finished().count()).isEqualTo(1);
        assertThat(instance).hasPassedInOrder(START_REQUEST_SUBMITTED, TASK_REVIEW_COMPLETENESS);
        assertThat(history.createUserOperationLogQuery().processInstanceId(instance.getId()).operationType("Complete")
                .count()).as("the review in the operation log").isEqualTo(1);
    }

    @Test
    void completeRequestGoesOnToScreening() {
        Api.Response submitted = api.as("ken-ncp").post("/api/requests", Requests.kenyaTraining());
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        assertThat(id).matches("REQ-\\d{4}-\\d{4}");
        assertThat(submitted.header("Location")).isEqualTo("/api/requests/" + id);
        assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
        ProcessInstance instance = driver.instance(id);
        assertThat(job(instance)).hasActivityId(START_REQUEST_SUBMITTED);

        driver.runDueJobs();
        assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLETENESS);
        assertThat(task(instance)).hasCandidateGroup("caseworkers").hasName("Review request for completeness \u2014 " + id + ", Kenya");
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");

        assertThat(submitForm("caseworker", reviewTask(id), Map.of("complete", true))).isEqualTo(204);

        assertThat(job(instance)).hasActivityId(TASK_SCREEN_ARTICLE_III);
        assertThat(instance).hasPassedInOrder(START_REQUEST_SUBMITTED, TASK_REVIEW_COMPLETENESS);
        JsonNode view = api.as("ken-ncp").get("/api/requests/" + id).json();
        assertThat(statuses(view)).startsWith("SUBMITTED", "UNDER_REVIEW", "SCREENING");
        assertThat(view.get("history").get(2).get("by").asText()).isEqualTo("caseworker");
    }

    @Test
    void clarificationAnsweredOverTheApiReturnsTheRequestToReview() {
        String id = underReview();
        ProcessInstance instance = driver.instance(id);
        askForClarification(id, "Which BSL-2 cabinets does the laboratory already have?");

        assertThat(instance).isWaitingAt(TASK_PROVIDE_CLARIFICATION);
        assertThat(task(instance)).hasCandidateGroup("sp-KEN").hasName("Provide clarification \u2014 " + id + ", Kenya");
        JsonNode asked = api.as("ken-ncp").get("/api/requests/" + id).json();
        assertThat(asked.get("status").asText()).isEqualTo("CLARIFICATION_REQUESTED");
        assertThat(last(asked).get("note").asText()).isEqualTo("Which BSL-2 cabinets does the laboratory already have?");

        Api.Response answered = api.as("ken-ncp").post("/api/requests/" + id + "/clarification",
                Map.of("answer", "None: the two requested would be the first."));
        assertThat(answered.status()).isEqualTo(202);

        assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLETENESS);
        JsonNode view = api.as("ken-ncp").get("/api/requests/" + id).json();
        assertThat(statuses(view)).containsExactly("SUBMITTED", "UNDER_REVIEW", "CLARIFICATION_REQUESTED", "UNDER_REVIEW");
        assertThat(last(view).get("note").asText()).isEqualTo("None: the two requested would be the first.");
        assertThat(last(view).get("by").asText()).isEqualTo("ken-ncp");

        assertThat(submitForm("caseworker", reviewTask(id), Map.of("complete", true))).isEqualTo(204);
        assertThat(job(instance)).hasActivityId(TASK_SCREEN_ARTICLE_III);
    }

    @Test
    void clarificationAnsweredInTheStatesTasklistCompletesTheSameTask() {
        String id = underReview();
        ProcessInstance instance = driver.instance(id);
        askForClarification(id, "Please state the facility's biosafety level.");
        Task clarification = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();

        // the State's own Tasklist shows the task (candidate group sp-KEN); the same form variables complete it
        assertThat(candidateGroups(clarification)).containsExactly("sp-KEN");
        assertThat(submitForm("ken-ncp", clarification.getId(), Map.of("clarificationAnswer", "BSL-2"))).isEqualTo(204);
        assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLETENESS);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void requestLapsesWhenNoClarificationArrives() {
        String id = underReview();
        ProcessInstance instance = driver.instance(id);
        Instant asked = Instant.now();
        askForClarification(id, "Who is the end user?");

        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(Duration.between(asked, timer.getDuedate().toInstant()).toDays()).isEqualTo(30);

        driver.letTimePass(Duration.ofDays(29));
        assertThat(instance).isWaitingAt(TASK_PROVIDE_CLARIFICATION);

        driver.letTimePass(Duration.ofDays(2));
        assertThat(instance).hasPassed(TIMER_CLARIFICATION_LAPSED, END_REQUEST_LAPSED).isEnded();
        assertThat(status(id)).isEqualTo("LAPSED");
        assertThat(api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", "Too late")).status())
                .isEqualTo(409);
    }

    @Test
    void stateWithdrawsBeforeTheReviewStarts() {
        String id = submitted();
        ProcessInstance instance = driver.instance(id);
        assertThat(withdraw(id).status()).isEqualTo(202);
        assertThat(instance).hasPassed(END_REQUEST_WITHDRAWN).isEnded();
        assertThat(status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void stateWithdrawsDuringCompletenessReview() {
        String id = underReview();
        ProcessInstance instance = driver.instance(id);
        assertThat(withdraw(id).status()).isEqualTo(202);
        assertThat(instance).hasPassed(END_REQUEST_WITHDRAWN).hasNotPassed(TASK_SCREEN_ARTICLE_III).isEnded();
        JsonNode view = api.as("ken-ncp").get("/api/requests/" + id).json();
        assertThat(view.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(last(view).get("note").asText()).isEqualTo("Funded bilaterally in the meantime");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void stateWithdrawsWhileAClarificationIsPending() {
        String id = underReview();
        ProcessInstance instance = driver.instance(id);
        askForClarification(id, "Which facility?");
        assertThat(withdraw(id).status()).isEqualTo(202);
        assertThat(instance).hasPassed(END_REQUEST_WITHDRAWN).hasNotPassed(END_REQUEST_LAPSED).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void withdrawalOfAnEndedCaseIsAConflictAndChangesNothing() {
        String id = underReview();
        withdraw(id);
        Api.Response again = withdraw(id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(statuses(api.as("ken-ncp").get("/api/requests/" + id).json()))
                .containsExactly("SUBMITTED", "UNDER_REVIEW", "WITHDRAWN");
    }

    @Test
    void clarificationWhenNoneWasAskedIsAConflict() {
        String id = underReview();
        Api.Response response = api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", "Unasked"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detail").asText()).contains("No clarification has been asked");
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void reviewSayingIncompleteWithoutAQuestionIsRefusedWhicheverWayItComes() {
        String id = underReview();
        ProcessInstance instance = driver.instance(id);
        String taskId = reviewTask(id);

        Api.Response submitForm = engineRest("caseworker", "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("complete", false));
        assertThat(submitForm.status()).isEqualTo(400);
        assertThat(submitForm.body()).contains("clarificationQuestion").contains("is required");

        Api.Response complete = engineRest("caseworker", "/engine-rest/task/" + taskId + "/complete",
                Map.of("complete", false, "clarificationQuestion", "   "));
        assertThat(complete.status()).isEqualTo(400);

        Api.Response noDecision = engineRest("caseworker", "/engine-rest/task/" + taskId + "/complete", Map.of());
        assertThat(noDecision.status()).isEqualTo(400);
        assertThat(noDecision.body()).contains("complete");

        assertThat(instance).isWaitingAt(TASK_REVIEW_COMPLETENESS);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aQuestionFromAnEarlierRoundDoesNotCountForTheNextReview() {
        String id = underReview();
        askForClarification(id, "First question");
        api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", "First answer"));

        assertThat(submitForm("caseworker", reviewTask(id), Map.of("complete", false))).isEqualTo(400);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void blankClarificationAnswerIsRefused() {
        String id = underReview();
        askForClarification(id, "Which facility?");
        Api.Response blank = api.as("ken-ncp").post("/api/requests/" + id + "/clarification", Map.of("answer", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asText()).isEqualTo("answer");
        Task clarification = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_PROVIDE_CLARIFICATION)
                .processInstanceBusinessKey(id).singleResult();
        assertThat(submitForm("ken-ncp", clarification.getId(), Map.of("clarificationAnswer", ""))).isEqualTo(400);
        assertThat(status(id)).isEqualTo("CLARIFICATION_REQUESTED");
    }

    /**
     * Jackson would take a number or a boolean for text ({@code "title": 123} stored as "123"): each is the caller's
     * mistake, refused naming the field, with nothing written. The field path and the value sent, then the message.
     */
    static Stream<Arguments> numbersAndBooleansWhereTextBelongs() {
        return Stream.of(
                Arguments.of("title", 123),
                Arguments.of("title", true),
                Arguments.of("title", -1.5),
                Arguments.of("description", false),
                Arguments.of("items[0].description", 5),
                Arguments.of("items[1].controlCode", 1.0),
                Arguments.of("endUse.statement", 42),
                Arguments.of("estimatedCost.amount", 85000),
                Arguments.of("estimatedCost.currency", true),
                Arguments.of("requestingState", 404),
                Arguments.of("preferredLanguage", false),
                Arguments.of("providers[0]", 276));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("numbersAndBooleansWhereTextBelongs")
    void aNumberOrBooleanSentForATextFieldIsRefusedNamingTheFieldAndWritesNothing(String field, Object value) {
        Map<String, Object> body = Requests.kenyaTraining();
        if (field.startsWith("providers")) {
            body.put("circulation", "NAMED_PROVIDERS");
            body.put("providers", new ArrayList<>(List.of("DEU")));
        }
        put(body, field, value);
        long requests = jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single();
        long history = jdbc.sql("SELECT COUNT(*) FROM request_status_history").query(Long.class).single();
        long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

        Api.Response refused = api.as("ken-ncp").post("/api/requests", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).as(refused.body()).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
        assertThat(errors.get(0).get("message").asText()).isEqualTo("must be text, not a number or true/false");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assistance_request").query(Long.class).single()).as("no request").isEqualTo(requests);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request_status_history").query(Long.class).single()).isEqualTo(history);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("no process").isEqualTo(instances);
        // the same body with text in that field is a request
        put(body, field, textFor(field));
        Api.Response accepted = api.as("ken-ncp").post("/api/requests", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }

    /** Valid text for each field of the table above. */
    private static String textFor(String field) {
        return switch (field) {
            case "estimatedCost.amount" -> "85000.00";
            case "estimatedCost.currency" -> "USD";
            case "requestingState" -> "KEN";
            case "preferredLanguage" -> "en";
            case "providers[0]" -> "DEU";
            default -> "Text where text belongs";
        };
    }

    /** Sets a value in the body at a path such as {@code items[0].description} or {@code endUse.statement}. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> body, String path, Object value) {
        Object parent = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            boolean last = i == parts.length - 1;
            Map<String, Object> map = (Map<String, Object>) parent;
            if (bracket < 0) {
                if (last) {
                    map.put(name, value);
                } else {
                    parent = map.get(name);
                }
                continue;
            }
            int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            List<Object> list = (List<Object>) map.get(name);
            if (last) {
                list.set(index, value);
            } else {
                parent = list.get(index);
            }
        }
    }

    // --- path fragments -------------------------------------------------------------------------------

    String submitted() {
        Api.Response response = api.as("ken-ncp").post("/api/requests", Requests.kenyaTraining());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    String underReview() {
        String id = submitted();
        driver.runDueJobs();
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        return id;
    }

    void askForClarification(String id, String question) {
        assertThat(submitForm("caseworker", reviewTask(id), Map.of("complete", false, "clarificationQuestion", question)))
                .isEqualTo(204);
    }

    Api.Response withdraw(String id) {
        return api.as("ken-ncp").post("/api/requests/" + id + "/withdrawal", Map.of("reason", "Funded bilaterally in the meantime"));
    }

    String reviewTask(String id) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey(TASK_REVIEW_COMPLETENESS).singleResult().getId();
    }

    /** What Tasklist does when a user submits a Camunda Form. */
    int submitForm(String user, String taskId, Map<String, Object> values) {
        return engineRest(user, "/engine-rest/task/" + taskId + "/submit-form", values).status();
    }

    Api.Response engineRest(String user, String path, Map<String, Object> values) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return api.as(user).post(path, Map.of("variables", variables));
    }


    List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    static List<String> statuses(JsonNode view) {
        return java.util.stream.StreamSupport.stream(view.get("history").spliterator(), false)
                .map(h -> h.get("status").asText()).toList();
    }

    static JsonNode last(JsonNode view) {
        return view.get("history").get(view.get("history").size() - 1);
    }
}
