package org.bwc.articlex.matching;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.reference.AssistanceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code match_proposal} table, and the look-ups matching needs about other requests. */
@Repository
class MatchProposals {

    static final String PROPOSED = "PROPOSED";
    static final String ACCEPTED = "ACCEPTED";

    record Proposal(long id, String requestId, String offerId, int score, String status) {
    }

    private final JdbcClient jdbc;
    private final RequestRepository requests;

    MatchProposals(JdbcClient jdbc, RequestRepository requests) {
        this.jdbc = jdbc;
        this.requests = requests;
    }

    long propose(String requestId, String offerId, int score, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO match_proposal (request_id, offer_id, score, status, proposed_by, proposed_at)
                VALUES (?, ?, ?, 'PROPOSED', ?, ?)""")
                .params(requestId, offerId, score, by, at.atOffset(ZoneOffset.UTC)).update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Proposal> open(String requestId) {
        return jdbc.sql("SELECT id, request_id, offer_id, score, status FROM match_proposal WHERE request_id = ? AND status = 'PROPOSED'")
                .param(requestId)
                .query((rs, n) -> new Proposal(rs.getLong("id"), rs.getString("request_id"), rs.getString("offer_id"),
                        rs.getInt("score"), rs.getString("status")))
                .optional();
    }

    /** The status a proposal was closed with (PROPOSED while open). */
    String status(long proposalId) {
        return jdbc.sql("SELECT status FROM match_proposal WHERE id = ?").param(proposalId).query(String.class).single();
    }

    /** The offering party acknowledged the request's conditions when it answered (null: none to acknowledge). */
    void acknowledgeConditions(long proposalId, String conditions) {
        jdbc.sql("UPDATE match_proposal SET acknowledged_conditions = ? WHERE id = ?").params(conditions, proposalId).update();
    }

    void close(long proposalId, String status, String by, String note, Instant at) {
        jdbc.sql("UPDATE match_proposal SET status = ?, responded_by = ?, responded_at = ?, note = ? WHERE id = ? AND status = 'PROPOSED'")
                .params(status, by, at.atOffset(ZoneOffset.UTC), note, proposalId).update();
    }

    /** Offers already proposed to this request that did not lead to a match: never proposed to it again. */
    Set<String> triedOffers(String requestId) {
        return Set.copyOf(jdbc.sql("SELECT offer_id FROM match_proposal WHERE request_id = ? AND status <> 'ACCEPTED'")
                .param(requestId).query(String.class).list());
    }

    List<String> requestsAwaiting(String offerId) {
        return jdbc.sql("SELECT request_id FROM match_proposal WHERE offer_id = ? AND status = 'PROPOSED'")
                .param(offerId).query(String.class).list();
    }

    /** Other open requests of the same State and category (docs/tasklist-walkthrough.md, step 5, "avoid duplication"). */
    List<OpenRequest> openRequestsOf(String state, AssistanceCategory category) {
        return requests.unfinished(state, category).stream()
                .map(r -> new OpenRequest(r.id(), r.requestingState(), r.category(), r.status())).toList();
    }

    /**
     * Accepted matches serving {@code open} requests (those of {@link #openRequestsOf}): a finished request's match
     * serves nobody any more, and reading only the open ones keeps the cost of a ranking independent of the years of
     * finished cases behind a State.
     */
    List<ActiveMatch> activeMatchesOf(List<OpenRequest> open) {
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, OpenRequest> byId = open.stream().collect(Collectors.toMap(OpenRequest::requestId, r -> r));
        return jdbc.sql("SELECT offer_id, request_id FROM match_proposal WHERE status = 'ACCEPTED' AND request_id IN ("
                        + String.join(", ", Collections.nCopies(byId.size(), "?")) + ")")
                .params(List.copyOf(byId.keySet()))
                .query((rs, n) -> {
                    OpenRequest request = byId.get(rs.getString("request_id"));
                    return new ActiveMatch(rs.getString("offer_id"), request.requestId(), request.requestingState(),
                            request.category());
                })
                .list();
    }

    void recordMatchedOffer(String requestId, String offerId, Instant at) {
        requests.recordMatchedOffer(requestId, offerId, at);
    }
}
