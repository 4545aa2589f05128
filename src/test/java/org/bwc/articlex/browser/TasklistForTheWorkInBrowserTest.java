package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import java.util.List;
import java.util.Map;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Kenya's contact point opens Tasklist: the product's own header instead of Camunda's "time to migrate" banner, its
 * State's filter among the filters, and its clarification task listed with the case's reference, its State and the
 * date by which the request would lapse.
 */
@ScenarioTest
class TasklistForTheWorkInBrowserTest extends BrowserScenario {

    @Test
    void contactPointSeesTheProductHeaderItsStatesFilterAndItsTaskNamedForTheCaseWithItsDueDate() {
        String id = submitted("ken-ncp", Requests.kenyaTraining());
        Api.Response asked = this.tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", false,
                "clarificationQuestion", "Which BSL-2 cabinets does the laboratory already have?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        Task clarification = task(id, TASK_PROVIDE_CLARIFICATION);
        assertThat(clarification.getDueDate()).isNotNull();

        TasklistPage tasklist = tasklist().logIn("ken-ncp");

        // the product's header, not Camunda's end-of-life banner
        List<WebElement> banners = browser.driver().findElements(By.cssSelector(".ce-eol-banner"));
        assertThat(banners).allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("time to migrate");
        Object header = browser.driver().executeScript("return getComputedStyle(document.querySelector('[cam-widget-header]'),"
                + " '::before').content");
        assertThat(String.valueOf(header)).contains("Article X Assistance Engine");
        assertThat(browser.driver().getTitle()).contains("BWC Article X");

        // its State's filter, with the case's columns
        List<String> filters = browser.driver().findElements(By.cssSelector(".task-filter .name, .task-filter a")).stream()
                .map(WebElement::getText).map(String::strip).filter(text -> !text.isEmpty()).toList();
        assertThat(String.join(" | ", filters)).contains("My State's tasks").contains("All tasks")
                .doesNotContain("Balance reviews waiting");

        // the task, named for the case and its State, with its due date
        tasklist.searchByBusinessKey(id);
        String name = "Provide clarification \u2014 " + id + ", Kenya";
        assertThat(tasklist.listedTaskNames()).containsExactly(name);
        WebElement listed = browser.visible(By.cssSelector("ol.tasks-list li.task"));
        // Tasklist renders ".due-date" only for a task with a due date ("Due in a month")
        assertThat(listed.findElements(By.cssSelector(".due-date"))).as("the due date in the list")
                .singleElement().satisfies(due -> assertThat(due.getText()).startsWith("Due"));
        tasklist.openFromList(clarification.getId(), name);
        assertThat(browser.driver().findElement(By.cssSelector("section.task-card")).getText()).contains(id);
        browser.documentationScreenshot("tasklist-named-task-and-filters.png", 900);
    }
}
