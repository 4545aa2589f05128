package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.funding.WholeLifeCost.CostLineEstimate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code funding_case}, {@code funding_case_line} and {@code funding_decision} tables. */
@Repository
class FundingCases {

    record FundingCase(long id, String requestId, String offerId, String currency, FundingEstimator.CostBasis basis,
            BigDecimal oneOff, BigDecimal recurringTotal, BigDecimal total, FundingStatus status, String fundedBy,
            Instant deadline, Instant openedAt, Instant closedAt) {
    }

    record Line(int lineNo, String kind, String description, BigDecimal oneOff, BigDecimal annualRecurring,
            int serviceLifeYears, BigDecimal recurringTotal, BigDecimal total) {
    }

    record Decision(long id, long fundingCaseId, FundingDecision decision, String note, BigDecimal requested,
            BigDecimal pledged, String decidedBy, Instant decidedAt) {
    }

    private static final String SELECT = """
            SELECT id, request_id, offer_id, currency, cost_basis, one_off, recurring_total, total, status, funded_by,
                   deadline, opened_at, closed_at
            FROM funding_case""";

    private final JdbcClient jdbc;

    FundingCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(String requestId, String offerId, FundingEstimator.Estimate estimate, Instant deadline, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        WholeLifeCost.CostEstimate cost = estimate.cost();
        jdbc.sql("""
                INSERT INTO funding_case (request_id, offer_id, currency, cost_basis, one_off, recurring_total, total,
                    status, deadline, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(requestId, offerId, cost.currency(), estimate.basis().name(), cost.oneOff(), cost.recurringTotal(),
                        cost.total(), utc(deadline), utc(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < cost.lines().size(); i++) {
            CostLineEstimate line = cost.lines().get(i);
            jdbc.sql("""
                    INSERT INTO funding_case_line (funding_case_id, line_no, kind, description, one_off, annual_recurring,
                        service_life_years, recurring_total, total)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i + 1, estimate.kinds().get(i).name(), clip(line.description(), 600), line.oneOff(),
                            line.annualRecurring(), line.serviceLifeYears(), line.recurringTotal(), line.total())
                    .update();
        }
        return id;
    }

    Optional<FundingCase> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(FundingCases::fundingCase).optional();
    }

    /** The request's latest funding round, if it ever reached funding. */
    Optional<FundingCase> latest(String requestId) {
        return jdbc.sql(SELECT + " WHERE request_id = ? ORDER BY id DESC").param(requestId)
                .query(FundingCases::fundingCase).list().stream().findFirst();
    }

    List<Line> lines(long fundingCaseId) {
        return jdbc.sql("""
                SELECT line_no, kind, description, one_off, annual_recurring, service_life_years, recurring_total, total
                FROM funding_case_line WHERE funding_case_id = ? ORDER BY line_no""")
                .param(fundingCaseId)
                .query((rs, n) -> new Line(rs.getInt("line_no"), rs.getString("kind"), rs.getString("description"),
                        rs.getBigDecimal("one_off"), rs.getBigDecimal("annual_recurring"), rs.getInt("service_life_years"),
                        rs.getBigDecimal("recurring_total"), rs.getBigDecimal("total")))
                .list();
    }

    void moveDeadline(long id, Instant deadline) {
        jdbc.sql("UPDATE funding_case SET deadline = ? WHERE id = ?").params(utc(deadline), id).update();
    }

    void recordFundedBy(long id, String party) {
        jdbc.sql("UPDATE funding_case SET funded_by = ? WHERE id = ?").params(party, id).update();
    }

    /** Ends an open round; a round that is no longer open keeps how it ended. */
    void close(long id, FundingStatus status, Instant at) {
        jdbc.sql("UPDATE funding_case SET status = ?, closed_at = ? WHERE id = ? AND status = 'OPEN'")
                .params(status.name(), utc(at), id).update();
    }

    /** Cancels the request's open round, if any (the request was withdrawn). */
    int cancelOpen(String requestId, Instant at) {
        return jdbc.sql("UPDATE funding_case SET status = 'CANCELLED', closed_at = ? WHERE request_id = ? AND status = 'OPEN'")
                .params(utc(at), requestId).update();
    }

    void recordDecision(long fundingCaseId, String requestId, FundingDecision decision, String note, BigDecimal requested,
            BigDecimal pledged, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO funding_decision (funding_case_id, request_id, decision, note, requested, pledged, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fundingCaseId, requestId, decision.name(), note, requested, pledged, by, utc(at)).update();
    }

    List<Decision> decisions(String requestId) {
        return jdbc.sql("""
                SELECT id, funding_case_id, decision, note, requested, pledged, decided_by, decided_at
                FROM funding_decision WHERE request_id = ? ORDER BY id""")
                .param(requestId)
                .query((rs, n) -> new Decision(rs.getLong("id"), rs.getLong("funding_case_id"),
                        FundingDecision.valueOf(rs.getString("decision")), rs.getString("note"), rs.getBigDecimal("requested"),
                        rs.getBigDecimal("pledged"), rs.getString("decided_by"), instant(rs, "decided_at")))
                .list();
    }

    private static FundingCase fundingCase(ResultSet rs, int n) throws SQLException {
        return new FundingCase(rs.getLong("id"), rs.getString("request_id"), rs.getString("offer_id"),
                rs.getString("currency").strip(), FundingEstimator.CostBasis.valueOf(rs.getString("cost_basis")),
                rs.getBigDecimal("one_off"), rs.getBigDecimal("recurring_total"), rs.getBigDecimal("total"),
                FundingStatus.valueOf(rs.getString("status")), rs.getString("funded_by"), instant(rs, "deadline"),
                instant(rs, "opened_at"), instant(rs, "closed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
