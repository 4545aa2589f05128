package org.bwc.articlex.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_REVIEW_COMPLETENESS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.followup.RequestFollowUpProcess;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.security.WebappSession;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.bwc.articlex.support.Requests;
import org.bwc.articlex.support.WebappScenario;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The State-side Camunda Forms in the party's language (docs/tasklist-walkthrough.md, "Forms in the party's
 * language"), fetched through Tasklist's own door ({@code /camunda/api/engine}, the webapps' login) and
 * {@code /engine-rest}: a French-speaking State's clarification form and start form in French, an Arabic-speaking
 * State's in Arabic, an offering party's proposal in its offer's language, each party's follow-up a year on in its
 * own, the secretariat's in English; keys, types and expressions as deployed, refusals in the form's language, and
 * the translated forms' answers accepted by the server. Run on H2 and on PostgreSQL.
 */
abstract class TranslatedFormsScenarios extends WebappScenario {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE = WebappSession.ENGINE;

    @LocalServerPort
    int port;

    @Test
    void frenchSpeakingStateAnswersItsClarificationInAFrenchFormAndTheCaseworkerReadsEnglish() throws Exception {
        String id = requestedIn("BEN", "fr");
        String taskId = clarificationAsked(id);
        WebappSession benin = session("ben-ncp");

        JsonNode form = json(benin.get(ENGINE + "/task/" + taskId + "/deployed-form"));
        assertThat(label(form, "Field_ClarificationAnswer")).isEqualTo("Votre réponse");
        assertThat(label(form, "Field_ClarificationQuestion")).isEqualTo("Question du secrétariat");
        assertThat(form.at("/components/0/text").asText()).startsWith("## Fournir des éclaircissements");
        assertSameFormApartFromTexts(form, "forms/provide-clarification.form");
        JsonNode overRest = api.as("ben-ncp").get("/engine-rest/task/" + taskId + "/deployed-form").json();
        assertThat(label(overRest, "Field_ClarificationAnswer")).as("the other door").isEqualTo("Votre réponse");

        JsonNode caseworkers = api.as("caseworker").get("/engine-rest/task/" + taskId + "/deployed-form").json();
        assertThat(label(caseworkers, "Field_ClarificationAnswer")).as("the secretariat reads English").isEqualTo("Your answer");

        // the server's refusal in French, naming the field by its French label
        HttpResponse<String> blank = benin.postJson(ENGINE + "/task/" + taskId + "/submit-form",
                "{\"variables\": {\"clarificationAnswer\": {\"value\": \"  \"}}}", "application/json");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(400);
        assertThat(JSON.readTree(blank.body()).get("message").asText())
                .endsWith(": clarificationAnswer: « Votre réponse » : ce champ est obligatoire");

        // the French form's field is what the server takes: submitted through Tasklist's door
        HttpResponse<String> answered = benin.postJson(ENGINE + "/task/" + taskId + "/submit-form",
                "{\"variables\": {\"clarificationAnswer\": {\"value\": \"Deux postes de classe II\"}}}", "application/json");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
        driver.runDueJobs();
        assertThat(status(id)).isEqualTo(RequestStatus.UNDER_REVIEW.name());
        String review = tasklist.task(id, TASK_REVIEW_COMPLETENESS).getId();
        JsonNode reviewForm = api.as("caseworker").get("/engine-rest/task/" + review + "/deployed-form").json();
        assertThat(reviewForm.toString()).as("the caseworker's own form").isEqualTo(deployed("forms/review-completeness.form").toString());
    }

