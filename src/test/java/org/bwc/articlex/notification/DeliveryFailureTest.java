package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Which failures end as undeliverable (no retry) and which are retried until an incident. */
class DeliveryFailureTest {

    @Test
    void aMalformedOrMissingAddressIsUndeliverable() {
        assertThat(DeliveryFailure.undeliverable(new AddressException("Missing final '@domain'", "kenya")))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Invalid recipient address"));
        for (String address : new String[] {null, " ", "kenya", "nauru contact point", "a@b@c", "@example.org"}) {
            try {
                NotificationMail.recipient(address);
                throw new AssertionError("accepted " + address);
            } catch (AddressException expected) {
                assertThat(DeliveryFailure.undeliverable(expected)).isPresent();
            }
        }
    }

    @Test
    void aPermanentRefusalOfTheRecipientIsUndeliverableATemporaryOneIsRetried() throws Exception {
        InternetAddress kenya = new InternetAddress("contact-point.ken@bwc-ncp.example.org");
        assertThat(DeliveryFailure.undeliverable(send(refused(kenya, 550, "550 5.1.1 No such user"))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("550 5.1.1 No such user"));
        assertThat(DeliveryFailure.undeliverable(send(refused(kenya, 450, "450 4.2.1 Mailbox busy")))).isEmpty();
    }

    @Test
    void aServerThatIsDownRefusesTheSenderOrTheLoginIsRetried() {
        MailSendException down = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host, port: localhost, 25", new ConnectException("Connection refused")));
        assertThat(DeliveryFailure.undeliverable(down)).isEmpty();
        assertThat(DeliveryFailure.describe(down)).contains("Mail server connection failed").contains("Connection refused");
        assertThat(DeliveryFailure.undeliverable(new MailAuthenticationException("535 Authentication failed"))).isEmpty();
        assertThat(DeliveryFailure.undeliverable(send(new SMTPSenderFailedException(null, "MAIL", 553, "553 sender rejected"))))
                .isEmpty();
        assertThat(DeliveryFailure.undeliverable(new IllegalStateException("template broken"))).isEmpty();
    }

    private static SendFailedException refused(InternetAddress address, int code, String reply) {
        SMTPAddressFailedException perAddress = new SMTPAddressFailedException(address, "RCPT TO:<" + address.getAddress() + ">",
                code, reply);
        return new SendFailedException("Invalid Addresses", perAddress, null, null,
                new jakarta.mail.Address[] {address});
    }

    /** As Spring's JavaMailSenderImpl reports it: the failure of each message. */
    private static MailSendException send(Exception failure) {
        Map<Object, Exception> failed = new LinkedHashMap<>();
        failed.put(new Object(), failure);
        return new MailSendException(failed);
    }
}
