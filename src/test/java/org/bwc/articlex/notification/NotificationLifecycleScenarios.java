package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestService;
import org.bwc.articlex.intake.RequestStatusRecorder;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.support.Api;
import org.bwc.articlex.support.CaseWalk;
import org.bwc.articlex.support.Offers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * A request's life through the API produces exactly one notification, and one e-mail, per status change, to the
 * requesting State's contact point; a rolled-back change produces none; the feed is the State's own. Run on H2 and
 * on PostgreSQL.
 */
abstract class NotificationLifecycleScenarios extends NotificationScenarioSupport {

    @Autowired
    RequestService requestService;
    @Autowired
    RequestStatusRecorder statusRecorder;

    @Test
    void aFrenchSpeakingStateWhoseFermenterIsApprovedWithConditionsReadsWhatWasDecidedInFrench() {
        Map<String, Object> body = org.bwc.articlex.support.Requests.from("SEN");
        body.put("preferredLanguage", "fr");
        body.put("category", "LABORATORY_EQUIPMENT");
        body.put("items", List.of(org.bwc.articlex.support.Requests.item("EQUIPMENT", "Fermenter for yoghurt starter cultures", 1),
                org.bwc.articlex.support.Requests.item("TRAINING", "Laboratory quality management course", 1)));
        String id = reviewed("sen-ncp", body);
        assertThat(status(id)).isEqualTo("BALANCE_REVIEW");
        String condition = "Working volume below 20 L, certified by the exporter";
        assertThat(submitForm("manager", task(id, "balanceReview"), Map.of("justification",
                "A yoghurt starter fermenter below the control threshold, confirmed with the laboratory",
                "itemDecisions", "[{\"index\":1,\"decision\":\"APPROVE_WITH_CONDITIONS\",\"conditions\":\"" + condition + "\"}]")))
                .isEqualTo(204);
        runDueJobs();

        List<MimeMessage> mails = SmtpServer.about(id);
        assertThat(mails).extracting(SmtpServer::subject).startsWith("[" + id + "] Demande reçue", "[" + id + "] En cours d’examen",
                "[" + id + "] Acceptée pour examen de conformité", "[" + id + "] En examen d’équilibre",
                "[" + id + "] Recherche d’offres correspondantes");
        assertThat(text(mails.get(0))).as("the consent noted at submission, in French")
                .contains("Diffusion : tous les fournisseurs").doesNotContain("Circulation: all providers");
        String held = text(mails.get(3));
        assertThat(held).contains("Décision de l’examen, article par article")
                .contains("- Article 1 : Fermenter for yoghurt starter cultures - est soumis à la décision d’un haut fonctionnaire")
                .contains("- Article 2 : Laboratory quality management course - est accepté tel que demandé.");
        String matching = text(mails.get(4));
        assertThat(matching).startsWith("À l’attention du point de contact national de l’État partie : Senegal")
                .contains("- Article 1 : Fermenter for yoghurt starter cultures - est accepté aux conditions suivantes : " + condition + ".")
                .contains("- Article 2 : Laboratory quality management course - est accepté tel que demandé.")
                .contains("Prochaines étapes").doesNotContain("What happens next");
        assertThat(html(mails.get(4))).contains("<html lang=\"fr\" dir=\"ltr\">");
    }

    /** A concern names no language of its own: its e-mails are in the State's, the language of its requests. */
    @Test
    void aFrenchSpeakingStateThatRaisesAConcernReadsItsConcernsEmailInFrench() {
        Map<String, Object> body = org.bwc.articlex.support.Requests.from("TGO");
        body.put("preferredLanguage", "fr");
        body.put("title", "Aerosol dissemination equipment");
        body.put("items", List.of(org.bwc.articlex.support.Requests.item("EQUIPMENT",
                "Aerosol generator for dispersing Bacillus anthracis spores", 1)));
        String id = reviewed("tgo-ncp", body);
        assertThat(submitForm("manager", task(id, "balanceReview"), Map.of("balanceDecision", "DENY",
                "legalGround", "WEAPON_OR_MEANS_OF_DELIVERY",
                "justification", "Designed to disseminate a listed agent: a means of delivery"))).isEqualTo(204);
        Api.Response raised = api.as("tgo-ncp").post("/api/concerns", Map.of("raisedBy", "TGO", "requestId", id,
                "statement", "The generator serves vaccine aerosol-challenge studies; the denial hampers Article X cooperation."));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String concern = raised.json().get("id").asText();
        runDueJobs();

        List<MimeMessage> mails = SmtpServer.about(concern);
        assertThat(mails).extracting(SmtpServer::subject).startsWith("[" + concern + "] Préoccupation enregistrée");
        assertThat(text(mails.get(0))).contains("L’ISU a enregistré votre préoccupation " + concern + " concernant la demande " + id)
                .doesNotContain("The ISU has registered");
    }

