package org.bwc.articlex.notification;

import java.util.List;
import java.util.Optional;

/**
 * The languages an offer names, for the e-mails to its offering party. Answered by matching, which owns the offers
 * and sits above notification (docs/development.md, "Packages").
 */
public interface OfferLanguages {

    record OfferParty(String offeringParty, List<String> languages) {
    }

    /** The offer's offering party and languages, or empty when there is no such offer. */
    Optional<OfferParty> of(String offerId);

    /** The latest offer of {@code party}, or empty when it has made none. */
    Optional<OfferParty> latestOf(String party);
}
