package org.bwc.articlex.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.Circulation;
import org.bwc.articlex.intake.CirculationPolicy;
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

    /**
     * The parties of the offers proposed for the request that its consent to circulation still lets see it (a party the
     * State has since left out no longer does), and the matched offer's party, who delivers the assistance.
     */
    @Override
    public List<String> offeringPartiesShown(String requestId) {
        Circulation circulation = requests.circulation(requestId).orElse(Circulation.DEFAULT);
        List<String> parties = new ArrayList<>(jdbc.sql("""
                SELECT o.offering_party FROM offer o JOIN match_proposal p ON p.offer_id = o.id WHERE p.request_id = ?""")
                .param(requestId).query(String.class).list().stream()
                .filter(party -> CirculationPolicy.mayReceive(circulation, party)).toList());
        requests.find(requestId).map(RequestRecord::matchedOfferId).flatMap(this::offeringParty).ifPresent(parties::add);
        return parties;
    }
}
