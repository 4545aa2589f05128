package org.bwc.articlex.notification;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the test JVM, on one port for its whole life, so that the Spring contexts
 * pointed at it keep working when a test stops it ("the SMTP server is down") and starts it again.
 */
final class SmtpServer {

    private static final int PORT = freePort();
    private static GreenMail greenMail;

    private SmtpServer() {
    }

    static int port() {
        return PORT;
    }

    static synchronized void start() {
        if (greenMail == null || !greenMail.isRunning()) {
            greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Forgets every message received so far (the server lives as long as the JVM; each test starts empty). */
    static synchronized void purge() {
        try {
            if (greenMail != null && greenMail.isRunning()) {
                greenMail.purgeEmailFromAllMailboxes();
            }
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The messages about one case: their subject starts with its reference, e.g. "[REQ-2026-0001] ". */
    static List<MimeMessage> about(String caseId) {
        return received().stream().filter(m -> subject(m).startsWith("[" + caseId + "] ")).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
