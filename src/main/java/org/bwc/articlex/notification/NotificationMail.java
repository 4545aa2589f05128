package org.bwc.articlex.notification;

import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.bwc.articlex.intake.HistoryNotes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Composes a notification's e-mail (plain text and HTML from the templates) and hands it to the SMTP server.
 * Every e-mail of one notification carries the same {@code Message-ID}, derived from the notification id, so
 * that even a copy sent twice (the server accepted it but the engine crashed before recording it) is one
 * message to the receiving mail system and the recipient's client.
 */
@Component
class NotificationMail {

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationSettings settings;
    private final PartyDirectory parties;
    private final NotificationTexts texts;
    private final MailTemplates templates;
    private final ItemOutcomes outcomes;
    private final NoticeMessages notices;
    private final String publicBaseUrl;

    NotificationMail(ObjectProvider<JavaMailSender> senders, NotificationSettings settings, PartyDirectory parties,
            NotificationTexts texts, MailTemplates templates, ItemOutcomes outcomes, NoticeMessages notices,
            @Value("${articlex.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.senders = senders;
        this.settings = settings;
        this.parties = parties;
        this.texts = texts;
        this.templates = templates;
        this.outcomes = outcomes;
        this.notices = notices;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** The recipient's address, checked strictly (a local part alone, "n/a" or a blank is not an address). */
    static InternetAddress recipient(String address) throws AddressException {
        if (address == null || address.isBlank()) {
            throw new AddressException("No contact e-mail address is registered for the recipient");
        }
        InternetAddress parsed = new InternetAddress(address.strip(), true);
        parsed.validate();
        if (parsed.getAddress().indexOf('@') < 1) {
            throw new AddressException("Missing @domain", address);
        }
        return parsed;
    }

    void send(Notification notification) throws MessagingException {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server is configured (spring.mail.host / ARTICLEX_MAIL_HOST)");
        }
        sender.send(compose(notification, sender));
    }

    MimeMessage compose(Notification notification, JavaMailSender sender) throws MessagingException {
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        MimeMessage message = new StableIdMimeMessage(session, messageId(notification.id()));
        MimeMessageHelper mail = new MessageHelper(message);
        mail.setFrom(new InternetAddress(settings.getEmail().getFrom(), true));
        if (settings.getEmail().getReplyTo() != null) {
            mail.setReplyTo(new InternetAddress(settings.getEmail().getReplyTo(), true));
        }
        mail.setTo(recipient(notification.recipientAddress()));
        mail.setSubject(notification.subject());
        mail.setSentDate(new Date());
        MailTemplates.Rendered body = templates.render(model(notification), MailLanguages.locale(notification.language()));
        mail.setText(body.text(), body.html());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("X-Articlex-Notification", notification.id());
        message.setHeader("X-Articlex-Case", notification.caseId());
        return message;
    }

    /** Stable per notification: {@code <notification.<id>@<sender's domain>>}. */
    String messageId(String notificationId) {
        return "<notification." + notificationId + "@" + settings.getEmail().senderDomain() + ">";
    }

    Map<String, Object> model(Notification n) {
        PartyDirectory.Party party = parties.find(n.recipientParty())
                .orElse(new PartyDirectory.Party(n.recipientParty(), n.recipientParty(), PartyDirectory.Party.Kind.STATE_PARTY, null));
        boolean state = party.kind() == PartyDirectory.Party.Kind.STATE_PARTY;
        String language = MailLanguages.supported(n.language());
        Locale locale = MailLanguages.locale(language);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language);
        model.put("dir", MailLanguages.rightToLeft(language) ? "rtl" : "ltr");
        model.put("notificationId", n.id());
        model.put("subject", n.subject());
        model.put("greeting", texts.message(state ? "mail.greeting.state" : "mail.greeting.organisation", locale, party.name()));
        model.put("partyKind", texts.message(state ? "mail.partyKind.state" : "mail.partyKind.organisation", locale));
        model.put("reference", n.caseId());
        model.put("caseTitle", n.caseTitle());
        model.put("headline", texts.headline(n.event(), n.status(), locale));
        model.put("status", n.status());
        // a status change explains itself through "what happens next"; any other event through its message, in the
        // reader's language when the notice named its wording keys
        model.put("message", n.status() == null ? notices.render(n, locale) : null);
        model.put("whatNext", texts.whatNext(n.status(), n.caseId(), locale));
        model.put("note", note(n.note(), locale));
        model.put("noteLabel", texts.noteLabel(n.event(), n.status(), locale));
        model.put("deadline", NotificationTexts.deadline(n.deadline(), locale));
        model.put("deadlineLabel", texts.deadlineLabel(n.event(), n.status(), locale));
        List<Map<String, String>> items = ItemOutcomes.lines(outcomes.read(n.outcome()), texts, locale);
        model.put("items", items.isEmpty() ? null : items);
        model.put("caseLink", caseLink(n.caseId()));
        model.put("tasklistLink", publicBaseUrl + "/camunda/app/tasklist/");
        model.put("feedLink", publicBaseUrl + (state ? "/api/states/" : "/api/organisations/") + party.code() + "/notifications");
        return model;
    }

    /** A note the application wrote (intake.HistoryNotes) in the e-mail's language; a person's own words as written. */
    private String note(String note, Locale locale) {
        if (note == null || note.isBlank()) {
            return null;
        }
        List<HistoryNotes.Part> parts = HistoryNotes.read(note);
        return parts.isEmpty() ? note.strip()
                : String.join(" ", parts.stream().map(p -> texts.message(p.key(), locale, p.args().toArray())).toList());
    }

    /**
     * Where "Open the case" leads: the one place that decides it. The case's page in the States' portal
     * (docs/portal.md): a request's, an offer's; a concern, which the portal does not show, and anything else lead to
     * the party's list of cases.
     */
    String caseLink(String caseId) {
        String prefix = caseId.contains("-") ? caseId.substring(0, caseId.indexOf('-')).toUpperCase(Locale.ROOT) : "";
        return switch (prefix) {
            case "REQ" -> publicBaseUrl + "/portal/requests/" + caseId;
            case "OFF" -> publicBaseUrl + "/portal/offers/" + caseId;
            default -> publicBaseUrl + "/portal";
        };
    }

    /**
     * Spring's helper reads the MIME types file anew for every message it did not create itself (ours keeps a stable
     * Message-ID): a tenth of a node's CPU while it delivered notifications. Read once, it answers the same.
     */
    static final class MessageHelper extends MimeMessageHelper {

        private static final FileTypeMap FILE_TYPES = fileTypes();

        MessageHelper(MimeMessage message) throws MessagingException {
            super(message, MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        }

        @Override
        protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
            return FILE_TYPES;
        }

        private static FileTypeMap fileTypes() {
            ConfigurableMimeFileTypeMap types = new ConfigurableMimeFileTypeMap();
            types.afterPropertiesSet();
            return types;
        }
    }

    /** JavaMail replaces the Message-ID on every save; this message keeps the one derived from the notification. */
    static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
