package org.bwc.articlex.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist (AngularJS) as its users see it: the login form, the task list with its search, the task
 * view and Tasklist's notifications. Every step waits for what the user would wait for; nothing sleeps.
 */
final class TasklistPage {

    static final By TASK_LINKS = By.cssSelector("ol.tasks-list li.task h4 a");
    /** The list's content once loaded (re-rendered on every load): tasks, or the "no matching task" notice. */
    static final By LOADED_LIST = By.cssSelector("[cam-tasks] > div[ng-if]");
    static final By NO_MATCHING_TASK = By.cssSelector("[cam-tasks] > div[ng-if] > div.well");
    static final By NOTIFICATIONS = By.cssSelector(".page-notifications .alert");
    static final By COMPLETE = By.xpath("//div[contains(@class,'form-actions')]//button[contains(@class,'btn-primary')"
            + " and normalize-space()='Complete']");

    private final Browser browser;
    private final String baseUrl;

    TasklistPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    /** Logs in through Tasklist's own login form (dev users: password = user id) and waits for the filters. */
    TasklistPage logIn(String user) {
        browser.driver().get(baseUrl + "/camunda/app/tasklist/");
        By username = By.cssSelector("input[ng-model=username]");
        By password = By.cssSelector("input[ng-model=password]");
        // the page focuses the username field late: keys meant for the password can land there, so both are checked
        for (int attempt = 1; attempt <= 3 && !(browser.holds(username, user) && browser.holds(password, user)); attempt++) {
            browser.type(username, user);
            browser.type(password, user);
        }
        browser.click(By.cssSelector("form button[type=submit]"));
        browser.visible(By.cssSelector(".task-filter.active"));
        waitForList();
        return this;
    }

    /** Removes the searches shown above the list (Tasklist keeps them across page loads). */
    TasklistPage clearSearches() {
        By remove = By.cssSelector("[cam-widget-search] a.remove-search");
        while (!browser.driver().findElements(remove).isEmpty()) {
            WebElement shownBefore = browser.visible(LOADED_LIST);
            browser.click(browser.driver().findElements(remove).get(0));
            browser.waiting().until(ExpectedConditions.stalenessOf(shownBefore));
            waitForList();
        }
        return this;
    }

    /** Narrows the list with Tasklist's search: "Process Instance Business Key" = the request's reference. */
    TasklistPage searchByBusinessKey(String reference) {
        clearSearches();
        WebElement shownBefore = browser.visible(LOADED_LIST);
        WebElement input = browser.visible(By.cssSelector("[cam-widget-search] input.main-field"));
        browser.click(input);
        browser.click(By.xpath("//ul[contains(@class,'dropdown-menu')]//a[normalize-space()='Process Instance Business Key']"));
        browser.waiting().withMessage("the value field of the new search").until(driver -> {
            WebElement active = driver.switchTo().activeElement();
            return active != null && "input".equals(active.getTagName()) && !active.equals(input) ? active : null;
        }).sendKeys(reference, Keys.ENTER);
        browser.waiting().until(ExpectedConditions.urlContains("searchQuery="));
        // the list is loaded again for the search: wait for the new one, not the one shown before
        browser.waiting().until(ExpectedConditions.stalenessOf(shownBefore));
        waitForList();
        return this;
    }

    /** The list has finished loading: no spinner, and either tasks or the "no tasks" message. */
    void waitForList() {
        browser.waiting().withMessage("the task list to load").until(driver ->
                driver.findElements(By.cssSelector("[cam-tasks] .loader")).stream().noneMatch(WebElement::isDisplayed)
                        && (!driver.findElements(TASK_LINKS).isEmpty() || !driver.findElements(NO_MATCHING_TASK).isEmpty()));
    }

    /** Ids of the tasks listed (their links end with {@code task=<id>}), top to bottom. */
    List<String> listedTaskIds() {
        waitForList();
        return browser.driver().findElements(TASK_LINKS).stream()
                .map(a -> a.getDomAttribute("href"))
                .map(href -> href.substring(href.indexOf("task=") + "task=".length()).replaceAll("[&?].*$", ""))
                .toList();
    }

    boolean showsNoMatchingTask() {
        waitForList();
        return browser.driver().findElements(TASK_LINKS).isEmpty()
                && browser.driver().findElements(NO_MATCHING_TASK).stream().anyMatch(WebElement::isDisplayed);
    }

    List<String> listedTaskNames() {
        waitForList();
        return browser.driver().findElements(TASK_LINKS).stream().map(a -> a.getText().strip()).toList();
    }

    /** The number Tasklist shows beside the filter ("All tasks (n)"). */
    long filterCount() {
        WebElement counter = browser.visible(By.cssSelector(".task-filter.active .counter"));
        browser.waiting().withMessage("the filter's count").until(driver -> counter.getText().matches("\\(?\\d+\\)?"));
        return Long.parseLong(counter.getText().replaceAll("\\D", ""));
    }

    /** Clicks the task in the list (as a user does) and waits for its form to show the task's data. */
    void openFromList(String taskId, String expectedName) {
        WebElement link = browser.visible(By.cssSelector("ol.tasks-list li.task h4 a[href$='task=" + taskId + "']"));
        if (!link.getText().strip().equals(expectedName)) {
            throw new AssertionError("Task " + taskId + " is listed as '" + link.getText().strip() + "', not '" + expectedName + "'");
        }
        browser.click(link);
        waitForTaskView(expectedName);
    }

    /** Opens a task by its address, as a bookmarked or shared link would. */
    void openByAddress(String taskId) {
        browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    /** A name as an XPath string: task names carry State names such as "Lao People's Democratic Republic". */
    static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    void waitForTaskView(String name) {
        browser.visible(By.xpath("//section[contains(@class,'task-card')]//h2[contains(@class,'task')"
                + " and normalize-space()=" + xpathLiteral(name) + "]"));
        browser.visible(By.cssSelector(".fjs-container form"));
    }

    void claim() {
        List<WebElement> claim = browser.driver().findElements(By.cssSelector("button.claim"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            browser.click(claim.get(0));
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        }
    }

    boolean completeEnabled() {
        return browser.visible(COMPLETE).isEnabled();
    }

    /** Clicks Complete (enabled once the task is claimed and the form is valid). */
    void complete() {
        dismissNotifications();
        browser.click(COMPLETE);
    }

    /** Waits for a Tasklist notification and returns its whole text (status and message). */
    String notification() {
        return browser.waiting().withMessage("a Tasklist notification; none appeared (was the submission accepted?)")
                .until(driver -> driver.findElements(NOTIFICATIONS).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getText().replace('×', ' ').strip())
                .filter(text -> !text.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse(null));
    }

    /** Notifications pile up in the lower right corner, over the Complete button: close them. */
    void dismissNotifications() {
        for (WebElement close : browser.driver().findElements(By.cssSelector(".page-notifications button.close[ng-click^=removeNotification]"))) {
            if (close.isDisplayed()) {
                close.click();
            }
        }
        browser.waiting().withMessage("the notifications to close")
                .until(driver -> driver.findElements(NOTIFICATIONS).stream().noneMatch(WebElement::isDisplayed));
    }

    void waitUntilNotListed(String taskId) {
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("ol.tasks-list li.task h4 a[href$='task=" + taskId + "']")));
    }

    String pageText() {
        return browser.driver().findElement(By.tagName("body")).getText();
    }
}
