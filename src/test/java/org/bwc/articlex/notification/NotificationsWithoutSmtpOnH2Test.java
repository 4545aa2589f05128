package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseScenario;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;

/**
 * The dev profile as a workstation has it, without any SMTP server (the same context as the intake scenarios):
 * the application is healthy, notifications are kept in the feed, and no delivery is attempted.
 */
@ScenarioTest
class NotificationsWithoutSmtpOnH2Test extends CaseScenario {

    @Test
    void withEmailSwitchedOffTheFeedStillFillsAndTheApplicationStaysHealthy() {
        Api.Response submitted = api.as("ken-ncp").post("/api/requests", Requests.kenyaTraining());
        assertThat(submitted.status()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        // the request's own job only: this context shares its database with others
        String instance = driver.instance(id).getId();
        engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));

        List<JsonNode> feed = new ArrayList<>();
        api.as("ken-ncp").get("/api/states/KEN/notifications").json().forEach(n -> {
            if (n.get("requestId").asText().equals(id)) {
                feed.add(n);
            }
        });
        assertThat(feed).extracting(n -> n.get("status").asText()).containsExactly("SUBMITTED", "UNDER_REVIEW");
        assertThat(feed).extracting(n -> n.get("email").asText()).containsOnly("PENDING");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID).count()).isZero();

        Api.Response resend = api.as("caseworker").post("/api/notifications/" + feed.get(0).get("id").asText() + "/resend", null);
        assertThat(resend.status()).isEqualTo(409);
        assertThat(resend.json().get("detail").asText()).contains("switched off");

        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        engine.getRuntimeService().deleteProcessInstance(instance, "end of test", true, true);
    }
}
