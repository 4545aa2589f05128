package org.bwc.articlex.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.security.CaseParties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Matching's answer to "whose offer is this?" and "which offering parties was this request shown to?". */
@Component
class OfferParties implements CaseParties.OfOffers {

    private final JdbcClient jdbc;
    private final RequestRepository requests;

    OfferParties(JdbcClient jdbc, RequestRepository requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    @Override
    public Optional<String> offeringParty(String offerId) {
        return jdbc.sql("SELECT offering_party FROM offer WHERE id = ?").param(offerId).query(String.class).optional();
    }

    @Override
    public List<String> offeringPartiesShown(String requestId) {
        List<String> parties = new ArrayList<>(jdbc.sql("""
                SELECT o.offering_party FROM offer o JOIN match_proposal p ON p.offer_id = o.id WHERE p.request_id = ?""")
                .param(requestId).query(String.class).list());
        requests.find(requestId).map(RequestRecord::matchedOfferId).flatMap(this::offeringParty).ifPresent(parties::add);
        return parties;
    }
}
