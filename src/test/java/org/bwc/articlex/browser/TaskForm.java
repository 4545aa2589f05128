package org.bwc.articlex.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Camunda Form (form-js) of the open task, addressed by the variables its fields bind. Element ids come from
 * the deployed form ({@link DeployedForm}): {@code fjs-form-<n>-<component id>} for the input,
 * {@code ...-<component id>-<i>} for the i-th radio, {@code ...-display} for a select, {@code ...-error-message}
 * for the field's validation message.
 */
final class TaskForm {

    private final Browser browser;
    private final DeployedForm form;

    TaskForm(Browser browser, DeployedForm form) {
        this.browser = browser;
        this.form = form;
    }

    private By input(String key) {
        return By.cssSelector(".fjs-container [id$='-" + form.field(key).componentId() + "']");
    }

    /** The value a (read-only) field shows, once the form has been filled from the task's variables. */
    String value(String key) {
        WebElement field = browser.visible(input(key));
        return browser.waiting().withMessage("field '" + key + "' to show a value").until(driver -> {
            String value = field.getDomProperty("value");
            return value == null || value.isEmpty() ? null : value;
        });
    }

    /** Whether the field is on screen (its input, a select's display or a radio group's first option). */
    boolean isShown(String key) {
        String id = form.field(key).componentId();
        return browser.driver().findElements(By.cssSelector(".fjs-container [id$='-" + id + "'], .fjs-container [id$='-" + id
                + "-display'], .fjs-container [id$='-" + id + "-0']")).stream().anyMatch(WebElement::isDisplayed);
    }

    void waitUntilHidden(String key) {
        browser.waiting().withMessage("field '" + key + "' to be hidden").until(driver -> !isShown(key));
    }

    /** Replaces the field's text the way a user does, until it holds exactly {@code text} ({@link Browser#type}). */
    void type(String key, String text) {
        browser.type(input(key), text);
    }

    void tick(String key) {
        WebElement box = browser.visible(input(key));
        if (!box.isSelected()) {
            browser.click(box);
        }
        browser.waiting().until(ExpectedConditions.elementSelectionStateToBe(box, true));
    }

    boolean isTicked(String key) {
        return browser.visible(input(key)).isSelected();
    }

    /**
     * The option labels of a radio group or a select, in the order shown. A select's list is left open for
     * {@link #choose}: once closed, form-js 1.x's select in Tasklist does not reliably open again on a click.
     */
    List<String> options(String key) {
        DeployedForm.Field field = form.field(key);
        return switch (field.type()) {
            case "radio" -> browser.driver().findElements(By.cssSelector(".fjs-container label[for*='-" + field.componentId() + "-']"))
                    .stream().map(l -> l.getText().strip()).toList();
            case "select" -> {
                openDropdown(field.componentId());
                yield browser.driver().findElements(dropdownItems()).stream().map(i -> i.getText().strip()).toList();
            }
            default -> throw new AssertionError("Field " + key + " is a " + field.type() + ", not a radio group or a select");
        };
    }

    /** Chooses the option with this label in a radio group or a select. */
    void choose(String key, String optionLabel) {
        DeployedForm.Field field = form.field(key);
        switch (field.type()) {
            case "radio" -> {
                WebElement radio = browser.visible(By.xpath("//div[contains(@class,'fjs-container')]//label[starts-with(@for, 'fjs-form-')"
                        + " and contains(@for, '-" + field.componentId() + "-') and normalize-space()=" + xpathLiteral(optionLabel) + "]/input"));
                browser.click(radio);
                browser.waiting().until(ExpectedConditions.elementSelectionStateToBe(radio, true));
            }
            case "select" -> chooseIn(field.componentId(), optionLabel);
            default -> throw new AssertionError("Field " + key + " is a " + field.type() + ", not a radio group or a select");
        }
    }

    /**
     * Chooses an option of the select whose element id ends with {@code componentId}: for a field of a form-js dynamic
     * list, the component id and the row's index, e.g. {@code Field_ItemKind_1}.
     */
    void chooseIn(String componentId, String optionLabel) {
        openDropdown(componentId);
        WebElement item = browser.driver().findElements(dropdownItems()).stream()
                .filter(i -> i.getText().strip().equals(optionLabel)).findFirst()
                .orElseThrow(() -> new AssertionError("No option '" + optionLabel + "' in " + componentId));
        browser.click(item);
        By display = By.cssSelector(".fjs-container [id$='-" + componentId + "-display']");
        browser.waiting().until(ExpectedConditions.textToBe(display, optionLabel));
    }

    /** Types into the input whose element id ends with {@code componentId} (a dynamic list's row: {@code Field_X_1}). */
    void typeIn(String componentId, String text) {
        browser.type(By.cssSelector(".fjs-container [id$='-" + componentId + "']"), text);
    }

    /** The validation message form-js shows under the field (waits for it). */
    String error(String key) {
        return browser.visible(By.cssSelector(".fjs-container [id$='-" + form.field(key).componentId() + "-error-message']")).getText().strip();
    }

    private By dropdownItems() {
        return By.cssSelector(".fjs-container .fjs-dropdownlist .fjs-dropdownlist-item");
    }

    /** form-js opens its select on a click of its display; should a click leave it shut (it toggles), click again. */
    private void openDropdown(String componentId) {
        By display = By.cssSelector(".fjs-container [id$='-" + componentId + "-display']");
        for (int attempt = 0; attempt < 3 && browser.driver().findElements(dropdownItems()).isEmpty(); attempt++) {
            browser.click(display);
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.visibilityOfElementLocated(dropdownItems()));
            } catch (TimeoutException closedAgain) {
                // still shut: once more
            }
        }
        browser.visible(dropdownItems());
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
