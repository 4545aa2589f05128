package org.bwc.articlex.notification;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The notifications whose e-mail the SMTP server has accepted from this node while their {@code SENT} is not committed
 * yet: from the server's answer to the commit of the step that sent it or, when the database was away at that moment,
 * until {@link NotificationDelivery} has recorded it after all or given up. Their rows still say {@code PENDING}, and
 * the row locks that kept other deliveries off them went with the lost connection: without this record, the delivery of
 * a later e-mail of the case, or the notification's own job, would send them again as soon as the database is back
 * (docs/notifications.md, "Never two e-mails").
 */
final class AcceptedNotRecorded {

    private final ConcurrentMap<String, CompletableFuture<Void>> open = new ConcurrentHashMap<>();

    void accepted(String notificationId) {
        open.putIfAbsent(notificationId, new CompletableFuture<>());
    }

    /** {@code SENT} is committed, or will not be by this node: whoever waits for it reads the row again. */
    void settled(String notificationId) {
        CompletableFuture<Void> waiting = open.remove(notificationId);
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    boolean contains(String notificationId) {
        return open.containsKey(notificationId);
    }

    /** Waits, holding no lock, until the notification's record is settled or {@code patience} has passed. */
    void awaitSettled(String notificationId, Duration patience) {
        CompletableFuture<Void> waiting = open.get(notificationId);
        if (waiting == null) {
            return;
        }
        try {
            waiting.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stillOpen) {
            // the caller reads the row as it is and decides
        }
    }
}
