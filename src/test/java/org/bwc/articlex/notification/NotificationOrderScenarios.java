package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.BOUNDARY_RECIPIENT_UNDELIVERABLE;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.END_NOTIFICATION_SENT;
import static org.bwc.articlex.notification.NotificationDeliveryProcess.END_NOTIFICATION_UNDELIVERABLE;
import static org.awaitility.Awaitility.await;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A party receives a case's e-mails in the order of its changes, although each notification is delivered by a job of
 * its own and the jobs race (docs/notifications.md, "Order"). Against a real SMTP server, on H2 and on PostgreSQL.
 */
abstract class NotificationOrderScenarios extends NotificationScenarioSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void whenTheSecondNotificationsJobRunsFirstTheFirstArrivesFirstAndItsOwnJobSendsNothing() {
        String first = notify("KEN", "OFF-2031-0001", "OFFER_PUBLISHED", "Your offer is published.", null);
        String second = notify("KEN", "OFF-2031-0001", "OFFER_WITHDRAWN", "Your offer is withdrawn.", null);
        ProcessInstance firstDelivery = delivery(first);
        ProcessInstance secondDelivery = delivery(second);

        execute(sendJob(secondDelivery));

        assertThat(secondDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(messageIds("OFF-2031-0001")).containsExactly(expectedMessageId(first), expectedMessageId(second));
        assertThat(notification(first).get("email").asText()).isEqualTo("SENT");
        assertThat(notification(second).get("email").asText()).isEqualTo("SENT");

        execute(sendJob(firstDelivery));

        assertThat(firstDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(messageIds("OFF-2031-0001")).containsExactly(expectedMessageId(first), expectedMessageId(second));
        assertThat(notification(first).get("attempts").asInt()).isEqualTo(1);
        assertThat(notification(second).get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void whileTheServerIsDownTwoNotificationsWaitAndAfterwardsArriveOnceInOrder() {
        SmtpServer.stop();
        String first = notify("KEN", "OFF-2031-0002", "OFFER_PUBLISHED", "Your offer is published.", null);
        String second = notify("KEN", "OFF-2031-0002", "OFFER_WITHDRAWN", "Your offer is withdrawn.", null);
        ProcessInstance firstDelivery = delivery(first);
        ProcessInstance secondDelivery = delivery(second);
        assertThat(runDueJobsAllowingFailures()).hasSize(2);
        assertThat(notification(second).get("email").asText()).isEqualTo("PENDING");
        assertThat(notification(second).get("emailError").asText()).contains(first);

        SmtpServer.start();
        moveClockAndRun(secondDelivery, NotificationDeliveryScenarios.BACK_OFF.get(0));

        assertThat(messageIds("OFF-2031-0002")).containsExactly(expectedMessageId(first), expectedMessageId(second));
        runDueJobs();
        assertThat(firstDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(secondDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(messageIds("OFF-2031-0002")).containsExactly(expectedMessageId(first), expectedMessageId(second));
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(notification(first).get("email").asText()).isEqualTo("SENT");
        assertThat(notification(second).get("email").asText()).isEqualTo("SENT");
    }

    @Test
    void anUndeliverableEarlierNotificationDoesNotHoldBackALaterOne() {
        String first = notify("KEN", "OFF-2031-0003", "OFFER_PUBLISHED", "Your offer is published.", null);
        String second = notify("KEN", "OFF-2031-0003", "OFFER_WITHDRAWN", "Your offer is withdrawn.", null);
        // the contact point's address was broken when the first was written, and fixed before the second
        transaction.executeWithoutResult(tx -> jdbc.sql("UPDATE notification SET recipient_address = 'ken contact point' WHERE id = ?")
                .param(first).update());
        ProcessInstance firstDelivery = delivery(first);
        ProcessInstance secondDelivery = delivery(second);

        execute(sendJob(secondDelivery));

        assertThat(secondDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(messageIds("OFF-2031-0003")).containsExactly(expectedMessageId(second));
        assertThat(notification(first).get("email").asText()).isEqualTo("FAILED");
        assertThat(notification(first).get("emailError").asText()).startsWith("Invalid recipient address");

        execute(sendJob(firstDelivery));

        assertThat(firstDelivery).hasPassedInOrder(BOUNDARY_RECIPIENT_UNDELIVERABLE, END_NOTIFICATION_UNDELIVERABLE)
                .hasNotPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(firstDelivery.getId()).count()).isZero();
        assertThat(notification(first).get("attempts").asInt()).isEqualTo(1);
        assertThat(messageIds("OFF-2031-0003")).containsExactly(expectedMessageId(second));
    }

    @Test
    void anEarlierNotificationWithoutADeliveryOfItsOwnIsNotSentByALaterOne() {
        // as if it was written while e-mail was switched off: in the feed only, PENDING for ever
        String feedOnly = notify("KEN", "OFF-2031-0004", "OFFER_PUBLISHED", "Your offer is published.", null);
        engine.getRuntimeService().deleteProcessInstance(delivery(feedOnly).getId(), "e-mail was off");
        String later = notify("KEN", "OFF-2031-0004", "OFFER_WITHDRAWN", "Your offer is withdrawn.", null);

        runDueJobs();

        assertThat(messageIds("OFF-2031-0004")).containsExactly(expectedMessageId(later));
        assertThat(notification(feedOnly).get("email").asText()).isEqualTo("PENDING");
    }

    @Test
    void twoJobsOfOneCaseRunningAtOnceDeliverEachE_mailOnceAndInOrder() throws Exception {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String caseId = "OFF-2031-01%02d".formatted(i);
            pairs.add(new String[] {caseId, notify("KEN", caseId, "OFFER_PUBLISHED", "Your offer is published.", null),
                    notify("KEN", caseId, "OFFER_WITHDRAWN", "Your offer is withdrawn.", null)});
        }
        for (String[] pair : pairs) {
            Job firstJob = sendJob(delivery(pair[1]));
            Job secondJob = sendJob(delivery(pair[2]));
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Void> a = CompletableFuture.runAsync(() -> executeAfter(together, firstJob));
            CompletableFuture<Void> b = CompletableFuture.runAsync(() -> executeAfter(together, secondJob));
            CompletableFuture.allOf(a, b).get();
        }

        for (String[] pair : pairs) {
            assertThat(messageIds(pair[0])).as(pair[0]).containsExactly(expectedMessageId(pair[1]), expectedMessageId(pair[2]));
            assertThat(delivery(pair[1], END_NOTIFICATION_SENT)).isTrue();
            assertThat(delivery(pair[2], END_NOTIFICATION_SENT)).isTrue();
        }
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    /*
     * The database goes away just after the SMTP server accepted an e-mail: SENT cannot be committed with the send, and
     * the row locks that kept the case's other deliveries off it are gone with the connection. The delivery keeps
     * trying to record SENT; meanwhile the database answers everyone else again (RELIABILITY.md, scenario 2).
     */

    @Test
    void aLaterE_mailsJobDoesNotSendAgainAnEarlierOneAcceptedWhileItsSentCouldNotBeRecorded() throws Exception {
        String first = notify("KEN", "OFF-2031-0005", "OFFER_PUBLISHED", "Your offer is published.", null);
        String second = notify("KEN", "OFF-2031-0005", "OFFER_WITHDRAWN", "Your offer is withdrawn.", null);
        ProcessInstance firstDelivery = delivery(first);
        ProcessInstance secondDelivery = delivery(second);
        try (SentRecordRefused away = SentRecordRefused.of(first, dataSource)) {
            CompletableFuture<Void> firstJob = CompletableFuture.runAsync(() -> execute(sendJob(firstDelivery)));
            awaitMessages("OFF-2031-0005", 1);

            CompletableFuture<Void> secondJob = CompletableFuture.runAsync(() -> execute(sendJob(secondDelivery)));
            awaitMessages("OFF-2031-0005", 2);

            assertThat(messageIds("OFF-2031-0005")).containsExactly(expectedMessageId(first), expectedMessageId(second));
            secondJob.get(20, TimeUnit.SECONDS);
            assertThat(notification(second).get("email").asText()).isEqualTo("SENT");
            assertThat(notification(first).get("email").asText()).as("not recorded yet").isEqualTo("PENDING");
            assertThat(firstJob).as("still recording SENT").isNotDone();

            away.lift();
            firstJob.get(20, TimeUnit.SECONDS);
        }

        assertThat(firstDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(secondDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(notification(first).get("email").asText()).isEqualTo("SENT");
        assertThat(notification(first).get("attempts").asInt()).isEqualTo(1);
        assertThat(messageIds("OFF-2031-0005")).containsExactly(expectedMessageId(first), expectedMessageId(second));
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    void anE_mailsOwnJobWaitsForTheRecordOfItsAcceptanceByALaterOnesDeliveryAndSendsNothing() throws Exception {
        String first = notify("KEN", "OFF-2031-0006", "OFFER_PUBLISHED", "Your offer is published.", null);
        String second = notify("KEN", "OFF-2031-0006", "OFFER_WITHDRAWN", "Your offer is withdrawn.", null);
        ProcessInstance firstDelivery = delivery(first);
        ProcessInstance secondDelivery = delivery(second);
        try (SentRecordRefused away = SentRecordRefused.of(first, dataSource)) {
            // the second's job sends the first before its own, and cannot record it
            CompletableFuture<Void> secondJob = CompletableFuture.runAsync(() -> execute(sendJob(secondDelivery)));
            awaitMessages("OFF-2031-0006", 1);

            CompletableFuture<Void> firstJob = CompletableFuture.runAsync(() -> execute(sendJob(firstDelivery)));
            Thread.sleep(2000); // time enough to have sent it again, had it taken the unlocked PENDING row for unsent

            assertThat(messageIds("OFF-2031-0006")).containsExactly(expectedMessageId(first));
            assertThat(firstJob).as("waits for the record, neither sends nor fails").isNotDone();

            away.lift();
            secondJob.get(20, TimeUnit.SECONDS);
            firstJob.get(20, TimeUnit.SECONDS);
        }

        assertThat(firstDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(secondDelivery).hasPassed(END_NOTIFICATION_SENT).isEnded();
        assertThat(messageIds("OFF-2031-0006")).containsExactly(expectedMessageId(first), expectedMessageId(second));
        assertThat(notification(first).get("attempts").asInt()).isEqualTo(1);
        assertThat(notification(second).get("attempts").asInt()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    }

    private static void awaitMessages(String caseId, int count) {
        await().alias(count + " e-mail(s) of " + caseId).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> messageIds(caseId).size() >= count);
    }

    private void executeAfter(CyclicBarrier together, Job job) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        execute(job);
    }

    private boolean delivery(String notificationId, String endEvent) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(endEvent)
                .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(notificationId).singleResult().getId())
                .count() == 1;
    }

    private void moveClockAndRun(ProcessInstance instance, Duration wait) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
        execute(sendJob(instance));
    }

    private void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    private Job sendJob(ProcessInstance instance) {
        ManagementService management = engine.getManagementService();
        return management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    private static List<String> messageIds(String caseId) {
        return SmtpServer.about(caseId).stream().map(SmtpServer::messageId).toList();
    }
}
