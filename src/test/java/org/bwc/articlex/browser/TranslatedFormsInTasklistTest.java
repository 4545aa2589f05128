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
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The State-side forms in Tasklist in the party's language (docs/tasklist-walkthrough.md, "Forms in the party's
 * language"): Mali, whose requests ask for French, starts "Request assistance" and reads it in French, is refused in
 * French, and registers the request; Oman's clarification form is in Arabic, laid out right to left.
 */
@ScenarioTest
class TranslatedFormsInTasklistTest extends BrowserScenario {

    private static final By SUBMIT = By.cssSelector(".modal-body .fjs-container button[type=submit]");
    private static final By MODAL = By.cssSelector(".modal-dialog");

    @Test
    void frenchSpeakingStateReadsRequestAssistanceInFrenchIsRefusedInFrenchAndSubmitsIt() {
        Map<String, Object> earlier = Requests.from("MLI");
        earlier.put("preferredLanguage", "fr");
        submitted("mli-ncp", earlier);

        tasklist().logIn("mli-ncp");
        browser.click(By.xpath("//a[@ng-click='open()' and contains(normalize-space(),'Start process')]"));
        browser.click(browser.visible(By.xpath("//div[contains(@class,'modal-body')]//ul[contains(@class,'processes')]//a"
                + "[normalize-space()='Assistance request']")));
        browser.visible(By.cssSelector(".modal-body .fjs-container form"));

        assertThat(browser.visible(By.cssSelector(".modal-body .fjs-form-field-text h2")).getText()).isEqualTo("Demander une assistance");
        assertThat(labels()).contains("Titre", "Ce qui est nécessaire, et pour qui", "Catégorie", "Nature", "Quantité",
                "Déclaration d’utilisation finale", "Langue des notifications", "À tous les fournisseurs")
                .doesNotContain("Title", "Category");
        assertThat(browser.driver().findElement(SUBMIT).getText()).isEqualTo("Présenter la demande");
        browser.documentationScreenshot("tasklist-request-assistance-fr.png", 1100);

        String title = "Formation en biosécurité " + System.nanoTime();
        TaskForm form = new TaskForm(browser, DeployedForm.ofStartForm(engine, "assistance-request"));
        form.type("title", title);
        form.type("description", "Cours pour le personnel du laboratoire national");
        form.choose("category", "Formation en biosûreté et en biosécurité");
        form.chooseIn("Field_ItemKind_0", "Formation");
        form.typeIn("Field_ItemDescription_0", "Cours d’agent de biosécurité");
        form.typeIn("Field_ItemQuantity_0", "10");

        // no end use: the server's refusal, in French, naming the field by its French label
        browser.click(SUBMIT);
        assertThat(browser.visible(By.cssSelector(".modal-body .alert")).getText())
                .contains("« Déclaration d’utilisation finale » : ce champ est obligatoire");

        form.type("statement", "Laboratoire national de référence, diagnostic");
        browser.click(SUBMIT);
        browser.waiting().withMessage(() -> "the start dialog to close; it shows " + messagesInDialog())
                .until(ExpectedConditions.invisibilityOfElementLocated(MODAL));
        List<String> titles = api.as("mli-ncp").get("/api/requests?state=MLI&size=100").json().findValuesAsText("title");
        assertThat(titles).contains(title);
    }

    @Test
    void arabicSpeakingStatesClarificationFormIsInArabicRightToLeft() {
        Map<String, Object> body = Requests.from("OMN");
        body.put("preferredLanguage", "ar");
        String id = submitted("omn-ncp", body);
        Api.Response asked = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS, Map.of("complete", false,
                "clarificationQuestion", "Which laboratory will hold the equipment?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        Task clarification = task(id, TASK_PROVIDE_CLARIFICATION);

        TasklistPage page = tasklist().logIn("omn-ncp").searchByBusinessKey(id);
        page.openFromList(clarification.getId(), page.listedTaskNames().get(0));
        WebElement answer = browser.visible(By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(),'إجابتكم')]"));

        Object direction = browser.driver().executeScript(
                "const s = getComputedStyle(arguments[0]); return s.unicodeBidi + ' ' + s.textAlign;", answer);
        assertThat(String.valueOf(direction)).isEqualTo("plaintext start");
        WebElement heading = browser.visible(By.cssSelector(".fjs-container .fjs-form-field-text h2"));
        assertThat(heading.getText()).isEqualTo("تقديم إيضاح");
        browser.documentationScreenshot("tasklist-provide-clarification-ar.png", 1100);
        for (WebElement arabic : List.of(answer, heading)) {
            assertThat(gaps(arabic)).as("gaps right and left of '%s'", arabic.getText())
                    .satisfies(g -> assertThat(g.get(0)).as("its text sits at the right of its line").isLessThan(g.get(1)));
        }
    }

    /** The room between an element's text and its box, on the right and on the left. */
    private List<Long> gaps(WebElement element) {
        Object gaps = browser.driver().executeScript("const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                + " const text = range.getBoundingClientRect(), box = arguments[0].getBoundingClientRect();"
                + " return [Math.round(box.right - text.right), Math.round(text.left - box.left)];", element);
        return ((List<?>) gaps).stream().map(g -> ((Number) g).longValue()).toList();
    }

    /** The dialog's alerts and the fields' error messages, for a failure to say why the dialog stayed. */
    private List<String> messagesInDialog() {
        return browser.driver().findElements(By.cssSelector(".modal-body .alert, .modal-body .fjs-form-field-error")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
    }

    private List<String> labels() {
        return browser.driver().findElements(By.cssSelector(".modal-body .fjs-container label")).stream()
                .map(WebElement::getText).map(text -> text.replaceAll("\\s*\\*$", "").strip()).filter(text -> !text.isEmpty()).toList();
    }
}
