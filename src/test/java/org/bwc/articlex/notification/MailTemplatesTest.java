package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.bwc.articlex.process.RequestStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Every status renders, in plain text and HTML, with its own words; user text cannot inject HTML. */
class MailTemplatesTest {

    private final NotificationSettings settings = new NotificationSettings();
    private final NotificationMail mail = NotificationTestFixtures.mail(settings, new JavaMailSenderImpl());
    private final NotificationTexts texts = new NotificationTexts();
    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void everyStatusRendersWithItsOwnWordsInTextAndHtml(RequestStatus status) {
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org",
                status.name(), null, null);
        MailTemplates.Rendered body = templates.render(mail.model(n));

        String title = texts.headline(Notification.REQUEST_STATUS_CHANGED, status.name());
        String next = texts.whatNext(status.name(), "REQ-2026-0042");
        ResourceBundle wording = ResourceBundle.getBundle("templates/mail/messages", Locale.ROOT);
        assertThat(wording.containsKey("status." + status + ".title")).as("status.%s.title", status).isTrue();
        assertThat(wording.containsKey("status." + status + ".next")).as("status.%s.next", status).isTrue();
        assertThat(title).isNotBlank();
        assertThat(next).isNotBlank();
        assertThat(n.subject()).isEqualTo("[REQ-2026-0042] " + title);
        for (String rendered : new String[] {body.text(), body.html()}) {
            assertThat(rendered)
                    .contains("Dear contact point of Kenya,")
                    .contains("REQ-2026-0042")
                    .contains("BSL-2 laboratory biosafety training")
                    .contains(title)
                    .contains("What happens next")
                    .contains("https://articlex.example.org/portal/requests/REQ-2026-0042")
                    .contains("https://articlex.example.org/api/states/KEN/notifications")
                    .doesNotContain("??")
                    .doesNotContain("${")
                    .doesNotContain("[(");
        }
        assertThat(body.text()).contains(next);
        assertThat(body.html()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void clarificationShowsTheQuestionAndTheDeadline() {
        Instant deadline = Instant.parse("2026-03-03T09:30:00Z");
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org",
                "CLARIFICATION_REQUESTED", "Which cabinets does the laboratory already have?", deadline);
        MailTemplates.Rendered body = templates.render(mail.model(n));

        assertThat(body.text()).contains("""
                REQ-2026-0042 - BSL-2 laboratory biosafety training
                Clarification requested

                Question from the ISU:
                Which cabinets does the laboratory already have?

                Answer by: 3 March 2026, 09:30 UTC
                """);
        assertThat(body.text()).contains("POST /api/requests/REQ-2026-0042/clarification");
        assertThat(body.html()).contains("Which cabinets does the laboratory already have?").contains("3 March 2026, 09:30 UTC");
        assertThat(n.message()).isEqualTo("Clarification requested: BSL-2 laboratory biosafety training. Question from the ISU: "
                + "Which cabinets does the laboratory already have? Answer by 3 March 2026, 09:30 UTC.");
    }

    @Test
    void denialTellsTheStateHowToRaiseAConcernAboutThisRequest() {
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org",
                "DENIED", "A means of delivery under SCR-WEAPON-OR-MEANS-OF-DELIVERY", null);
        MailTemplates.Rendered body = templates.render(mail.model(n));

