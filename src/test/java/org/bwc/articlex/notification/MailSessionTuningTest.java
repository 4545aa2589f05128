package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Twenty notifications through a real SMTP server (GreenMail) with the write time-out production has: every one
 * arrives, whole, with its stable Message-ID, and the time-outs share one scheduler instead of a thread per e-mail.
 */
class MailSessionTuningTest {

    private final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private final MailSessionTuning tuning = new MailSessionTuning();

    @AfterEach
    void stop() {
        smtp.stop();
        tuning.destroy();
    }

    @Test
    void twentyEmailsWithAWriteTimeOutArriveWithoutAThreadEach() throws Exception {
        smtp.start();
        JavaMailSenderImpl sender = NotificationTestFixtures.smtp("127.0.0.1", smtp.getSmtp().getPort());
        sender.getJavaMailProperties().put("mail.smtp.writetimeout", "10000");
        tuning.postProcessBeforeInitialization(sender, "mailSender");
        NotificationSettings settings = new NotificationSettings();
        NotificationMail mail = NotificationTestFixtures.mail(settings, sender);
        Notification notification = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org",
                "UNDER_REVIEW", null, null);
        mail.send(notification); // the first one loads what every e-mail shares

        long threadsBefore = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
        for (int i = 0; i < 20; i++) {
            mail.send(notification);
        }
        long threadsStarted = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - threadsBefore;

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(21).allSatisfy(message -> {
            assertThat(message.getMessageID()).isEqualTo(mail.messageId(notification.id()));
            assertThat(message.getSubject()).isEqualTo(notification.subject());
        });
        assertThat(sender.getSession().getProperties()).containsKey(MailSessionTuning.WRITE_TIMEOUT_EXECUTOR);
        assertThat(System.getProperty(MailSessionTuning.STREAM_PROVIDER)).isEqualTo(MailSessionTuning.ANGUS_STREAM_PROVIDER);
        // GreenMail answers each connection on a thread of its own: 20 at most are the server's, none the client's
        assertThat(threadsStarted).as("threads started for 20 e-mails").isLessThanOrEqualTo(20);
    }
}
