package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.BOUNDARY_RECIPIENT_UNDELIVERABLE;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.END_NOTIFICATION_SENT;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.END_NOTIFICATION_UNDELIVERABLE;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.PROCESS_ID;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.START_NOTIFICATION_CREATED;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.TASK_RECORD_NOTIFICATION_UNDELIVERABLE;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.TASK_SEND_NOTIFICATION_EMAIL;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.bwc.articlex.support.Api;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code notification-delivery}, against a real SMTP server that the tests stop and start: sent;
 * retried, then sent; undeliverable; retries exhausted (incident, FAILED) and re-sent. Run on H2 and on PostgreSQL.
 */
abstract class NotificationDeliveryScenarios extends NotificationScenarioSupport {

    /** The waits of the default retry cycle PT1M,PT5M,PT15M,PT1H,PT4H, each with a little slack. */
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(2), Duration.ofMinutes(6), Duration.ofMinutes(16),
            Duration.ofMinutes(61), Duration.ofMinutes(241));

    @Autowired
    NotificationDelivery delivery;

    @Test
    void notificationIsEmailedOnceWithAMessageIdOfItsOwn() {
        String id = notify("KEN", "OFF-2030-0001", "OFFER_PUBLISHED", "Your offer is published.", null);
        ProcessInstance instance = delivery(id);
        assertThat(instance).isWaitingAt(TASK_SEND_NOTIFICATION_EMAIL);
        assertThat(notification(id).get("email").asText()).isEqualTo("PENDING");
        assertThat(SmtpServer.about("OFF-2030-0001")).isEmpty(); // nothing before the job runs, after commit

        runDueJobs();

        assertThat(instance).hasPassedInOrder(START_NOTIFICATION_CREATED, TASK_SEND_NOTIFICATION_EMAIL, END_NOTIFICATION_SENT)
                .isEnded();
        List<MimeMessage> mails = SmtpServer.about("OFF-2030-0001");
        assertThat(mails).hasSize(1);
        assertThat(SmtpServer.messageId(mails.get(0))).isEqualTo(expectedMessageId(id));
        assertThat(SmtpServer.recipient(mails.get(0))).isEqualTo(KENYA_CONTACT);
        JsonNode sent = notification(id);
        assertThat(sent.get("email").asText()).isEqualTo("SENT");
        assertThat(sent.get("attempts").asInt()).isEqualTo(1);
        assertThat(sent.get("sentAt").isNull()).isFalse();
    }

    @Test
    void deliveryIsRetriedWhileTheServerIsDownAndSucceedsOnceItIsBack() {
        SmtpServer.stop();
        String id = notify("KEN", "OFF-2030-0002", "OFFER_PUBLISHED", "Your offer is published.", null);
        ProcessInstance instance = delivery(id);

        assertThat(runDueJobsAllowingFailures()).isNotEmpty();
        assertThat(letTimePassAllowingFailures(BACK_OFF.get(0))).isNotEmpty();
        JsonNode retrying = notification(id);
        assertThat(retrying.get("email").asText()).isEqualTo("PENDING");
        assertThat(retrying.get("attempts").asInt()).isEqualTo(2);
        assertThat(retrying.get("emailError").asText()).containsIgnoringCase("connect");
        Job job = sendJob(instance);
        assertThat(job.getRetries()).isEqualTo(4);
        assertThat(job.getDuedate()).isNotNull();
        assertThat(instance).isWaitingAt(TASK_SEND_NOTIFICATION_EMAIL);
        assertThat(runDueJobsAllowingFailures()).as("back-off: not due again at once").isEmpty();

        SmtpServer.start();
        letTimePass(BACK_OFF.get(1));

        assertThat(instance).hasPassedInOrder(START_NOTIFICATION_CREATED, TASK_SEND_NOTIFICATION_EMAIL, END_NOTIFICATION_SENT)
                .isEnded();
        assertThat(SmtpServer.about("OFF-2030-0002")).hasSize(1);
        JsonNode sent = notification(id);
        assertThat(sent.get("email").asText()).isEqualTo("SENT");
        assertThat(sent.get("attempts").asInt()).isEqualTo(3);
        assertThat(sent.get("emailError").isNull()).isTrue();
    }

    @Test
    void exhaustedRetriesOpenAnIncidentAndShowFailedUntilAReSendDeliversItOnce() {
        SmtpServer.stop();
        String id = notify("KEN", "OFF-2030-0003", "OFFER_PUBLISHED", "Your offer is published.", null);
        ProcessInstance instance = delivery(id);
        runDueJobsAllowingFailures();
        BACK_OFF.forEach(this::letTimePassAllowingFailures);

        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(TASK_SEND_NOTIFICATION_EMAIL);
        assertThat(sendJob(instance).getRetries()).isZero();
        JsonNode failed = notification(id);
        assertThat(failed.get("email").asText()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(6);
        assertThat(failed.get("emailError").asText()).contains("after all retries");
        assertThat(stateFeed("KEN", "OFF-2030-0003")).extracting(n -> n.get("email").asText()).containsExactly("FAILED");
        assertThat(feed("/api/notifications?email=FAILED", "manager", "OFF-2030-0003")).hasSize(1);
        assertThat(SmtpServer.about("OFF-2030-0003")).isEmpty();

        SmtpServer.start();
        assertThat(api.as("ken-ncp").post("/api/notifications/" + id + "/resend", null).status()).isEqualTo(403);
        Api.Response resent = api.as("caseworker").post("/api/notifications/" + id + "/resend", null);
        assertThat(resent.status()).as(resent.body()).isEqualTo(202);
        assertThat(resent.json().get("email").asText()).isEqualTo("PENDING");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        runDueJobs();

        assertThat(instance).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(SmtpServer.about("OFF-2030-0003")).hasSize(1);
        assertThat(notification(id).get("email").asText()).isEqualTo("SENT");
        assertThat(api.as("caseworker").post("/api/notifications/" + id + "/resend", null).status()).isEqualTo(409);
        runDueJobs();
        assertThat(SmtpServer.about("OFF-2030-0003")).hasSize(1);
    }

    @Test
    void anInvalidAddressIsReportedAsFailedWithoutRetries() {
        String id = notify("NRU", "OFF-2030-0004", "OFFER_PUBLISHED", "Your offer is published.", null);
        ProcessInstance instance = delivery(id);

        runDueJobs();

        assertThat(instance).hasPassedInOrder(START_NOTIFICATION_CREATED, TASK_SEND_NOTIFICATION_EMAIL,
                BOUNDARY_RECIPIENT_UNDELIVERABLE, TASK_RECORD_NOTIFICATION_UNDELIVERABLE, END_NOTIFICATION_UNDELIVERABLE)
                .hasNotPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        JsonNode failed = notification(id);
        assertThat(failed.get("email").asText()).isEqualTo("FAILED");
        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.get("emailError").asText()).startsWith("Invalid recipient address");
        assertThat(feed("/api/states/NRU/notifications", "nru-ncp", "OFF-2030-0004"))
                .extracting(n -> n.get("email").asText()).containsExactly("FAILED");
        assertThat(SmtpServer.received()).noneMatch(m -> SmtpServer.subject(m).startsWith("[OFF-2030-0004]"));

        // a re-send with the address still wrong fails the same way, once: no endless retries
        assertThat(api.as("caseworker").post("/api/notifications/" + id + "/resend", null).status()).isEqualTo(202);
        runDueJobs();
        assertThat(notification(id).get("email").asText()).isEqualTo("FAILED");
        assertThat(notification(id).get("attempts").asInt()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(id).completed().count()).isEqualTo(2);
    }

    @Test
    void aNotificationAlreadySentIsNeverSentAgain() {
        String id = notify("KEN", "OFF-2030-0005", "OFFER_PUBLISHED", "Your offer is published.", null);
        runDueJobs();
        assertThat(SmtpServer.about("OFF-2030-0005")).hasSize(1);

        // as if the job ran again after SENT was committed (its own transaction lost): a second delivery instance
        ProcessInstance again = transaction.execute(tx -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_ID, id));
        runDueJobs();
        delivery.deliver(id);

        assertThat(again).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(SmtpServer.about("OFF-2030-0005")).hasSize(1);
        assertThat(notification(id).get("attempts").asInt()).isEqualTo(1);
        Api.Response resend = api.as("caseworker").post("/api/notifications/" + id + "/resend", null);
        assertThat(resend.status()).isEqualTo(409);
        assertThat(resend.json().get("detail").asText()).contains("never sent twice");
        assertThat(api.as("caseworker").post("/api/notifications/no-such-id/resend", null).status()).isEqualTo(404);
    }

    @Test
    void aReSendWhileStillRetryingTriesAtOnceWithoutASecondDelivery() {
        SmtpServer.stop();
        String id = notify("KEN", "OFF-2030-0006", "OFFER_PUBLISHED", "Your offer is published.", null);
        ProcessInstance instance = delivery(id);
        runDueJobsAllowingFailures();
        assertThat(runDueJobsAllowingFailures()).isEmpty();

        SmtpServer.start();
        assertThat(api.as("admin").post("/api/notifications/" + id + "/resend", null).status()).isEqualTo(202);
        runDueJobs();

        assertThat(instance).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(id).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(id).count()).isEqualTo(1);
        assertThat(SmtpServer.about("OFF-2030-0006")).hasSize(1);
    }

    private Job sendJob(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }
}
