package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import java.util.List;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Browser scenario 1: a caseworker reviews a request for completeness in Tasklist. */
@ScenarioTest
class CompletenessReviewInTasklistTest extends BrowserScenario {

    static final List<String> SCREENING_OR_LATER = List.of("SCREENING", "BALANCE_REVIEW", "MATCHING", "AWAITING_OFFEROR",
            "OPEN_NEED", "FUNDING", "IMPLEMENTATION", "REPORTING", "COMPLETED", "DENIED");

    @Test
    void caseworkerFindsTheRequestSeesItsEssentialsIsStoppedWithoutAQuestionAndAcceptsIt() {
        String id = submitted("ken-ncp", Requests.kenyaTraining());
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        Task review = task(id, TASK_REVIEW_COMPLETENESS);

        TasklistPage tasklist = tasklist().logIn("caseworker").searchByBusinessKey(id);
        assertThat(tasklist.listedTaskNames()).containsExactly("Review request for completeness \u2014 " + id + ", Kenya");
        tasklist.openFromList(review.getId(), "Review request for completeness \u2014 " + id + ", Kenya");

        // the request's essentials, as the State submitted them
        TaskForm form = form(review);
        assertThat(form.value("requestReference")).isEqualTo(id);
        assertThat(form.value("requestingStateName")).isEqualTo("Kenya (KEN)");
        assertThat(form.value("requestTitle")).isEqualTo("BSL-2 laboratory biosafety training");
        assertThat(form.value("requestItems")).isEqualTo(
                "1. TRAINING: Biosafety officer course × 20\n2. EQUIPMENT: Class II biosafety cabinet × 2");
        assertThat(form.value("requestEndUse")).contains("Central Veterinary Laboratory").contains("BSL-2");
        assertThat(form.value("requestEstimatedCost")).isEqualTo("85000.00 USD");

        tasklist.claim();
        browser.documentationScreenshot("tasklist-review-completeness.png", 1700);
        assertThat(form.isTicked("complete")).isFalse();

        // not complete, and no question: the form itself stops it
        tasklist.complete();
        assertThat(form.error("clarificationQuestion")).isEqualTo("Field is required.");
        assertThat(tasklist.notification()).contains("An error happened while submitting the task form");
        // a question of blanks gets past the form, not past the server: Tasklist shows the server's refusal
        form.type("clarificationQuestion", "     ");
        tasklist.complete();
        assertThat(tasklist.notification()).contains("clarificationQuestion").contains("is required");
        assertThat(task(id, TASK_REVIEW_COMPLETENESS).getId()).as("the task is still open").isEqualTo(review.getId());
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");

        // complete: the question is no longer asked for, and the case moves on
        form.tick("complete");
        form.waitUntilHidden("clarificationQuestion");
        tasklist.complete();
        tasklist.waitUntilNotListed(review.getId());

        assertThat(this.tasklist.task(id, TASK_REVIEW_COMPLETENESS)).as("the review task is done").isNull();
        assertThat(status(id)).isIn(SCREENING_OR_LATER);
        assertThat(view(id).get("history").toString()).contains("\"status\":\"SCREENING\",").contains("\"by\":\"caseworker\"");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId())
                .variableName("complete").singleResult().getValue()).isEqualTo(true);
    }
}
