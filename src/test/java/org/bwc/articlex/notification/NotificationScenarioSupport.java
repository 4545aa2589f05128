package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application with e-mail delivery on, pointed at a real SMTP server (GreenMail, {@link SmtpServer}). Every
 * notification scenario class extends this one and adds only {@code @ScenarioTest} (and {@code @OnPostgres}), so
 * that they all share one Spring context per database.
 */
abstract class NotificationScenarioSupport extends CaseScenario {

    static final String KENYA_CONTACT = "contact-point.ken@bwc-ncp.example.org";
    static final String WHO_CONTACT = "article-x@who.example.org";
    static final String BASE_URL = "https://articlex.example.org";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("articlex.notification.email.enabled", () -> "true");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SmtpServer::port);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
        registry.add("articlex.public-base-url", () -> BASE_URL + "/");
        // Nauru's contact point is misconfigured; WHO's focal point is configured
        registry.add("articlex.reference.contact-emails.NRU", () -> "nauru contact point");
        registry.add("articlex.notification.organisation-emails.WHO", () -> WHO_CONTACT);
    }

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Notifications notifications;

    TransactionTemplate transaction;
    /** The requests this test created: their jobs are run, and their processes removed at the end. */
    final List<String> cases = new ArrayList<>();

    @BeforeEach
    void startMailServer() {
        SmtpServer.start();
        SmtpServer.purge();
        transaction = new TransactionTemplate(transactions);
    }

    /**
     * Leaves no process of this test behind: the H2 contexts of one test JVM share one in-memory database, and
     * another context (e-mail off, no SMTP server) must never pick up a delivery job or a request of this one.
     */
    @AfterEach
    void restoreMailServerAndClock() {
        SmtpServer.start();
        List<String> open = new ArrayList<>(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID).list().stream().map(ProcessInstance::getId).toList());
        for (String id : cases) {
            engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(id).list()
                    .forEach(instance -> open.add(instance.getRootProcessInstanceId()));
        }
        engine.getRuntimeService().deleteProcessInstancesIfExists(open.stream().distinct().toList(), "end of test", true, true, false);
    }

    // --- jobs and time -------------------------------------------------------------------------------------

    /**
     * Runs the due jobs of this test's requests and of every notification delivery, as the job executor would,
     * until none is left. Jobs of other contexts' cases (the H2 contexts of one JVM share one database) are left
     * alone. A failing job throws.
     */
    void runDueJobs() {
        List<Exception> failures = runDueJobsAllowingFailures();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A job failed", failures.get(0));
        }
    }

    /**
     * {@link #runDueJobs()}, but a failing job does not stop the run: the engine handles the failure as the job
     * executor would (retries, back-off to a later due date, an incident after the last retry); the failures are
     * returned.
     */
    List<Exception> runDueJobsAllowingFailures() {
        ManagementService management = engine.getManagementService();
        List<Exception> failures = new ArrayList<>();
        for (int executed = 0; executed < 10_000; executed++) {
            // one at a time: a job may remove others (a timer of an event-based gateway cancels its siblings)
            Job next = management.createJobQuery().executable().list().stream().filter(this::ours).findFirst().orElse(null);
            if (next == null) {
                return failures;
            }
            try {
                management.executeJob(next.getId());
            } catch (RuntimeException failure) {
                failures.add(failure);
            }
        }
        throw new IllegalStateException("Jobs keep creating jobs, or keep failing without back-off");
    }

    void letTimePass(Duration duration) {
        moveClock(duration);
        runDueJobs();
    }

    List<Exception> letTimePassAllowingFailures(Duration duration) {
        moveClock(duration);
        return runDueJobsAllowingFailures();
    }

    private static void moveClock(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
    }

    private boolean ours(Job job) {
        if (job.getProcessInstanceId() == null) {
            return false;
        }
        if (NotificationDeliveryProcess.PROCESS_ID.equals(job.getProcessDefinitionKey())) {
            return true;
        }
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(job.getProcessInstanceId()).singleResult();
        if (instance == null) {
            return false;
        }
        ProcessInstance root = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(instance.getRootProcessInstanceId()).singleResult();
        return root != null && cases.contains(root.getBusinessKey());
    }

    // --- path fragments of a request -------------------------------------------------------------------

    String submitted(String state) {
        Api.Response response = api.as(state.toLowerCase() + "-ncp").post("/api/requests", Requests.from(state));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asText();
        cases.add(id);
        return id;
    }

    String underReview(String state) {
        String id = submitted(state);
        runDueJobs();
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        return id;
    }

    void askForClarification(String id, String question) {
        assertThat(submitForm("caseworker", task(id, AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS),
                Map.of("complete", false, "clarificationQuestion", question))).isEqualTo(204);
    }

    /** Submitted by {@code user}, found complete and screened: the case's reference. */
    String reviewed(String user, Map<String, Object> body) {
        Api.Response submitted = api.as(user).post("/api/requests", body);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        cases.add(id);
        runDueJobs();
        reviewComplete(id);
        runDueJobs();
        return id;
    }

    void reviewComplete(String id) {
        assertThat(submitForm("caseworker", task(id, AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS),
                Map.of("complete", true))).isEqualTo(204);
    }

    String task(String id, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(taskKey)
                .singleResult().getId();
    }

    int submitForm(String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return api.as(user).post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables)).status();
    }


    List<String> history(String id) {
        JsonNode view = api.as("caseworker").get("/api/requests/" + id).json();
        return StreamSupport.stream(view.get("history").spliterator(), false).map(h -> h.get("status").asText()).toList();
    }

    // --- notifications ------------------------------------------------------------------------------------

    /** A notification to any party, through the API other features call, in a transaction of its own. */
    String notify(String party, String caseId, String event, String message, Instant deadline) {
        return transaction.execute(tx -> notifications.notifyParty(party, caseId, event, message, deadline));
    }

    /** The feed entries of one case, oldest first, as the State's (or organisation's) user sees them. */
    List<JsonNode> feed(String path, String user, String caseId) {
        Api.Response response = api.as(user).get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().forEach(entry -> {
            if (entry.get("requestId").asText().equals(caseId)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    List<JsonNode> stateFeed(String state, String caseId) {
        return feed("/api/states/" + state + "/notifications", "caseworker", caseId);
    }

    /** The secretariat's view of one notification (with the delivery error). */
    JsonNode notification(String id) {
        Api.Response response = api.as("caseworker").get("/api/notifications/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    ProcessInstance delivery(String notificationId) {
        List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID).processInstanceBusinessKey(notificationId)
                .list();
        assertThat(instances).hasSize(1);
        return instances.get(0);
    }

    static String expectedMessageId(String notificationId) {
        return "<notification." + notificationId + "@articlex.example.org>";
    }

    /** The plain-text part, with the line ends of SMTP (CRLF) read as Java's. */
    static String text(MimeMessage message) {
        String text = part(message, "text/plain");
        return text == null ? null : text.replace("\r\n", "\n");
    }

    static String html(MimeMessage message) {
        String html = part(message, "text/html");
        return html == null ? null : html.replace("\r\n", "\n");
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
