package org.bwc.articlex.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.matching.OfferResponseProcess.TASK_RESPOND_TO_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_BALANCE_REVIEW;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_CONFIRM_MATCH;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bwc.articlex.security.WebappSession;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.WebappScenario;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * "My cases" ({@code /portal}, docs/portal.md) through its real entry points: the webapps' login and HTTP Basic, the
 * cases made through the API and Tasklist's door. Who gets in, what each case page says (the timeline, the screening in
 * words, the task to do with its Tasklist address and deadline, the notifications), in which language, and that what a
 * State wrote is shown as text. Run on H2 and on PostgreSQL.
 */
abstract class PortalScenarios extends WebappScenario {

    static final String LOGIN = "/camunda/app/tasklist/default/";

    @LocalServerPort
    int port;

    // ==== who gets in ======================================================================================

    @Test
    void portalOnTheWebappsLoginListsKenyasRequestWithItsStatus() {
        String id = submitted("ken-ncp", Requests.kenyaTraining());
        WebappSession kenya = session("ken-ncp");

        HttpResponse<String> page = kenya.getHtml("/portal");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/portal/requests/" + id + "\"").contains("BSL-2 laboratory biosafety training")
                .contains("Under review").contains("My cases");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(kenya.getHtml("/portal/portal.css").statusCode()).isEqualTo(200);
        assertThat(kenya.get("/api/requests/" + id).statusCode()).as("the API stays on Basic").isEqualTo(401);
        assertThat(kenya.postJson("/portal", "{}", "text/html").statusCode()).as("no write on the session").isEqualTo(401);
    }

    @Test
    void anonymousVisitorOfPortalIsSentToTheWebappsLoginAndSeesNothing() {
        String id = submitted("ken-ncp", Requests.kenyaTraining());
        for (String path : List.of("/portal", "/portal/requests/" + id, "/portal/offers/OFF-2026-0001")) {
            HttpResponse<String> page = new WebappSession(base()).getHtml(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path).hasValueSatisfying(to -> assertThat(to).endsWith(LOGIN));
            assertThat(page.body()).as(path).doesNotContain(id).doesNotContain("biosafety training");
        }
        HttpHeaders program = new HttpHeaders(); // a program asking for JSON without credentials: no redirect to a login form either way
        program.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> json = http.exchange("/portal/requests/" + id, HttpMethod.POST, new HttpEntity<>(program), String.class);
        assertThat(json.getStatusCode().value()).as("a write without a login").isEqualTo(401);
        assertThat(json.getBody()).doesNotContain("biosafety training");
    }

    @Test
    void anotherStateOpeningKenyasCaseByItsAddressGetsTheNotFoundPage() {
        Map<String, Object> body = Requests.kenyaTraining();
        String secret = "Kenya-only title " + UUID.randomUUID();
        body.put("title", secret);
        String id = submitted("ken-ncp", body);

        for (String user : List.of("uga-ncp", "who-focal")) {
            ResponseEntity<String> page = page(user, "/portal/requests/" + id);
            assertThat(page.getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(page.getBody()).as(user).contains("No such case").doesNotContain(secret).doesNotContain("Under review");
            assertThat(page(user, "/portal").getBody()).as(user).doesNotContain(id).doesNotContain(secret);
        }
        ResponseEntity<String> none = page("uga-ncp", "/portal/requests/REQ-2000-9999");
        assertThat(none.getStatusCode().value()).as("no such case: the same answer").isEqualTo(404);
        assertThat(none.getBody()).contains("No such case");
        WebappSession uganda = session("uga-ncp");
        assertThat(uganda.getHtml("/portal/requests/" + id).statusCode()).as("on the webapps' login too").isEqualTo(404);
    }

    @Test
    void secretariatOpeningPortalIsSentToTasklist() {
        String id = submitted("ken-ncp", Requests.kenyaTraining());
        for (String user : List.of("caseworker", "manager")) {
            for (String path : List.of("/portal", "/portal/requests/" + id)) {
                HttpResponse<String> page = session(user.equals("manager") ? "cockpit" : "tasklist", user).getHtml(path);
                assertThat(page.statusCode()).as(user + " " + path).isEqualTo(302);
                assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(LOGIN));
            }
        }
    }

    // ==== what a case page says ============================================================================

    @Test
    void portalRequestPageShowsTheTimelineWithTheCirculationAndTheClarificationTaskWithItsDeadline() {
        String id = submitted("ken-ncp", Requests.kenyaTraining());
        Api.Response consent = api.as("ken-ncp").put("/api/requests/" + id + "/circulation",
                Map.of("circulation", "NAMED_PROVIDERS", "providers", List.of("DEU", "WHO")));
        assertThat(consent.status()).as(consent.body()).isEqualTo(200);
        String question = "Which cabinets does the laboratory already have? " + UUID.randomUUID();
        Api.Response asked = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS,
                Map.of("complete", false, "clarificationQuestion", question));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        driver.runDueJobs();
        Task clarification = tasklist.task(id, TASK_PROVIDE_CLARIFICATION);

        String page = page("ken-ncp", "/portal/requests/" + id).getBody();

        JsonNode history = api.as("ken-ncp").get("/api/requests/" + id).json().get("history");
        assertThat(history.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode entry : history) { // every entry of the history, the circulation's too, with its note
            if (entry.hasNonNull("note")) {
                assertThat(page).contains(HtmlUtils.htmlEscape(entry.get("note").asText()));
            }
        }
        assertThat(page).contains("data-status=\"UNDER_REVIEW\" data-kind=\"CIRCULATION\"").contains("Consent to circulation changed")
                .contains("data-status=\"SUBMITTED\" data-kind=\"STATUS\"").contains("Request received").contains("Under review")
                .contains("Clarification requested").contains("DEU").contains(HtmlUtils.htmlEscape(question));
        // what is expected of Kenya: its Tasklist task, by its address, and the task's deadline
        assertThat(clarification.getDueDate()).isNotNull();
        assertThat(page).contains("href=\"/camunda/app/tasklist/default/#/?task=" + clarification.getId() + "\"")
                .contains(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                        .withZone(ZoneOffset.UTC).format(clarification.getDueDate().toInstant()));
        // ... on its list of cases too, and the notification of the clarification
        String home = page("ken-ncp", "/portal").getBody();
        assertThat(home).contains("?task=" + clarification.getId());
        assertThat(page).contains("id=\"notifications\"").contains("Clarification requested");
    }

    @Test
    void portalRequestPageSaysInPlainWordsWhichItemProceedsUnderWhichConditionAndRule() {
        String id = walk.atBalanceReview("KEN", "Fermenter for yoghurt starter cultures", "50-litre single-use bioreactor",
                "Laboratory quality management course");
        String before = page("ken-ncp", "/portal/requests/" + id).getBody();
        assertThat(before).contains("awaits the decision of a senior ISU officer in Balance review")
                .contains("Nothing is needed from you now");
        String condition = "Capacity below 20 L, certified by the exporter";
        Api.Response decided = tasklist.submitForm("manager", id, TASK_BALANCE_REVIEW, Map.of("justification",
                "Item 1 is referred for its capacity only; the exporter certifies it is below 20 L",
                "itemDecisions", "[{\"index\":1,\"decision\":\"APPROVE_WITH_CONDITIONS\",\"conditions\":\"" + condition + "\"}]"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        driver.runDueJobs();

        String page = page("ken-ncp", "/portal/requests/" + id).getBody();

        assertThat(page).contains("Item 1: Fermenter for yoghurt starter cultures").contains(condition)
                .contains("Item 2: 50-litre single-use bioreactor").contains("an end-use assurance from the recipient")
                .contains("Item 3: Laboratory quality management course").contains("proceeds as requested.")
                .contains("proceeds under these conditions:").contains("rules: ")
                .contains("The offering party is told these conditions").contains("Matching with offers");
    }

    @Test
    void portalRequestPageOfADeniedRequestNamesTheGroundAndTheConcernTheStateMayRaise() {
        String id = walk.denied();

        String page = page("ken-ncp", "/portal/requests/" + id).getBody();

        assertThat(page).contains("data-decision=\"DENIED\"").contains("is denied.")
                .contains("it is a weapon or a means of delivery of biological agents or toxins")
                .contains("you may raise an Article X concern about it").contains(">Denied<");
    }

    @Test
    void organisationSeesItsOfferAndTheProposalItIsToAnswerButNotAnotherOrganisationsOffer() {
        String offer = walk.publishedOffer("who-focal", Offers.offer("WHO", "BIOSAFETY_BIOSECURITY_TRAINING", List.of("AFRICAN"), true, 2));
        String id = walk.approved(Requests.kenyaTraining());
        Api.Response confirmed = tasklist.submitForm("caseworker", id, TASK_CONFIRM_MATCH, Map.of("selectedOfferId", offer));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        Task answer = tasklist.task(id, TASK_RESPOND_TO_MATCH);

        String home = page("who-focal", "/portal").getBody();
        assertThat(home).contains("href=\"/portal/offers/" + offer + "\"").contains("Assistance from WHO").contains("Published")
                .contains("?task=" + answer.getId()).doesNotContain("href=\"/portal/requests/" + id + "\"");
        ResponseEntity<String> page = page("who-focal", "/portal/offers/" + offer);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("?task=" + answer.getId()).contains("due by");

        ResponseEntity<String> other = page("fao-focal", "/portal/offers/" + offer);
        assertThat(other.getStatusCode().value()).isEqualTo(404);
        assertThat(other.getBody()).doesNotContain("Assistance from WHO").doesNotContain(answer.getId());
        assertThat(page("who-focal", "/portal/requests/" + id).getStatusCode().value())
                .as("the request is the requesting State's case").isEqualTo(404);
    }

    // ==== what a State wrote is text =======================================================================

    @Test
    void portalShowsMarkupAndExpressionsInATitleAsText() {
        Map<String, Object> body = Requests.kenyaTraining();
        String title = "<script>alert('x')</script> ${7*7} [[${T(java.lang.System).exit(0)}]] #{portal.title}";
        body.put("title", title);
        String id = submitted("ken-ncp", body);

        for (String path : List.of("/portal", "/portal/requests/" + id)) {
            String page = page("ken-ncp", path).getBody();
            assertThat(page).as(path).contains(HtmlUtils.htmlEscape(title)).doesNotContain("<script>alert");
        }
    }

    // ==== languages ========================================================================================

    @Test
    void portalOfAFrenchSpeakingStateIsInFrenchAndArabicIsRightToLeft() {
        Map<String, Object> benin = Requests.from("BEN");
        benin.put("preferredLanguage", "fr");
        benin.put("circulation", "NAMED_PROVIDERS");
        benin.put("providers", List.of("DEU", "WHO"));
        String id = submitted("ben-ncp", benin);

        String home = page("ben-ncp", "/portal").getBody();
        assertThat(home).contains("<html lang=\"fr\" dir=\"ltr\"").contains("Mes dossiers").contains("Demandes d&#39;assistance")
;
        // the notes the application wrote in the history too; the API keeps them in English
        assertThat(page("ben-ncp", "/portal/requests/" + id).getBody()).contains("Historique du dossier")
                .contains("Diffusion : les fournisseurs désignés DEU, WHO").doesNotContain("Circulation: named providers");
        assertThat(api.as("ben-ncp").get("/api/requests/" + id).json().get("history").get(0).get("note").asText())
                .isEqualTo("Circulation: named providers DEU, WHO");

        Map<String, Object> jordan = Requests.from("JOR");
        jordan.put("preferredLanguage", "ar");
        String arabic = submitted("jor-ncp", jordan);
        assertThat(page("jor-ncp", "/portal/requests/" + arabic).getBody()).contains("<html lang=\"ar\" dir=\"rtl\"").contains("سجل القضية");

        // a choice on the page is kept in the webapps' session for the next pages
        WebappSession session = session("ben-ncp");
        assertThat(session.getHtml("/portal?lang=ru").body()).contains("<html lang=\"ru\"").contains("Мои дела");
        assertThat(session.getHtml("/portal/requests/" + id).body()).contains("<html lang=\"ru\"");
        assertThat(session.getHtml("/portal?lang=xx").body()).as("not a UN language: ignored").contains("<html lang=\"ru\"");
    }

    // ==== helpers ==========================================================================================

    String submitted(String user, Map<String, Object> body) {
        Api.Response response = api.as(user).post("/api/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asText();
        driver.runDueJobs();
        return id;
    }

    ResponseEntity<String> page(String user, String path) {
        HttpHeaders headers = html();
        headers.setBasicAuth(user, user);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    static HttpHeaders html() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return headers;
    }



    String base() {
        return "http://localhost:" + port;
    }
}
