package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code pledge} table: what counts towards a request's funding — donors' pledges once the secretariat confirmed
 * them, and the offers' own funding — in the request's funding currency. The metrics read it too.
 */
@Repository
class Pledges {

    static final String PLEDGE = "PLEDGE";
    static final String OFFER = "OFFER";

    record Pledge(long id, String requestId, Long fundingCaseId, String donor, String source, BigDecimal amount,
            String currency, boolean surplus, String pledgedBy, Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    Pledges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a confirmed pledge ({@code fundingPledgeId}, a {@link FundingPledges} row), or the offer's own funding. */
    Pledge insert(String requestId, Long fundingCaseId, String donor, String source, BigDecimal amount, String currency,
            boolean surplus, String by, Instant at, long fundingPledgeId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO pledge (request_id, funding_case_id, donor, source, amount, currency, surplus, pledged_by,
                    received_at, funding_pledge_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, fundingCaseId, donor, source, amount, currency, surplus, by, FundingCases.utc(at),
                        fundingPledgeId)
                .update(key, "id");
        return new Pledge(key.getKey().longValue(), requestId, fundingCaseId, donor, source, amount, currency, surplus, by, at);
    }

    /**
     * What counts towards the request's funding: every confirmed pledge made while its funding was not yet secured,
     * and the offer's own funding. Pledges made in an earlier round that ended in a return to open needs still stand.
     */
    BigDecimal standing(String requestId) {
        return sum("SELECT COALESCE(SUM(amount), 0) FROM pledge WHERE request_id = ? AND surplus = FALSE", requestId);
    }

    /** Pledges made after the request's funding was secured. */
    BigDecimal surplus(String requestId) {
        return sum("SELECT COALESCE(SUM(amount), 0) FROM pledge WHERE request_id = ? AND surplus = TRUE", requestId);
    }

    List<Pledge> of(String requestId) {
        return jdbc.sql("""
                SELECT id, request_id, funding_case_id, donor, source, amount, currency, surplus, pledged_by, received_at
                FROM pledge WHERE request_id = ? ORDER BY id""")
                .param(requestId)
                .query((rs, n) -> {
                    long fundingCase = rs.getLong("funding_case_id");
                    return new Pledge(rs.getLong("id"), rs.getString("request_id"), rs.wasNull() ? null : fundingCase,
                            rs.getString("donor"), rs.getString("source"), rs.getBigDecimal("amount"),
                            rs.getString("currency").strip(), rs.getBoolean("surplus"), rs.getString("pledged_by"),
                            FundingCases.instant(rs, "received_at"));
                })
                .list();
    }

    private BigDecimal sum(String sql, String requestId) {
        return jdbc.sql(sql).param(requestId).query(BigDecimal.class).single().setScale(WholeLifeCost.SCALE);
    }
}
