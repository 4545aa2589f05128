package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.FundingCases.instant;
import static org.bwc.articlex.funding.FundingCases.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code funding_pledge} table (every pledge as made, with its confirmation and receipt) and its audit trail
 * {@code funding_pledge_event}. What counts is in {@link Pledges}.
 */
@Repository
class FundingPledges {

    record FundingPledge(long id, String requestId, Long fundingCaseId, String donor, String source, BigDecimal amount,
            String currency, boolean surplus, PledgeStatus status, String pledgedBy, Instant pledgedAt,
            String idempotencyKey, String decidedBy, Instant decidedAt, String declineReason, String receivedBy,
            Instant receivedAt, String receiptNote) {
    }

    record Event(long pledgeId, String event, String note, String by, Instant at) {
    }

    private static final String SELECT = """
            SELECT id, request_id, funding_case_id, donor, source, amount, currency, surplus, status, pledged_by, pledged_at,
                   idempotency_key, decided_by, decided_at, decline_reason, received_by, received_at, receipt_note
            FROM funding_pledge""";

    private final JdbcClient jdbc;

    FundingPledges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String requestId, Long fundingCaseId, String donor, String source, BigDecimal amount, String currency,
            boolean surplus, PledgeStatus status, String by, Instant at, String idempotencyKey) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        boolean decided = status != PledgeStatus.PLEDGED;
        jdbc.sql("""
                INSERT INTO funding_pledge (request_id, funding_case_id, donor, source, amount, currency, surplus, status,
                    pledged_by, pledged_at, idempotency_key, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, fundingCaseId, donor, source, amount, currency, surplus, status.name(), by, utc(at),
                        idempotencyKey, decided ? by : null, decided ? utc(at) : null)
                .update(key, "id");
        long id = key.getKey().longValue();
        event(id, requestId, PledgeStatus.PLEDGED, null, by, at);
        if (decided) {
            event(id, requestId, status, null, by, at);
        }
        return id;
    }

    Optional<FundingPledge> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(FundingPledges::pledge).optional();
    }

    Optional<FundingPledge> byIdempotencyKey(String user, String key) {
        return jdbc.sql(SELECT + " WHERE pledged_by = ? AND idempotency_key = ?").params(user, key)
                .query(FundingPledges::pledge).optional();
    }

    List<FundingPledge> of(String requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = ? ORDER BY id").param(requestId).query(FundingPledges::pledge).list();
    }

    /** Sum of the request's pledges that await confirmation. */
    BigDecimal awaiting(String requestId) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM funding_pledge WHERE request_id = ? AND status = 'PLEDGED'")
                .param(requestId).query(BigDecimal.class).single().setScale(WholeLifeCost.SCALE);
    }

    /** PLEDGED → CONFIRMED or DECLINED; false when the pledge was no longer PLEDGED (nothing changed). */
    boolean decide(long id, String requestId, PledgeStatus decision, String reason, String by, Instant at) {
        int changed = jdbc.sql("""
                UPDATE funding_pledge SET status = ?, decided_by = ?, decided_at = ?, decline_reason = ?
                WHERE id = ? AND status = 'PLEDGED'""")
                .params(decision.name(), by, utc(at), reason, id).update();
        if (changed == 1) {
            event(id, requestId, decision, reason, by, at);
        }
        return changed == 1;
    }

    /** CONFIRMED → RECEIVED; false when the pledge was not CONFIRMED (nothing changed). */
    boolean received(long id, String requestId, String note, String by, Instant at) {
        int changed = jdbc.sql("""
                UPDATE funding_pledge SET status = 'RECEIVED', received_by = ?, received_at = ?, receipt_note = ?
                WHERE id = ? AND status = 'CONFIRMED'""")
                .params(by, utc(at), note, id).update();
        if (changed == 1) {
            event(id, requestId, PledgeStatus.RECEIVED, note, by, at);
        }
        return changed == 1;
    }

    List<Event> events(long pledgeId) {
        return jdbc.sql("SELECT funding_pledge_id, event, note, by_user, event_at FROM funding_pledge_event WHERE funding_pledge_id = ? ORDER BY id")
                .param(pledgeId)
                .query((rs, n) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, "event_at")))
                .list();
    }

    private void event(long id, String requestId, PledgeStatus event, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO funding_pledge_event (funding_pledge_id, request_id, event, note, by_user, event_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, requestId, event.name(), note, by, utc(at)).update();
    }

    private static FundingPledge pledge(ResultSet rs, int n) throws SQLException {
        long fundingCase = rs.getLong("funding_case_id");
        Long caseId = rs.wasNull() ? null : fundingCase;
        return new FundingPledge(rs.getLong("id"), rs.getString("request_id"), caseId, rs.getString("donor"),
                rs.getString("source"), rs.getBigDecimal("amount"), rs.getString("currency").strip(), rs.getBoolean("surplus"),
                PledgeStatus.valueOf(rs.getString("status")), rs.getString("pledged_by"), instant(rs, "pledged_at"),
                rs.getString("idempotency_key"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decline_reason"), rs.getString("received_by"), instant(rs, "received_at"),
                rs.getString("receipt_note"));
    }
}