        for (String rendered : new String[] {body.text(), body.html()}) {
            assertThat(rendered).contains("raise a concern").contains("POST /api/concerns")
                    .contains("requestId REQ-2026-0042").contains("re-open the Balance review");
        }
    }

    @Test
    void concernStepIsSentWithItsOwnSubjectAndALinkToTheConcern() {
        NotificationTexts words = new NotificationTexts();
        Notification n = new Notification("0b6f7a4e-3f0e-4d5e-9a59-1c2d3e4f5a6b", "KEN", "contact-point.ken@bwc-ncp.example.org",
                "CON-2026-0003", "Concern about request REQ-2026-0042", "CONCERN_ACKNOWLEDGED", null,
                words.subject("CON-2026-0003", words.headline("CONCERN_ACKNOWLEDGED", null)),
                "The ISU has acknowledged your concern CON-2026-0003 about request REQ-2026-0042.", null, null,
                Instant.parse("2026-02-01T09:30:00Z"), EmailState.PENDING, 0, null, null, null, null);
        MailTemplates.Rendered body = templates.render(mail.model(n));

        assertThat(n.subject()).isEqualTo("[CON-2026-0003] Concern acknowledged");
        assertThat(body.text()).contains("The ISU has acknowledged your concern CON-2026-0003")
                .contains(": https://articlex.example.org/portal") // the portal shows no concern: the party's list of cases
                .doesNotContain("https://articlex.example.org/api/concerns/");
    }

    @Test
    void userTextIsEscapedInTheHtmlPart() {
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org", "WITHDRAWN",
                "<script>alert('x')</script> & <b>bold</b>", null);
        MailTemplates.Rendered body = templates.render(mail.model(n));
        assertThat(body.html()).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp; &lt;b&gt;bold&lt;/b&gt;");
        assertThat(body.text()).contains("Reason given:\n<script>alert('x')</script> & <b>bold</b>");
    }

    @Test
    void anEventOfAnotherKindShowsItsMessageToAnOrganisation() {
        Notification n = new Notification("0b3e", "WHO", "focal-point.who@bwc-org.example.org", "OFF-2026-0003", null,
                "OFFER_EXPIRED", null, texts.subject("OFF-2026-0003", texts.headline("OFFER_EXPIRED", null)),
                "Your offer OFF-2026-0003 reached its validity end.", null, null, Instant.now(), EmailState.PENDING, 0, null, null, null, null);
        MailTemplates.Rendered body = templates.render(mail.model(n));
        assertThat(n.subject()).isEqualTo("[OFF-2026-0003] Offer expired");
        assertThat(body.text()).contains("Dear focal point of WHO,").contains("Offer expired")
                .contains("Your offer OFF-2026-0003 reached its validity end.")
                .contains("https://articlex.example.org/portal/offers/OFF-2026-0003")
                .contains("https://articlex.example.org/api/organisations/WHO/notifications")
                .doesNotContain("What happens next");
        assertThat(texts.headline("SOMETHING_NEW", null)).isEqualTo("Something new");
    }

    @Test
    void theMessageCarriesAStableMessageIdBothPartsAndAutomaticHeaders() throws Exception {
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org", "SUBMITTED",
                null, null);
        MimeMessage message = mail.compose(n, new JavaMailSenderImpl());
        message.saveChanges();
        message.saveChanges();

        assertThat(message.getMessageID()).isEqualTo("<notification." + n.id() + "@articlex.example.org>");
        assertThat(message.getSubject()).isEqualTo("[REQ-2026-0042] Request received");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Article X Assistance Engine <notifications@articlex.example.org>");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("contact-point.ken@bwc-ncp.example.org");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        assertThat(((MimeMultipart) message.getContent()).getBodyPart(0).getContentType()).startsWith("multipart/related");
        assertThat(Map.of("text", NotificationScenarioSupport.text(message), "html", NotificationScenarioSupport.html(message)))
                .allSatisfy((kind, part) -> assertThat(part).contains("Request received"));
    }

    static final String OUTCOME = """
            [{"index":1,"description":"50-litre single-use bioreactor","decision":"PROCEEDS_WITH_CONDITIONS",
              "conditionNames":["END_USER_CERTIFICATE","NO_RE_EXPORT"],"conditionsText":null,"legalGround":null,"rules":["1C002.a"]},
             {"index":2,"description":"Laboratory quality management course","decision":"PROCEEDS","conditionNames":[],
              "conditionsText":null,"legalGround":null,"rules":[]},
             {"index":3,"description":"Fermenter 100 L with steam sterilisation","decision":"DENIED","conditionNames":[],
              "conditionsText":null,"legalGround":"UNSC_MEASURE","rules":["UNSC-1718"]}]""";

    @Test
    void matchingTellsWhichItemsProceedUnderWhichConditionsAndWhichAreDeniedOnWhatGround() {
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org", "MATCHING", null,
                null, "en", OUTCOME);
        MailTemplates.Rendered body = templates.render(mail.model(n), MailLanguages.locale(n.language()));

        assertThat(body.text()).contains("""
                What the screening decided, item by item
                - Item 1: 50-litre single-use bioreactor - proceeds under these conditions: an end-user certificate; \
                no re-export without the supplier's consent.
                - Item 2: Laboratory quality management course - proceeds as requested.
                - Item 3: Fermenter 100 L with steam sterilisation - denied because a measure of the United Nations Security \
                Council bars its transfer to the requesting State (rules: UNSC-1718).
                """);
        assertThat(body.html()).contains("an end-user certificate; no re-export without the supplier&#39;s consent.")
                .contains("Item 3: Fermenter 100 L with steam sterilisation");
    }

    @Test
    void aFrenchSpeakingStateReadsItsEmailInFrenchWithAFrenchDate() {
        Instant deadline = Instant.parse("2026-03-03T09:30:00Z");
        Notification n = NotificationTestFixtures.notification("SEN", "contact-point.sen@bwc-ncp.example.org",
                "CLARIFICATION_REQUESTED", "Quelles enceintes le laboratoire possède-t-il déjà ?", deadline, "fr", null);
        MailTemplates.Rendered body = templates.render(mail.model(n), MailLanguages.locale(n.language()));

        assertThat(n.subject()).isEqualTo("[REQ-2026-0042] Éclaircissements demandés");
        for (String rendered : new String[] {body.text(), body.html()}) {
            assertThat(rendered).contains("Éclaircissements demandés").contains("Question de l’ISU").contains("Prochaines étapes")
                    .contains("Répondre avant le").contains("3 mars 2026").contains("Tasklist")
                    .doesNotContain("What happens next").doesNotContain("??");
        }
        assertThat(body.html()).contains("<html lang=\"fr\" dir=\"ltr\">").contains(">Ouvrir le dossier</a>");
    }

    @Test
    void arabicIsWrittenRightToLeftAndTheOutcomeInArabicWords() {
        Notification n = NotificationTestFixtures.notification("EGY", "contact-point.egy@bwc-ncp.example.org", "MATCHING", null,
                null, "ar", OUTCOME);
        MailTemplates.Rendered body = templates.render(mail.model(n), MailLanguages.locale(n.language()));

        assertThat(body.html()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("text-align: right")
                .contains("جارٍ البحث عن عروض مطابقة").contains("شهادة المستخدم النهائي").contains("مجلس الأمن");
        assertThat(n.subject()).isEqualTo("[REQ-2026-0042] جارٍ البحث عن عروض مطابقة");
        assertThat(body.text()).contains("الخطوات التالية").doesNotContain("What happens next");
    }
}
