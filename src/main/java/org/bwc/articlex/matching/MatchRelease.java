package org.bwc.articlex.matching;

import java.time.Instant;
import java.time.ZoneOffset;
import org.bwc.articlex.intake.RequestRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Undoes an accepted match on the matching tables ({@code offer}, {@code match_proposal}, the request's
 * {@code matched_offer_id}): the counterpart of {@link RecordOfferResponseDelegate}'s acceptance, which took the unit
 * of capacity. Funding calls it when a request returns to open needs unfunded or is withdrawn.
 */
@Repository
public class MatchRelease {

    static final String RELEASED = "RELEASED";

    private final JdbcClient jdbc;
    private final RequestRepository requests;

    MatchRelease(JdbcClient jdbc, RequestRepository requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    /** @return whether an accepted match was released (a second call does nothing) */
    public boolean release(String requestId, String offerId, Instant at) {
        var now = at.atOffset(ZoneOffset.UTC);
        int released = jdbc.sql("UPDATE match_proposal SET status = 'RELEASED' WHERE request_id = ? AND offer_id = ? AND status = 'ACCEPTED'")
                .params(requestId, offerId).update();
        if (released > 0) {
            jdbc.sql("UPDATE offer SET remaining_capacity = remaining_capacity + 1, updated_at = ? WHERE id = ? AND remaining_capacity < capacity")
                    .params(now, offerId).update();
        }
        requests.clearMatchedOffer(requestId, offerId, at);
        return released > 0;
    }
}
