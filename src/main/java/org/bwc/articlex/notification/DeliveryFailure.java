package org.bwc.articlex.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.mail.MailSendException;

/**
 * Tells a failed delivery that retrying cannot fix (the address is malformed, or the SMTP server refused the
 * recipient with a permanent 5xx reply) from one that it may (server down, timeout, 4xx, authentication,
 * anything else). Only the first kind ends as undeliverable; everything else is retried until the job raises an
 * incident, so that a wrong verdict costs an operator's look rather than a lost notification.
 */
final class DeliveryFailure {

    private DeliveryFailure() {
    }

    /** The reason the address is undeliverable, or empty when a retry may help. */
    static Optional<String> undeliverable(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof AddressException invalid) {
                return Optional.of("Invalid recipient address: " + invalid.getMessage());
            }
            if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500
                    && refused.getReturnCode() < 600) {
                return Optional.of("Recipient refused by the SMTP server: " + oneLine(refused.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** A one-line account of what went wrong, for the feed and the incident. */
    static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t : chain(failure)) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : oneLine(t.getMessage());
            if (!message.isBlank() && parts.stream().noneMatch(p -> p.contains(message))) {
                parts.add(message);
            }
        }
        String text = String.join(": ", parts);
        return text.isEmpty() ? failure.getClass().getName() : NotificationRepository.truncate(text);
    }

    /** The failure, its causes, JavaMail's next exceptions and, for Spring's MailSendException, each message's own. */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(failure, all, seen);
        return all;
    }

    private static void collect(Throwable t, List<Throwable> all, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        all.add(t);
        if (t instanceof MailSendException send) {
            for (Exception each : send.getMessageExceptions()) {
                collect(each, all, seen);
            }
        }
        if (t instanceof MessagingException messaging) {
            collect(messaging.getNextException(), all, seen);
        }
        collect(t.getCause(), all, seen);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
