package org.bwc.articlex.matching;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.bwc.articlex.notification.Notifications;
import org.bwc.articlex.notification.Notifications.PartyNotice;
import org.bwc.articlex.process.ProcessDurations;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What the offering party hears about its offer (docs/notifications.md): published, proposed for a request (with the
 * date by which to answer), that request withdrawn meanwhile or no longer circulated to it, expired, withdrawn. Each notice is written in the
 * transaction of the change it reports.
 */
@Component
class OfferNotices {

    static final String OFFER_PUBLISHED = "OFFER_PUBLISHED";
    static final String OFFER_PROPOSED = "OFFER_PROPOSED";
    static final String OFFER_EXPIRED = "OFFER_EXPIRED";
    static final String OFFER_WITHDRAWN = "OFFER_WITHDRAWN";
    static final String PROPOSAL_WITHDRAWN = "PROPOSAL_WITHDRAWN";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Notifications notifications;
    private final ProcessDurations durations;

    OfferNotices(Notifications notifications, ProcessDurations durations) {
        this.notifications = notifications;
        this.durations = durations;
    }

    void published(OfferView offer) {
        notify(offer, OFFER_PUBLISHED, "Your offer %s is published. It is matched with the requests it can serve until %s."
                .formatted(offer.id(), DAY.format(offer.validUntil())), null);
    }

    /** The answer is due when the response timer of the task about to open fires (the engine's clock, as the timer). */
    void proposed(OfferView offer, String requestId, String requestingStateName) {
        Instant respondBy = ProcessDurations.after(durations.getOfferResponseTime(), ClockUtil.getCurrentTime()).toInstant();
        notify(offer, OFFER_PROPOSED, ("The request %s of %s has been matched with your offer %s. Please accept or decline"
                + " it in Tasklist (task \"Respond to proposed match\") or with POST /api/requests/%s/offer-response."
                + " Without an answer in time the request goes to its next candidate.")
                .formatted(requestId, requestingStateName, offer.id(), requestId), respondBy);
    }

    void requestWithdrawn(OfferView offer, String requestId) {
        notify(offer, PROPOSAL_WITHDRAWN, ("The requesting State withdrew the request %s, for which your offer %s was proposed."
                + " Nothing more is asked of you for it; the offer stays available for other requests.")
                .formatted(requestId, offer.id()), null);
    }

    /** The requesting State narrowed its consent to circulation: the proposal to this party is withdrawn. */
    void consentWithdrawn(OfferView offer, String requestId) {
        notify(offer, PROPOSAL_WITHDRAWN, ("The request %s, for which your offer %s was proposed, is no longer circulated to"
                + " you: the requesting State changed to whom it may be proposed. Nothing more is asked of you for it; the"
                + " offer stays available for other requests.").formatted(requestId, offer.id()), null);
    }

    void ended(OfferView offer, OfferStatus status) {
        if (status == OfferStatus.EXPIRED) {
            notify(offer, OFFER_EXPIRED, ("Your offer %s reached the end of its validity (%s) and is no longer matched."
                    + " Register a new offer to continue.").formatted(offer.id(), DAY.format(offer.validUntil())), null);
        } else if (status == OfferStatus.WITHDRAWN) {
            notify(offer, OFFER_WITHDRAWN, ("Your offer %s is withdrawn and no longer matched. A request that was waiting"
                    + " for your answer goes to its next candidate.").formatted(offer.id()), null);
        }
    }

    private void notify(OfferView offer, String event, String message, Instant deadline) {
        notifications.notifyParty(new PartyNotice(offer.offeringParty(), offer.id(), offer.title(), event, message, deadline));
    }
}
