package org.bwc.articlex.concern;

import java.time.Clock;
import java.time.Instant;
import org.bwc.articlex.notification.Notifications;
import org.bwc.articlex.process.Actor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a concern's steps are written: the row's status, its history entry (the audit trail beside
 * Camunda's history) and the notification of the raising party (e-mail and feed), all in the caller's transaction.
 */
@Component
class ConcernJournal {

    private final ConcernRepository concerns;
    private final Notifications notifications;
    private final IdentityService identity;
    private final Clock clock;

    ConcernJournal(ConcernRepository concerns, Notifications notifications, IdentityService identity, Clock clock) {
        this.concerns = concerns;
        this.notifications = notifications;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * @param status the new status, or null for a step that keeps the status (a position, a reminder)
     * @param step what happened; with {@code notify}, the raising party is told, in the words of {@link ConcernStep}
     * @param deadline by when the party may act (the end of consultations), or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ConcernRecord record(String concernId, ConcernStatus status, ConcernStep step, String note, Instant deadline) {
        ConcernRecord concern = concerns.findForUpdate(concernId)
                .orElseThrow(() -> new IllegalStateException("No concern row for " + concernId));
        Instant now = clock.instant();
        ConcernStatus next = status == null ? concern.status() : status;
        if (next != concern.status()) {
            concerns.updateStatus(concernId, next, now);
        }
        concerns.addHistory(concernId, next, step.name(), now, currentUser(), clip(note));
        if (step.notifiesParty()) {
            notifications.notifyParty(step.notice(concern.raisedBy(), concernId, concern.requestId(), note, deadline));
        }
        return concern;
    }

    /** The user whose action caused the step; timers act as "system". */
    String currentUser() {
        return Actor.of(identity);
    }

    private static String clip(String text) {
        return text == null || text.length() <= ConcernRules.MAX_TEXT ? text : text.substring(0, ConcernRules.MAX_TEXT);
    }
}