    @Test
    void frenchSpeakingStatesStartFormIsInFrenchAndItsSubmissionStartsTheCase() throws Exception {
        requestedIn("BEN", "fr");
        WebappSession benin = session("ben-ncp");

        JsonNode form = json(benin.get(ENGINE + "/process-definition/key/assistance-request/deployed-start-form"));
        assertThat(label(form, "Field_Title")).isEqualTo("Titre");
        assertThat(label(form, "Group_EndUse")).isEqualTo("Utilisation finale");
        assertThat(optionLabel(form, "Field_Category", "LABORATORY_EQUIPMENT")).isEqualTo("Équipement de laboratoire");
        assertThat(label(form, "Button_Submit")).isEqualTo("Présenter la demande");
        assertThat(component(form, "Field_Providers").at("/conditional/hide").asText()).as("the expression as deployed")
                .isEqualTo("=circulation != \"NAMED_PROVIDERS\"");
        // the language of the notifications proposed is the form's own; the rest of the form as deployed
        assertThat(component(form, "Field_PreferredLanguage").path("defaultValue").asText()).isEqualTo("fr");
        ((com.fasterxml.jackson.databind.node.ObjectNode) component(form, "Field_PreferredLanguage")).put("defaultValue", "en");
        assertSameFormApartFromTexts(form, "forms/start/request-assistance.form");
        assertThat(label(api.as("caseworker").get("/engine-rest/process-definition/key/assistance-request/deployed-start-form")
                .json(), "Field_Title")).as("the secretariat reads English").isEqualTo("Title");

        // a choice of language on the portal is kept in the session that Tasklist shares
        assertThat(benin.getHtml("/portal?lang=es").statusCode()).isEqualTo(200);
        assertThat(label(json(benin.get(ENGINE + "/process-definition/key/assistance-request/deployed-start-form")),
                "Field_Title")).isEqualTo("Título");

        // what the translated form sends is what the server expects
        Map<String, Object> values = new java.util.LinkedHashMap<>(Map.of("title", "Formation en biosécurité",
                "description", "Cours de deux semaines pour le laboratoire central", "category", "BIOSAFETY_BIOSECURITY_TRAINING",
                "items", List.of(Map.of("kind", "TRAINING", "description", "Cours d'agent de biosécurité", "quantity", 20)),
                "endUse", Map.of("statement", "Laboratoire de diagnostic", "facility", "Laboratoire central", "biosafetyLevel", 2),
                "preferredLanguage", "fr", "circulation", "ALL_PROVIDERS"));
        Map<String, Object> withoutEndUse = new java.util.LinkedHashMap<>(values);
        withoutEndUse.put("endUse", Map.of("statement", "", "facility", ""));
        Api.Response refused = tasklist.submitStartForm("ben-ncp", "assistance-request", withoutEndUse);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).as("over /engine-rest, no session: its requests' French")
                .contains("endUse.statement: « Déclaration d’utilisation finale » : ce champ est obligatoire");
        Map<String, Object> iceland = new java.util.LinkedHashMap<>(withoutEndUse);
        Api.Response english = tasklist.submitStartForm("isl-ncp", "assistance-request", iceland);
        assertThat(english.json().get("message").asText()).as("a State without a language of its own reads English")
                .contains("endUse.statement: is required");

