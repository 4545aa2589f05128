package org.bwc.articlex.funding;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What other packages read of the funding tables (the metrics, a batch of requests at a time; concerns): the tables stay funding's. */
@Repository
public class FundingFigures {

    private final JdbcClient jdbc;

    FundingFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a manager ever decided to return the request to open needs rather than go ahead with its match. */
    public boolean everReturnedToOpenNeeds(String requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM funding_decision WHERE request_id = ? AND decision = 'RETURN_TO_OPEN_NEEDS'")
                .param(requestId).query(Long.class).single() > 0;
    }

    /**
     * The sum pledged to each of the requests, per currency, in one query (the funding figures count only those in the
     * request's own currency: funding rejects others).
     */
    public Map<String, Map<String, BigDecimal>> pledgedByCurrency(Collection<String> requestIds) {
        Map<String, Map<String, BigDecimal>> pledged = new HashMap<>();
        if (requestIds.isEmpty()) {
            return pledged;
        }
        jdbc.sql("SELECT request_id, currency, SUM(amount) FROM pledge WHERE request_id IN ("
                        + String.join(", ", Collections.nCopies(requestIds.size(), "?")) + ") GROUP BY request_id, currency")
                .params(List.copyOf(requestIds))
                .query(rs -> {
                    pledged.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2).strip(),
                            rs.getBigDecimal(3));
                });
        return pledged;
    }
}
