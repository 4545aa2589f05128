package org.bwc.articlex.matching;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What other packages read of the offers registry and the proposals (the metrics, in aggregate and a batch at a time;
 * concerns): the tables stay matching's (docs/development.md, "Table ownership").
 */
@Repository
public class MatchingFigures {

    private final JdbcClient jdbc;

    MatchingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When each of the requests first accepted a proposed offer (those that did). */
    public Map<String, Instant> firstAcceptances(Collection<String> requestIds) {
        Map<String, Instant> matches = new HashMap<>();
        if (requestIds.isEmpty()) {
            return matches;
        }
        jdbc.sql("SELECT request_id, MIN(responded_at) FROM match_proposal WHERE status = 'ACCEPTED' AND request_id IN ("
                        + String.join(", ", Collections.nCopies(requestIds.size(), "?")) + ") GROUP BY request_id")
                .params(List.copyOf(requestIds))
                .query(rs -> {
                    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                    if (at != null) {
                        matches.put(rs.getString(1), at.toInstant());
                    }
                });
        return matches;
    }

    /** The offering parties whose accepted match with the request was released again. */
    public List<String> releasedOfferingParties(String requestId) {
        return jdbc.sql("""
                SELECT DISTINCT o.offering_party FROM match_proposal p JOIN offer o ON o.id = p.offer_id
                 WHERE p.request_id = ? AND p.status = 'RELEASED'""")
                .param(requestId).query(String.class).list();
    }

    public long offerCount() {
        return jdbc.sql("SELECT COUNT(*) FROM offer").query(Long.class).single();
    }

    /** The first and the last registration, if there are offers. */
    public Optional<List<Instant>> offerRegistrations() {
        List<Instant> range = new java.util.ArrayList<>();
        jdbc.sql("SELECT MIN(created_at), MAX(created_at) FROM offer").query(rs -> {
            OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
            OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
            if (first != null && last != null) {
                range.add(first.toInstant());
                range.add(last.toInstant());
            }
        });
        return range.isEmpty() ? Optional.empty() : Optional.of(range);
    }

    /** Offers registered in {@code [from, to)}, by category. */
    public Map<String, Long> offersByCategory(OffsetDateTime from, OffsetDateTime to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT category, COUNT(*) FROM offer WHERE created_at >= ? AND created_at < ? GROUP BY category")
                .params(from, to)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Offers registered in {@code [from, to)}, by category and eligible region: {@code [category, region] → offers}. */
    public Map<List<String>, Long> offersByCategoryAndRegion(OffsetDateTime from, OffsetDateTime to) {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT o.category, r.region, COUNT(*) FROM offer o JOIN offer_region r ON r.offer_id = o.id"
                        + " WHERE o.created_at >= ? AND o.created_at < ? GROUP BY o.category, r.region")
                .params(from, to)
                .query(rs -> {
                    counts.put(List.of(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return counts;
    }

    /** The offers {@code party} registered in [from, to), by id. */
    public List<String> offersMadeBy(String party, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT id FROM offer WHERE offering_party = ? AND created_at >= ? AND created_at < ? ORDER BY id")
                .params(party, from, to).query(String.class).list();
    }

    /** Every offer {@code party} ever registered. */
    public List<String> offersOf(String party) {
        return jdbc.sql("SELECT id FROM offer WHERE offering_party = ?").param(party).query(String.class).list();
    }
}