        Api.Response started = tasklist.submitStartForm("ben-ncp", "assistance-request", values);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("businessKey").asText()).startsWith("REQ-");
    }

    @Test
    void arabicSpeakingStatesForms() throws Exception {
        String id = requestedIn("JOR", "ar");
        String taskId = clarificationAsked(id);
        WebappSession jordan = session("jor-ncp");

        JsonNode form = json(jordan.get(ENGINE + "/task/" + taskId + "/deployed-form"));
        assertThat(label(form, "Field_ClarificationAnswer")).isEqualTo("إجابتكم");
        assertSameFormApartFromTexts(form, "forms/provide-clarification.form");
        JsonNode start = json(jordan.get(ENGINE + "/process-definition/key/assistance-offer/deployed-start-form"));
        assertThat(label(start, "Button_Submit")).isEqualTo("تسجيل العرض");
        assertThat(optionLabel(start, "Field_EligibleRegions", "AFRICAN")).isEqualTo("مجموعة الدول الأفريقية");
        assertSameFormApartFromTexts(start, "forms/start/offer-assistance.form");
    }

    @Test
    void offeringPartyAnswersAProposalInItsOffersLanguageNotTheRequestingStates() throws Exception {
        Map<String, Object> offer = Offers.offer("CRI", "RESEARCH_COLLABORATION", List.of("AFRICAN"), true, 1);
        offer.put("languages", List.of("es", "en"));
        String offerId = walk.publishedOffer("cri-ncp", offer);
        Map<String, Object> request = Requests.from("MWI");
        request.put("category", "RESEARCH_COLLABORATION");
        request.put("preferredLanguage", "fr");
        String id = walk.approved(request);
        Api.Response confirmed = tasklist.submitForm("caseworker", id, "confirmMatch", Map.of("selectedOfferId", offerId));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);
        String taskId = tasklist.task(id, "respondToMatch").getId();

        JsonNode form = json(session("cri-ncp").get(ENGINE + "/task/" + taskId + "/deployed-form"));
        assertThat(label(form, "Field_OfferAccepted")).isEqualTo("Aceptamos esta solicitud para nuestra oferta");
        assertSameFormApartFromTexts(form, "forms/respond-to-match.form");

        Api.Response accepted = tasklist.submitForm("cri-ncp", taskId, Map.of("offerAccepted", true, "offerNote", "Listos"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
    }

    @Test
    void aYearOnEachPartyAnswersTheFollowUpInItsOwnLanguageTheRequesterInItsRequestsTheProviderInItsOffers() throws Exception {
        Map<String, Object> request = CaseWalk.exampleRequest("PAN", "EDUCATION_EXCHANGE");
        request.put("preferredLanguage", "es");
        Map<String, Object> offer = Offers.offer("BLR", "EDUCATION_EXCHANGE", List.of("LATIN_AMERICAN_CARIBBEAN"), true, 1);
        offer.put("languages", List.of("ru", "en"));
        String id = walk.completed(request, "pan-ncp", "blr-ncp", offer);
        driver.letTimePassFor(RequestFollowUpProcess.PROCESS_ID, Duration.ofDays(367));
        ProcessInstance followUp = walk.instance(RequestFollowUpProcess.PROCESS_ID, id);

        String requesterTask = engine.getTaskService().createTaskQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey(RequestFollowUpProcess.TASK_ANSWER_REQUESTER).singleResult().getId();
        JsonNode requesters = json(session("pan-ncp").get(ENGINE + "/task/" + requesterTask + "/deployed-form"));
        assertThat(label(requesters, "Field_LastingImpact")).isEqualTo("Efectos duraderos");
        assertSameFormApartFromTexts(requesters, "forms/answer-follow-up-requester.form");

        String providerTask = engine.getTaskService().createTaskQuery().processInstanceId(followUp.getId())
                .taskDefinitionKey(RequestFollowUpProcess.TASK_ANSWER_PROVIDER).singleResult().getId();
        JsonNode providers = json(session("blr-ncp").get(ENGINE + "/task/" + providerTask + "/deployed-form"));
        assertThat(label(providers, "Field_LastingImpact")).as("the matched offer's language").isEqualTo("Долгосрочный эффект");
        assertThat(optionLabel(providers, "Field_StaffInPost", "PARTLY")).isEqualTo("Частично");
        assertSameFormApartFromTexts(providers, "forms/answer-follow-up-provider.form");
    }

    // ==== helpers ==========================================================================================

    private String requestedIn(String state, String language) {
        Map<String, Object> body = Requests.from(state);
        body.put("preferredLanguage", language);
        Api.Response response = api.as(state.toLowerCase() + "-ncp").post("/api/requests", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        driver.runDueJobs();
        return response.json().get("id").asText();
    }

    private String clarificationAsked(String id) {
        Api.Response asked = tasklist.submitForm("caseworker", id, TASK_REVIEW_COMPLETENESS,
                Map.of("complete", false, "clarificationQuestion", "Which BSL-2 cabinets does the laboratory already have?"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(204);
        return tasklist.task(id, TASK_PROVIDE_CLARIFICATION).getId();
    }


    /** Same components, keys, types, values, expressions and rules: only the texts differ from the deployed form. */
    private static void assertSameFormApartFromTexts(JsonNode served, String resource) throws Exception {
        JsonNode deployed = deployed(resource);
        assertThat(served.toString()).as("translated").isNotEqualTo(deployed.toString());
        assertThat(skeleton(served)).isEqualTo(skeleton(deployed));
    }

    /** Every field but the texts {@link FormTranslation} translates, as path=value lines. */
    private static List<String> skeleton(JsonNode form) {
        List<String> lines = new ArrayList<>();
        walk("", form, lines);
        return lines;
    }

    private static void walk(String path, JsonNode node, List<String> lines) {
        if (node.isValueNode()) {
            String property = path.substring(path.lastIndexOf('/') + 1);
            boolean text = FormTranslation.TEXTS.contains(property) && !node.asText().startsWith("=")
                    || property.equals("label") && path.contains("/values/");
            lines.add(path + "=" + (text ? "<text>" : node.asText()));
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "/" + i, node.get(i), lines);
            }
            return;
        }
        node.fieldNames().forEachRemaining(name -> walk(path + "/" + name, node.get(name), lines));
    }

    private static JsonNode deployed(String resource) throws Exception {
        try (var in = TranslatedFormsScenarios.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode component(JsonNode form, String id) {
        for (JsonNode component : form.findParents("id")) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
        }
        throw new AssertionError("No component " + id);
    }

    private static String label(JsonNode form, String id) {
        return component(form, id).path("label").asText();
    }

    private static String optionLabel(JsonNode form, String id, String value) {
        for (JsonNode option : component(form, id).path("values")) {
            if (value.equals(option.path("value").asText())) {
                return option.path("label").asText();
            }
        }
        throw new AssertionError("No option " + value + " of " + id);
    }
}
