package org.bwc.articlex.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NotificationConfiguration.class);

    /** Named so that the BPMN can read it: {@code ${notificationSettings.email.retryCycle}}. */
    @Bean
    @ConfigurationProperties("articlex.notification")
    NotificationSettings notificationSettings() {
        return new NotificationSettings();
    }

    /** Says at start-up where notifications go, so that a missing SMTP setting is seen before the first incident. */
    @EventListener(ApplicationReadyEvent.class)
    void reportDelivery(ApplicationReadyEvent ready) {
        NotificationSettings settings = ready.getApplicationContext().getBean(NotificationSettings.class);
        ObjectProvider<JavaMailSender> senders = ready.getApplicationContext().getBeanProvider(JavaMailSender.class);
        if (!settings.getEmail().isEnabled()) {
            log.warn("Notification e-mails are switched off (articlex.notification.email.enabled=false, ARTICLEX_MAIL_ENABLED): "
                    + "notifications are kept in the feed only");
        } else if (senders.getIfAvailable() == null) {
            log.error("Notification e-mails are on but no SMTP server is configured (spring.mail.host, ARTICLEX_MAIL_HOST): "
                    + "every delivery will fail and end in a Camunda incident");
        } else if (senders.getIfAvailable() instanceof JavaMailSenderImpl smtp) {
            log.info("Notification e-mails go to {}:{} from {} (retries: {})", smtp.getHost(), smtp.getPort(),
                    settings.getEmail().getFrom(), settings.getEmail().getRetryCycle());
        }
    }
}
