package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A State receives a case's e-mails in the order of the case's changes, with the job executor running as in
 * production (several threads taking the delivery jobs of many cases at once) and a real SMTP server: twelve States
 * submit a request each, the caseworker finds each complete, and every State's mailbox holds its case's e-mails in
 * the order of the feed — "Request received" before "Under review" before "Accepted for screening" and so on.
 * On a database of its own, so that its job executor never takes another context's jobs.
 */
@ScenarioTest
@TestPropertySource(properties = {
        "camunda.bpm.job-execution.enabled=true",
        "spring.datasource.url=jdbc:h2:mem:notification-order;DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000",
        "articlex.notification.email.turn-recheck=PT10S"})
class NotificationOrderTest extends NotificationScenarioSupport {

    private static final List<String> STATES = List.of("KEN", "UGA", "TZA", "GHA", "NGA", "ZAF", "SEN", "ETH", "RWA",
            "ZMB", "MWI", "BWA");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    NotificationRepository repository;

    @Test
    void everyStateReceivesItsCasesEmailsInTheOrderOfTheChanges() {
        Map<String, String> caseOf = new LinkedHashMap<>();
        for (String state : STATES) {
            caseOf.put(state, submitted(state));
        }
        for (String id : caseOf.values()) {
            await("review task of " + id, () -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(id)
                    .taskDefinitionKey(AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS).count() == 1);
            reviewComplete(id);
        }
        await("every e-mail of every case sent", () -> caseOf.values().stream().allMatch(id -> {
            List<Notification> sent = repository.forCase(id);
            return sent.size() >= 4 && sent.stream().allMatch(n -> n.emailState() == EmailState.SENT)
                    && SmtpServer.about(id).size() == sent.size();
        }));

        caseOf.forEach((state, id) -> {
            List<String> feedOrder = repository.forCase(id).stream().map(n -> expectedMessageId(n.id())).toList();
            List<String> received = new ArrayList<>(SmtpServer.about(id).stream().map(SmtpServer::messageId).toList());
            assertThat(received).as("e-mails of %s", id).hasSizeGreaterThanOrEqualTo(4);
            // a later change may have been notified meanwhile: what has arrived is the feed's beginning, in its order
            assertThat(received).as("the e-mails of %s (%s) in the order they arrived", id, state)
                    .isEqualTo(feedOrder.subList(0, Math.min(received.size(), feedOrder.size())));
            assertThat(SmtpServer.subject(SmtpServer.about(id).get(0))).endsWith("Request received");
        });
    }

    private void await(String what, BooleanSupplier condition) {
        Instant end = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Gave up waiting for: " + what);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
