package org.bwc.articlex.intake;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.bwc.articlex.process.RequestStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A State's requests over a period (for its national report's draft): made, reaching a status, still open. Ids only. */
@Component
public class RequestsOfAPeriod {

    private final JdbcClient jdbc;

    RequestsOfAPeriod(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Submitted by {@code state} in [from, to). */
    public List<String> madeBy(String state, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT id FROM assistance_request WHERE requesting_state = ? AND created_at >= ? AND created_at < ? ORDER BY id")
                .params(state, from, to).query(String.class).list();
    }

    /** Requests of {@code state} that reached {@code status} in [from, to). */
    public List<String> reaching(String state, RequestStatus status, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                SELECT DISTINCT h.request_id FROM request_status_history h JOIN assistance_request r ON r.id = h.request_id
                WHERE r.requesting_state = ? AND h.entry_kind = 'STATUS' AND h.status = ? AND h.changed_at >= ? AND h.changed_at < ? ORDER BY h.request_id""")
                .params(state, status.name(), from, to).query(String.class).list();
    }

    /** Requests of {@code state} made before {@code end} and not ended (completed, withdrawn, lapsed, denied). */
    public List<String> openAt(String state, OffsetDateTime end) {
        return jdbc.sql("""
                SELECT id FROM assistance_request WHERE requesting_state = ? AND created_at < ?
                   AND status NOT IN ('COMPLETED', 'WITHDRAWN', 'LAPSED', 'DENIED') ORDER BY id""")
                .params(state, end).query(String.class).list();
    }

    /** Requests matched with one of {@code offerIds} that reached {@code status} in [from, to). */
    public List<String> matchedWith(Collection<String> offerIds, RequestStatus status, OffsetDateTime from, OffsetDateTime to) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT DISTINCT r.id FROM assistance_request r JOIN request_status_history h ON h.request_id = r.id
                WHERE r.matched_offer_id IN (%s) AND h.entry_kind = 'STATUS' AND h.status = ? AND h.changed_at >= ? AND h.changed_at < ? ORDER BY r.id"""
                .formatted(String.join(", ", Collections.nCopies(offerIds.size(), "?"))))
                .params(Stream.concat(offerIds.stream(), Stream.of(status.name(), from, to)).toList()).query(String.class).list();
    }
}
