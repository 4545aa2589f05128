package org.bwc.articlex.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * What a real SMTP conversation looks like to the classifier: an SMTP server (a scripted one, as GreenMail
 * accepts every recipient) that refuses the recipient with a permanent 550 makes the notification undeliverable; a
 * temporary 451 or a closed port is retried.
 */
class SmtpRejectionTest {

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRecipientRefusedWith550IsUndeliverable() throws Exception {
        server = new ScriptedSmtpServer("550 5.1.1 <contact-point.ken@bwc-ncp.example.org>: Recipient address rejected");
        Throwable failure = send(server.port());
        assertThat(DeliveryFailure.undeliverable(failure))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Recipient refused by the SMTP server")
                        .contains("550 5.1.1").contains("Recipient address rejected"));
    }

    @Test
    void aRecipientRefusedWith451IsRetried() throws Exception {
        server = new ScriptedSmtpServer("451 4.3.0 Try again later");
        Throwable failure = send(server.port());
        assertThat(failure).isNotNull();
        assertThat(DeliveryFailure.undeliverable(failure)).isEmpty();
        assertThat(DeliveryFailure.describe(failure)).contains("451 4.3.0 Try again later");
    }

    @Test
    void aClosedPortIsRetried() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Throwable failure = send(closed);
        assertThat(failure).isNotNull();
        assertThat(DeliveryFailure.undeliverable(failure)).isEmpty();
        assertThat(DeliveryFailure.describe(failure)).containsIgnoringCase("connect");
    }

    private static Throwable send(int port) {
        JavaMailSenderImpl smtp = NotificationTestFixtures.smtp("127.0.0.1", port);
        NotificationMail mail = NotificationTestFixtures.mail(new NotificationSettings(), smtp);
        Notification n = NotificationTestFixtures.notification("KEN", "contact-point.ken@bwc-ncp.example.org", "SUBMITTED",
                null, Instant.now());
        return catchThrowable(() -> mail.send(n));
    }

    /** Answers one SMTP session, replying {@code rcptReply} to RCPT TO. */
    static final class ScriptedSmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0);
        private final Thread thread;

        ScriptedSmtpServer(String rcptReply) throws IOException {
            thread = new Thread(() -> serve(rcptReply), "scripted-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve(String rcptReply) {
            try (Socket client = socket.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
                reply(out, "220 scripted ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                    switch (command) {
                        case "EHLO", "HELO" -> reply(out, "250 scripted");
                        case "MAIL" -> reply(out, "250 2.1.0 Ok");
                        case "RCPT" -> reply(out, rcptReply);
                        case "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
                        case "QUIT" -> {
                            reply(out, "221 2.0.0 Bye");
                            return;
                        }
                        default -> reply(out, "502 5.5.2 Not implemented");
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        private static void reply(PrintWriter out, String text) {
            out.print(text + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
