package org.bwc.articlex.concern;

import java.time.Instant;
import org.bwc.articlex.notification.Notifications.PartyNotice;

/**
 * The steps of a concern as they appear in its history and in the raising party's notifications, whose message is
 * {@code notice.CONCERN_<STEP>} of templates/mail/messages.properties (the concern and the request), followed by the
 * step's note or position in the user's own words.
 */
enum ConcernStep {
    RAISED(true),
    ACKNOWLEDGEMENT_OVERDUE(false),
    ACKNOWLEDGEMENT_ESCALATED(true),
    ACKNOWLEDGED(true),
    IN_CONSULTATION(true),
    POSITION_RECORDED(true),
    CONSULTATIONS_ENDED(true),
    RESOLVED(true),
    BALANCE_REVIEW_REOPENED(false),
    REFERRED_TO_MSP(true);

    private final boolean notifiesParty;

    ConcernStep(boolean notifiesParty) {
        this.notifiesParty = notifiesParty;
    }

    boolean notifiesParty() {
        return notifiesParty;
    }

    /** The event of its notification. */
    String event() {
        return "CONCERN_" + name();
    }

    /** The raising party's notice of this step; the case title stays English (concern notices are e-mailed in English). */
    PartyNotice notice(String party, String concernId, String requestId, String note, Instant deadline) {
        if (!notifiesParty) {
            throw new IllegalStateException(name() + " notifies no one");
        }
        String oneLine = note == null || note.isBlank() ? null : note.strip().replaceAll("\\s+", " ");
        PartyNotice notice = PartyNotice.of(party, concernId, "Concern about request " + requestId, event(), deadline,
                "notice." + event(), concernId, requestId, oneLine == null ? "" : oneLine);
        if (oneLine == null) {
            return notice;
        }
        return notice.followedBy(this == POSITION_RECORDED ? "notice.concern.position" : "notice.concern.note");
    }
}
