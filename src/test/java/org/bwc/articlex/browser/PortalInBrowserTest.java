package org.bwc.articlex.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.ScenarioTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "My cases" ({@code /portal}, docs/portal.md) in Chromium, on the webapps' login: a contact point logs in to Tasklist,
 * opens the portal without a second password and finds its case with its timeline; a French-speaking State's portal
 * is in French; an Arabic page is laid out right to left; another State's user who opens the case by its address sees
 * nothing of it. Each State here files its own requests (no other test uses it), so its language is its own choice.
 */
@ScenarioTest
class PortalInBrowserTest extends BrowserScenario {

    @Test
    void contactPointLogsInToTasklistOpensPortalAndFindsItsCaseWithItsTimeline() {
        String id = walk.atBalanceReview("BRB", "Fermenter for yoghurt starter cultures", "50-litre single-use bioreactor",
                "Laboratory quality management course");
        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("justification",
                "Item 1 is referred for its capacity only; the exporter certifies it is below 20 L", "itemDecisions",
                "[{\"index\":1,\"decision\":\"APPROVE_WITH_CONDITIONS\",\"conditions\":\"Capacity below 20 L\"}]"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        driver.runDueJobs();
        // cleared: matching with offers, or an open need when no offer serves the region
        String status = bundle("templates/mail/messages.properties").getProperty("status." + view(id).get("status").asText() + ".title");

        tasklist().logIn("brb-ncp");
        browser.driver().get(baseUrl() + "/portal");
        WebElement row = browser.visible(By.cssSelector("tr.request[data-id='" + id + "']"));
        assertThat(row.getText()).contains("BSL-2 laboratory biosafety training").contains(status);
        browser.click(row.findElement(By.linkText(id)));

        browser.visible(By.id("timeline"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/portal/requests/" + id);
        List<WebElement> entries = browser.driver().findElements(By.cssSelector("#timeline li.entry"));
        JsonNode history = view(id).get("history");
        assertThat(entries).hasSize(history.size());
        for (int i = 0; i < history.size(); i++) {
            assertThat(entries.get(i).getAttribute("data-status")).isEqualTo(history.get(i).get("status").asText());
        }
        assertThat(entries.get(0).getText()).contains("Request received");
        assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo(status);
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#screening li.item"));
        assertThat(items).hasSize(3);
        assertThat(items.get(0).getText()).contains("Item 1: Fermenter for yoghurt starter cultures").contains("Capacity below 20 L");
        browser.documentationScreenshot("portal-case.png", 1300);
    }

    @Test
    void frenchSpeakingStatesPortalIsInFrench() {
        Map<String, Object> body = Requests.from("CIV");
        body.put("preferredLanguage", "fr");
        String id = submitted("civ-ncp", body);
        Properties french = bundle("templates/mail/messages_fr.properties");

        tasklist().logIn("civ-ncp");
        browser.driver().get(baseUrl() + "/portal");

        WebElement row = browser.visible(By.cssSelector("tr.request[data-id='" + id + "']"));
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Mes dossiers");
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo(french.getProperty("status.UNDER_REVIEW.title"));
        browser.click(row.findElement(By.linkText(id)));
        assertThat(browser.visible(By.cssSelector("#timeline h2")).getText()).isEqualTo("Historique du dossier");
    }

    @Test
    void arabicPortalPageIsLaidOutRightToLeft() {
        Map<String, Object> body = Requests.from("TUN");
        body.put("preferredLanguage", "ar");
        String id = submitted("tun-ncp", body);

        tasklist().logIn("tun-ncp");
        browser.driver().get(baseUrl() + "/portal/requests/" + id);

        WebElement heading = browser.visible(By.cssSelector("#timeline h2"));
        assertThat(heading.getText()).isEqualTo("سجل القضية");
        WebElement html = browser.driver().findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.driver().executeScript("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        // laid out from the right: the heading's text ends at the right edge of its section, not at the left
        Map<?, ?> box = (Map<?, ?>) browser.driver().executeScript("""
                const h = arguments[0], range = document.createRange(); range.selectNodeContents(h);
                const text = range.getBoundingClientRect(), block = h.getBoundingClientRect();
                return {textLeft: text.left, textRight: text.right, blockLeft: block.left, blockRight: block.right};""", heading);
        double rightGap = ((Number) box.get("blockRight")).doubleValue() - ((Number) box.get("textRight")).doubleValue();
        double leftGap = ((Number) box.get("textLeft")).doubleValue() - ((Number) box.get("blockLeft")).doubleValue();
        assertThat(rightGap).isLessThan(2.0);
        assertThat(leftGap).isGreaterThan(50.0);
        browser.documentationScreenshot("portal-case-ar.png", 800);
    }

    @Test
    void anotherStatesUserOpeningTheCaseByItsAddressSeesNothingOfIt() {
        Map<String, Object> body = Requests.from("JAM");
        String secret = "Jamaica-only title " + UUID.randomUUID().toString().substring(0, 8);
        body.put("title", secret);
        String id = submitted("jam-ncp", body);

        tasklist().logIn("uga-ncp");
        browser.driver().get(baseUrl() + "/portal/requests/" + id);

        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("No such case");
        String page = browser.driver().getPageSource();
        assertThat(page).doesNotContain(secret).doesNotContain("timeline").doesNotContain("Under review");
        browser.driver().get(baseUrl() + "/portal");
        browser.visible(By.id("requests"));
        assertThat(browser.driver().getPageSource()).doesNotContain(id).doesNotContain(secret);
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PortalInBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
