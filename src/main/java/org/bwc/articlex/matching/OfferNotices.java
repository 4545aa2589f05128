package org.bwc.articlex.matching;

import java.time.Instant;
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

    private final Notifications notifications;
    private final ProcessDurations durations;

    OfferNotices(Notifications notifications, ProcessDurations durations) {
        this.notifications = notifications;
        this.durations = durations;
    }

    void published(OfferView offer) {
        notify(offer, OFFER_PUBLISHED, null, "notice.OFFER_PUBLISHED", offer.id(), offer.validUntil());
    }

    /** The answer is due when the response timer of the task about to open fires (the engine's clock, as the timer). */
    void proposed(OfferView offer, String requestId, String requestingStateName) {
        Instant respondBy = ProcessDurations.after(durations.getOfferResponseTime(), ClockUtil.getCurrentTime()).toInstant();
        notify(offer, OFFER_PROPOSED, respondBy, "notice.OFFER_PROPOSED", requestId, requestingStateName, offer.id());
    }

    void requestWithdrawn(OfferView offer, String requestId) {
        notify(offer, PROPOSAL_WITHDRAWN, null, "notice.PROPOSAL_WITHDRAWN.request", requestId, offer.id());
    }

    /** The requesting State narrowed its consent to circulation: the proposal to this party is withdrawn. */
    void consentWithdrawn(OfferView offer, String requestId) {
        notify(offer, PROPOSAL_WITHDRAWN, null, "notice.PROPOSAL_WITHDRAWN.consent", requestId, offer.id());
    }

    void ended(OfferView offer, OfferStatus status) {
        if (status == OfferStatus.EXPIRED) {
            notify(offer, OFFER_EXPIRED, null, "notice.OFFER_EXPIRED", offer.id(), offer.validUntil());
        } else if (status == OfferStatus.WITHDRAWN) {
            notify(offer, OFFER_WITHDRAWN, null, "notice.OFFER_WITHDRAWN", offer.id());
        }
    }

    /** The message is the text of {@code key} in templates/mail/messages.properties, in the offering party's language. */
    private void notify(OfferView offer, String event, Instant deadline, String key, Object... arguments) {
        notifications.notifyParty(PartyNotice.of(offer.offeringParty(), offer.id(), offer.title(), event, deadline, key, arguments));
    }
}
