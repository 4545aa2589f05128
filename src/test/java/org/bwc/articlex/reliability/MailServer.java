package org.bwc.articlex.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A real SMTP server (GreenMail) on one fixed port that the test stops ("SMTP is down": connections refused) and
 * starts again. Messages received before a stop are kept, so {@link #received()} counts every message of the run.
 * Each notification's {@code Message-ID} is derived from its id (docs/notifications.md): {@link #duplicates()}
 * counts the messages received more than once.
 */
public final class MailServer implements AutoCloseable {

    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail greenMail;

    private MailServer() {
        this.port = AppNode.freePort();
    }

    public static MailServer start(String name) {
        return new MailServer().start();
    }

    public synchronized MailServer start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return this;
    }

    /** Stops accepting connections; what was received so far is kept. */
    public synchronized void stop() {
        if (greenMail != null) {
            earlier.addAll(Arrays.asList(greenMail.getReceivedMessages()));
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized boolean running() {
        return greenMail != null;
    }

    public int port() {
        return port;
    }

    /** Every message received during the run, across stops. */
    public synchronized List<MimeMessage> messages() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (greenMail != null) {
            all.addAll(Arrays.asList(greenMail.getReceivedMessages()));
        }
        return all;
    }

    public int received() {
        return messages().size();
    }

    /** Messages whose Message-ID was received before: a notification sent twice. */
    public int duplicates() {
        return duplicatedIds().size();
    }

    /** The Message-ID of each message received again (once per repeat): which notifications went out twice. */
    public List<String> duplicatedIds() {
        Set<String> seen = new HashSet<>();
        List<String> again = new ArrayList<>();
        for (MimeMessage message : messages()) {
            String id = messageId(message);
            if (!seen.add(id)) {
                again.add(id);
            }
        }
        return again;
    }

    public static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
