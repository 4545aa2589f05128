package org.bwc.articlex.matching;

import java.util.Optional;
import org.bwc.articlex.notification.OfferLanguages;
import org.springframework.stereotype.Component;

/** Matching's answer to notification's question: who offers this, in which languages. */
@Component
class OfferLanguagesOfTheRegistry implements OfferLanguages {

    private final OfferRepository offers;

    OfferLanguagesOfTheRegistry(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public Optional<OfferParty> of(String offerId) {
        return offers.find(offerId).map(offer -> new OfferParty(offer.offeringParty(), offer.languages()));
    }

    @Override
    public Optional<OfferParty> latestOf(String party) {
        return offers.ofParty(party, 1).stream().findFirst().map(offer -> new OfferParty(offer.offeringParty(), offer.languages()));
    }
}
