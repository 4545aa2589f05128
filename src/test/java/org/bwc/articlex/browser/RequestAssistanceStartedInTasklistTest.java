package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Kenya's contact point requests assistance from Tasklist's "Start process" with the Camunda Form "Request assistance"
 * (forms/start/request-assistance.form): two items in the form's dynamic list, the end use forgotten at first; then
 * finds the case on {@code /portal} with its timeline and the question a caseworker asked, follows the portal's link
 * to the task and answers it in Tasklist.
 */
@ScenarioTest
class RequestAssistanceStartedInTasklistTest extends BrowserScenario {

    private static final By MODAL = By.cssSelector(".modal-dialog");
    private static final By SUBMIT = By.cssSelector(".modal-body .fjs-container button[type=submit]");
    private static final By MODAL_ALERT = By.cssSelector(".modal-body .alert");

    @Test
    void contactPointStartsRequestAssistanceCorrectsTheMissingEndUseFindsTheCaseOnThePortalAndAnswersItsClarification() {
        String title = "Cold chain for outbreak samples " + System.nanoTime();
        TasklistPage page = tasklist().logIn("ken-ncp");
        browser.click(By.xpath("//a[@ng-click='open()' and contains(normalize-space(),'Start process')]"));
        browser.click(browser.visible(By.xpath("//div[contains(@class,'modal-body')]//ul[contains(@class,'processes')]//a"
                + "[normalize-space()='Assistance request']")));
        browser.visible(By.cssSelector(".modal-body .fjs-container form"));

        TaskForm form = new TaskForm(browser, DeployedForm.ofStartForm(engine, "assistance-request"));
        form.type("title", title);
        form.type("description", "Sample transport from the county laboratories to the national reference laboratory");
        form.choose("category", "Outbreak response");
        form.chooseIn("Field_ItemKind_0", "Equipment");
        form.typeIn("Field_ItemDescription_0", "Vaccine carrier with data logger");
        form.typeIn("Field_ItemQuantity_0", "12");
        browser.click(By.cssSelector(".modal-body .fjs-repeat-render-add"));
        form.chooseIn("Field_ItemKind_1", "Training");
        form.typeIn("Field_ItemDescription_1", "Packaging of infectious substances, category A");
        form.typeIn("Field_ItemQuantity_1", "8");

        // no end use: the server refuses, with the field's message, and nothing is stored
        start();
        String refusal = browser.visible(MODAL_ALERT).getText();
        assertThat(refusal).contains("endUse.statement").contains("is required");
        assertThat(titles()).doesNotContain(title);

        form.type("statement", "National reference laboratory, outbreak investigation of zoonotic disease");
        form.type("facility", "National Public Health Laboratory, Nairobi");
        start();
        browser.waiting().withMessage("the start dialog to close").until(ExpectedConditions.invisibilityOfElementLocated(MODAL));

        JsonNode created = requestTitled(title);
        assertThat(created.get("id").asText()).matches("REQ-\\d{4}-\\d{4,}");
        JsonNode view = api.as("ken-ncp").get("/api/requests/" + created.get("id").asText()).json();
        assertThat(view.get("requestingState").asText()).isEqualTo("KEN");
        assertThat(view.get("items")).hasSize(2);
        assertThat(view.get("items").get(1).get("description").asText()).isEqualTo("Packaging of infectious substances, category A");
        assertThat(view.get("history").get(0).get("by").asText()).isEqualTo("ken-ncp");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(created.get("id").asText())
                .count()).isEqualTo(1);
        page.dismissNotifications();

        // the caseworker asks a question (as Tasklist submits the review); the State finds it on /portal ...
        String id = created.get("id").asText();
        driver.runDueJobs();
        Api.Response asked = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS,
                Map.of("complete", false, "clarificationQuestion", "How many vaccine carriers per county laboratory?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        browser.driver().get(baseUrl() + "/portal/requests/" + id);
        browser.visible(By.id("timeline"));
        List<WebElement> entries = browser.driver().findElements(By.cssSelector("#timeline li.entry"));
        assertThat(entries).extracting(e -> e.getAttribute("data-status")).containsSubsequence("SUBMITTED", "CLARIFICATION_REQUESTED");
        assertThat(entries.get(0).getText()).contains("Request received");
        Task clarification = task(id, TASK_PROVIDE_CLARIFICATION);
        WebElement next = browser.visible(By.cssSelector("#tasks li.task a.task-link"));
        assertThat(next.getAttribute("href")).endsWith("task=" + clarification.getId());

        // ... follows its link to Tasklist, reads the question and answers it there
        browser.click(next);
        page.waitForTaskView(clarification.getName());
        TaskForm answer = form(clarification);
        assertThat(answer.value("clarificationQuestion")).isEqualTo("How many vaccine carriers per county laboratory?");
        page.claim();
        answer.type("clarificationAnswer", "Two per county laboratory, 12 in all");
        page.complete();
        page.waitUntilNotListed(clarification.getId());
        assertThat(engine.getTaskService().createTaskQuery().taskId(clarification.getId()).count()).isZero();
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        assertThat(api.as("ken-ncp").get("/api/requests/" + id).body()).contains("Two per county laboratory, 12 in all");
    }

    /**
     * Submits with the form's own button: Tasklist 7.24 keeps its Start button disabled once a row of a form-js dynamic
     * list has been edited (it counts the list's emptied error entries as errors); the form's submit validates afresh.
     */
    private void start() {
        browser.click(SUBMIT);
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        api.as("ken-ncp").get("/api/requests?state=KEN&size=100").json().get("content")
                .forEach(r -> titles.add(r.get("title").asText()));
        return titles;
    }

    private JsonNode requestTitled(String title) {
        for (JsonNode request : api.as("ken-ncp").get("/api/requests?state=KEN&size=100").json().get("content")) {
            if (title.equals(request.get("title").asText())) {
                return request;
            }
        }
        throw new AssertionError("GET /api/requests shows no request '" + title + "'");
    }

}
