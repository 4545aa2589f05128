package org.bwc.articlex.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import org.bwc.articlex.reference.StatesRegistry;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The notification classes wired by hand, for unit tests without a Spring context. */
final class NotificationTestFixtures {

    private NotificationTestFixtures() {
    }

    static StatesRegistry states(Map<String, String> contactOverrides) {
        try {
            return StatesRegistry.load(new ClassPathResource("reference/bwc-states.csv").getInputStream(),
                    new ClassPathResource("reference/developing-economies.csv").getInputStream(), contactOverrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NotificationMail mail(NotificationSettings settings, JavaMailSender sender) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (sender != null) {
            beans.registerSingleton("mailSender", sender);
        }
        return new NotificationMail(beans.getBeanProvider(JavaMailSender.class), settings,
                new PartyDirectory(states(Map.of()), settings), new NotificationTexts(), new MailTemplates(),
                new ItemOutcomes(null, null, new com.fasterxml.jackson.databind.ObjectMapper()),
                new NoticeMessages(new NotificationTexts(), new com.fasterxml.jackson.databind.ObjectMapper()),
                "https://articlex.example.org");
    }

    static JavaMailSenderImpl smtp(String host, int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }

    static Notification notification(String party, String address, String status, String note, Instant deadline) {
        return notification(party, address, status, note, deadline, null, null);
    }

    /** In a language ({@code fr}, {@code ar}, ...) and with the items' outcome as JSON, as {@code Notifications} keeps it. */
    static Notification notification(String party, String address, String status, String note, Instant deadline,
            String language, String outcome) {
        NotificationTexts texts = new NotificationTexts();
        String headline = texts.headline(Notification.REQUEST_STATUS_CHANGED, status);
        return new Notification("6f1c0c52-9d0e-4a43-a3c1-6b0b5f0e2a11", party, address, "REQ-2026-0042",
                "BSL-2 laboratory biosafety training", Notification.REQUEST_STATUS_CHANGED, status,
                texts.subject("REQ-2026-0042", texts.headline(Notification.REQUEST_STATUS_CHANGED, status,
                        MailLanguages.locale(language))),
                texts.feedMessage(Notification.REQUEST_STATUS_CHANGED, status, headline, "BSL-2 laboratory biosafety training",
                        note, deadline),
                note, deadline, Instant.parse("2026-02-01T09:30:00Z"), EmailState.PENDING, 0, null, null,
                language, outcome);
    }
}