    @Test
    void aFrenchSpeakingStateReadsThatItsRequestIsFundedInFrenchWithItsOwnTitleAndTheArabicSpeakingProviderInArabic() {
        // DISEASE_SURVEILLANCE for the AFRICAN group, and for the EASTERN_EUROPEAN one below: no other scenario offers it
        Map<String, Object> offerBody = Offers.offer("AUS", "DISEASE_SURVEILLANCE", List.of("AFRICAN"), true, 2);
        offerBody.put("languages", List.of("ar"));
        String offer = walk.publishedOffer("aus-ncp", offerBody);
        cases.add(offer);
        Map<String, Object> body = CaseWalk.exampleRequest("SEN", "DISEASE_SURVEILLANCE");
        body.put("preferredLanguage", "fr");
        String title = "Laboratoire d'analyses de Thiès {0}: matériel & formation";
        body.put("title", title);
        String id = walk.approved(body);
        cases.add(id);
        walk.matched(id, offer, "aus-ncp");
        runDueJobs();

        List<MimeMessage> funded = SmtpServer.about(id).stream()
                .filter(m -> SmtpServer.subject(m).startsWith("[" + id + "] Financement assuré")).toList();
        assertThat(funded).as("the requesting State's FUNDING_SECURED e-mail, in French").hasSize(1);
        assertThat(text(funded.get(0))).startsWith("À l’attention du point de contact national de l’État partie : Senegal")
                .contains("La demande " + id + " (" + title + ") est entièrement financée. La mise en œuvre peut commencer : "
                        + "signalez son début et son achèvement par POST /api/requests/" + id + "/implementation.")
                .doesNotContain("is fully funded");
        List<MimeMessage> provider = SmtpServer.about(id).stream()
                .filter(m -> SmtpServer.subject(m).startsWith("[" + id + "] تأمّن التمويل")).toList();
        assertThat(provider).as("the offering party's FUNDING_SECURED e-mail, in the language of its offer").hasSize(1);
        assertThat(html(provider.get(0))).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(text(provider.get(0))).contains("الطلب " + id + " (" + title + ") ممول بالكامل.").doesNotContain("is fully funded");

        List<JsonNode> feed = stateFeed("SEN", id).stream().filter(n -> n.get("event").asText().equals("FUNDING_SECURED")).toList();
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("message").asText()).as("the feed is the secretariat's record, in English").isEqualTo(
                "Request " + id + " (" + title + ") is fully funded. Implementation can start: report its start and its completion"
                        + " with POST /api/requests/" + id + "/implementation.");
    }

    @Test
    void anOfferingPartyReadsThatItsOfferIsPublishedInItsOffersLanguageWithTheDateAsThatLanguageWritesIt() {
        Map<String, Object> arabic = Offers.offer("JOR", "DISEASE_SURVEILLANCE", List.of("EASTERN_EUROPEAN"), false, 1);
        arabic.put("languages", List.of("ar", "en"));
        String arabicOffer = walk.publishedOffer("jor-ncp", arabic);
        Map<String, Object> english = Offers.offer("NZL", "DISEASE_SURVEILLANCE", List.of("EASTERN_EUROPEAN"), false, 1);
        english.put("languages", List.of("en"));
        String englishOffer = walk.publishedOffer("nzl-ncp", english);
        cases.addAll(List.of(arabicOffer, englishOffer));
        runDueJobs();
        LocalDate validUntil = LocalDate.parse((String) english.get("validUntil"));

        String englishSentence = "Your offer " + englishOffer + " is published. It is matched with the requests it can serve until "
                + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(validUntil) + ".";
        assertThat(SmtpServer.about(englishOffer)).singleElement().satisfies(m -> assertThat(text(m)).contains(englishSentence));
        assertThat(feed("/api/states/NZL/notifications", "caseworker", englishOffer)).singleElement()
                .satisfies(n -> assertThat(n.get("message").asText()).isEqualTo(englishSentence));

        MimeMessage inArabic = SmtpServer.about(arabicOffer).stream().findFirst().orElseThrow();
        assertThat(html(inArabic)).contains("<html lang=\"ar\" dir=\"rtl\">");
        assertThat(text(inArabic)).contains("نُشر عرضكم " + arabicOffer + ". وستجري مطابقته مع الطلبات التي يمكنه تلبيتها حتى "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("ar")).format(validUntil) + ".")
                .doesNotContain("is published");
        assertThat(feed("/api/states/JOR/notifications", "caseworker", arabicOffer)).singleElement()
                .satisfies(n -> assertThat(n.get("message").asText()).startsWith("Your offer " + arabicOffer + " is published."));
    }

    @Test
    void everyStatusChangeOfALifecycleIsEmailedOnceToTheStatesContactPoint() {
        String id = underReview("KEN");
        askForClarification(id, "Which BSL-2 cabinets does the laboratory already have?");
        assertThat(api.as("ken-ncp").post("/api/requests/" + id + "/clarification",
                Map.of("answer", "None: the two requested would be the first.")).status()).isEqualTo(202);
        reviewComplete(id);
        runDueJobs();

        List<String> history = history(id);
        assertThat(history).startsWith("SUBMITTED", "UNDER_REVIEW", "CLARIFICATION_REQUESTED", "UNDER_REVIEW", "SCREENING");
        List<JsonNode> feed = stateFeed("KEN", id);
        assertThat(feed).extracting(n -> n.get("status").asText()).containsExactlyElementsOf(history);
        assertThat(feed).allSatisfy(n -> assertThat(n.get("email").asText()).isEqualTo("SENT"));
        assertThat(feed).extracting(n -> n.get("id").asText()).doesNotHaveDuplicates();

        List<MimeMessage> mails = SmtpServer.about(id);
        assertThat(mails).hasSameSizeAs(history);
        assertThat(mails).allSatisfy(m -> assertThat(SmtpServer.recipient(m)).isEqualTo(KENYA_CONTACT));
        Map<String, String> subjectByMessageId = mails.stream()
                .collect(Collectors.toMap(SmtpServer::messageId, SmtpServer::subject));
        for (JsonNode entry : feed) {
            assertThat(subjectByMessageId).containsEntry(expectedMessageId(entry.get("id").asText()), entry.get("subject").asText());
        }
        assertThat(feed.subList(0, 5)).extracting(n -> n.get("subject").asText()).containsExactly(
                "[" + id + "] Request received",
                "[" + id + "] Under review",
                "[" + id + "] Clarification requested",
                "[" + id + "] Under review",
                "[" + id + "] Accepted for screening");

        MimeMessage clarification = mails.stream()
                .filter(m -> SmtpServer.subject(m).equals("[" + id + "] Clarification requested")).findFirst().orElseThrow();
        JsonNode clarificationEntry = feed.get(2);
        Instant deadline = Instant.parse(clarificationEntry.get("deadline").asText());
        Instant asked = Instant.parse(clarificationEntry.get("createdAt").asText());
        assertThat(Duration.between(asked, deadline)).isEqualTo(Duration.ofDays(30));
        assertThat(clarificationEntry.get("message").asText())
                .contains("Which BSL-2 cabinets does the laboratory already have?").contains("Answer by");
        assertThat(text(clarification))
                .contains("Dear contact point of Kenya,")
                .contains("BSL-2 laboratory biosafety training")
                .contains("Question from the ISU:\nWhich BSL-2 cabinets does the laboratory already have?")
                .contains("Answer by: " + NotificationTexts.deadline(deadline))
                .contains("POST /api/requests/" + id + "/clarification")
                .contains(BASE_URL + "/portal/requests/" + id);
        assertThat(html(clarification))
                .contains("<h2 style=\"margin-top: 4px; font-size: 20px;\">Clarification requested</h2>")
                .contains("href=\"" + BASE_URL + "/portal/requests/" + id + "\"");
    }

    @Test
    void withdrawalIsEmailedOnceWithTheReason() {
        String id = underReview("KEN");
        assertThat(api.as("ken-ncp").post("/api/requests/" + id + "/withdrawal",
                Map.of("reason", "Funded bilaterally in the meantime")).status()).isEqualTo(202);
        runDueJobs();

        assertThat(history(id)).containsExactly("SUBMITTED", "UNDER_REVIEW", "WITHDRAWN");
        List<MimeMessage> mails = SmtpServer.about(id);
        assertThat(mails).extracting(SmtpServer::subject).containsExactlyInAnyOrder(
                "[" + id + "] Request received", "[" + id + "] Under review", "[" + id + "] Withdrawn");
        MimeMessage withdrawn = mails.stream().filter(m -> SmtpServer.subject(m).endsWith("Withdrawn")).findFirst().orElseThrow();
        assertThat(text(withdrawn)).contains("Reason given:\nFunded bilaterally in the meantime");
    }

    @Test
    void lapseIsEmailedOnceWhenNoClarificationArrives() {
        String id = underReview("KEN");
        askForClarification(id, "Who is the end user?");
        runDueJobs();
        letTimePass(Duration.ofDays(31));

        assertThat(history(id)).containsExactly("SUBMITTED", "UNDER_REVIEW", "CLARIFICATION_REQUESTED", "LAPSED");
        assertThat(SmtpServer.about(id)).extracting(SmtpServer::subject).containsExactlyInAnyOrder(
                "[" + id + "] Request received", "[" + id + "] Under review", "[" + id + "] Clarification requested",
                "[" + id + "] Lapsed");
        assertThat(stateFeed("KEN", id)).extracting(n -> n.get("email").asText()).containsOnly("SENT");
    }

    @Test
    void aWithdrawalRolledBackAfterItsNotificationWasWrittenSendsNothingAndLeavesNoRow() {
        String id = underReview("KEN");
        int before = stateFeed("KEN", id).size();

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            requestService.withdraw(id, "Changed our mind", new Caller("ken-ncp", Set.of("sp-KEN")));
            assertThat(stateFeed("KEN", id)).hasSize(before); // not visible to others before commit
            throw new IllegalStateException("a later step of the same transaction fails");
        })).isInstanceOf(IllegalStateException.class);
        runDueJobs();

        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
        assertThat(stateFeed("KEN", id)).hasSize(before).extracting(n -> n.get("status").asText()).doesNotContain("WITHDRAWN");
        assertThat(SmtpServer.about(id)).extracting(SmtpServer::subject).doesNotContain("[" + id + "] Withdrawn");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(NotificationDeliveryProcess.PROCESS_ID).variableValueEquals("caseId", id).count())
                .isEqualTo(before);
    }

    @Test
    void aStatusChangeInATransactionMarkedRollbackOnlySendsNothing() {
        String id = underReview("KEN");
        int before = stateFeed("KEN", id).size();

        transaction.executeWithoutResult(tx -> {
            statusRecorder.record(id, RequestStatus.LAPSED, "system", null);
            tx.setRollbackOnly();
        });
        runDueJobs();

        assertThat(stateFeed("KEN", id)).hasSize(before);
        assertThat(SmtpServer.about(id)).hasSize(before);
        assertThat(status(id)).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void anotherStateMayNotReadTheFeed() {
        String id = submitted("KEN");
        Api.Response germany = api.as("deu-ncp").get("/api/states/KEN/notifications");
        assertThat(germany.status()).isEqualTo(403);
        assertThat(germany.contentType()).startsWith("application/problem+json");
        assertThat(germany.body()).doesNotContain(id);
        assertThat(api.as("who-focal").get("/api/states/KEN/notifications").status()).isEqualTo(403);
        assertThat(api.as("deu-ncp").get("/api/notifications").status()).isEqualTo(403);

        assertThat(feed("/api/states/KEN/notifications", "ken-ncp", id)).hasSize(1);
        assertThat(feed("/api/states/KEN/notifications", "caseworker", id)).hasSize(1);
        assertThat(feed("/api/states/KEN/notifications", "manager", id)).hasSize(1);
        assertThat(feed("/api/states/KEN/notifications", "admin", id)).hasSize(1);
        // the delivery error is the secretariat's business
        assertThat(feed("/api/states/KEN/notifications", "ken-ncp", id).get(0).get("emailError").isNull()).isTrue();
    }

    @Test
    void unknownStateOrBadSinceIsRefusedWithAProblem() {
        assertThat(api.as("caseworker").get("/api/states/XYZ/notifications").status()).isEqualTo(404);
        assertThat(api.as("caseworker").get("/api/states/ISR/notifications").status()).isEqualTo(404);
        Api.Response badSince = api.as("ken-ncp").get("/api/states/KEN/notifications?since=yesterday");
        assertThat(badSince.status()).isEqualTo(400);
        assertThat(badSince.contentType()).startsWith("application/problem+json");
        assertThat(badSince.json().get("errors").get(0).get("field").asText()).isEqualTo("since");
        assertThat(api.as("ken-ncp").get("/api/states/KEN/notifications?limit=0").status()).isEqualTo(400);
    }

    @Test
    void sinceReturnsTheNotificationsCreatedFromThatInstantOn() {
        String id = underReview("KEN");
        askForClarification(id, "Which facility?");
        runDueJobs();
        List<JsonNode> all = stateFeed("KEN", id);
        assertThat(all).hasSize(3);
        String third = all.get(2).get("createdAt").asText();

        List<JsonNode> fromThird = feed("/api/states/KEN/notifications?since=" + third, "ken-ncp", id);
        assertThat(fromThird).extracting(n -> n.get("status").asText()).containsExactly("CLARIFICATION_REQUESTED");
        List<JsonNode> fromStart = feed("/api/states/KEN/notifications?since=" + all.get(0).get("createdAt").asText(),
                "ken-ncp", id);
        assertThat(fromStart).hasSize(3);
        String later = Instant.parse(third).plusSeconds(1).toString();
        assertThat(api.as("ken-ncp").get("/api/states/KEN/notifications?since=" + later).json()).isEmpty();
    }

    @Test
    void anOrganisationIsNotifiedThroughThePublicApiOfOtherFeatures() {
        Instant respondBy = Instant.parse("2031-03-01T12:00:00Z");
        String id = notify("WHO", "OFF-2031-0007",
                "OFFER_PROPOSED", "Kenya's request REQ-2031-0001 was matched with your offer; please accept or decline.",
                respondBy);
        runDueJobs();

        List<MimeMessage> mails = SmtpServer.about("OFF-2031-0007");
        assertThat(mails).hasSize(1);
        assertThat(SmtpServer.recipient(mails.get(0))).isEqualTo(WHO_CONTACT);
        assertThat(SmtpServer.subject(mails.get(0))).isEqualTo("[OFF-2031-0007] Offer proposed for a request");
        assertThat(text(mails.get(0))).contains("Dear focal point of WHO,").contains("please accept or decline")
                .contains("Respond by: 1 March 2031, 12:00 UTC").contains(BASE_URL + "/portal/offers/OFF-2031-0007");
        List<JsonNode> feed = feed("/api/organisations/WHO/notifications", "who-focal", "OFF-2031-0007");
        assertThat(feed).hasSize(1);
        assertThat(feed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(feed.get(0).get("event").asText()).isEqualTo("OFFER_PROPOSED");
        assertThat(feed.get(0).get("status").isNull()).isTrue();
        assertThat(feed.get(0).get("email").asText()).isEqualTo("SENT");
        assertThat(api.as("ken-ncp").get("/api/organisations/WHO/notifications").status()).isEqualTo(403);
        assertThat(api.as("who-focal").get("/api/notifications/" + id).status()).isEqualTo(200);
        assertThat(api.as("ken-ncp").get("/api/notifications/" + id).status()).isEqualTo(404);
    }

    @Test
    void anOffersProviderIsEmailedWhenItIsPublishedAndWhenItIsWithdrawn() {
        Api.Response created = api.as("who-focal").post("/api/offers",
                Offers.offer("WHO", "LEGISLATION_REGULATION", List.of("WESTERN_EUROPEAN_OTHERS"), false, 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String offer = created.json().get("id").asText();
        cases.add(offer);
        runDueJobs();
        assertThat(api.as("who-focal").post("/api/offers/" + offer + "/withdrawal", Map.of()).status()).isEqualTo(202);
        runDueJobs();

        List<MimeMessage> mails = SmtpServer.about(offer);
        assertThat(mails).extracting(SmtpServer::subject)
                .containsExactly("[" + offer + "] Offer published", "[" + offer + "] Offer withdrawn");
        assertThat(mails).allSatisfy(m -> assertThat(SmtpServer.recipient(m)).isEqualTo(WHO_CONTACT));
        assertThat(text(mails.get(0))).contains("Your offer " + offer + " is published");
        assertThat(feed("/api/organisations/WHO/notifications", "who-focal", offer)).extracting(n -> n.get("event").asText())
                .containsExactly("OFFER_PUBLISHED", "OFFER_WITHDRAWN");
    }

    @Test
    void notifyingOutsideATransactionOrAnUnknownPartyIsAProgrammingError() {
        assertThatThrownBy(() -> notifications.notifyParty("KEN", "OFF-2031-0001", "OFFER_EXPIRED", "Expired", null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThatThrownBy(() -> notify("XYZ", "OFF-2031-0001", "OFFER_EXPIRED", "Expired", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }
}
