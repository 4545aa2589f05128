package org.bwc.articlex.metrics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.funding.FundingFigures;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.matching.MatchingFigures;
import org.bwc.articlex.screening.DecisionKind;
import org.bwc.articlex.screening.DecisionOutcome;
import org.bwc.articlex.screening.DecisionRecords;
import org.springframework.stereotype.Component;

/**
 * Reads requests as {@link CaseSource}s, a batch at a time (one query per table, never one per case), each table
 * through its owning package: the request and its history from intake, the decisions from screening, the accepted
 * match from matching, the pledges from funding.
 */
@Component
class CaseSources {

    private static final EnumSet<DecisionKind> KINDS = EnumSet.of(DecisionKind.ARTICLE_III_SCREENING,
            DecisionKind.ARTICLE_X_BALANCE, DecisionKind.BALANCE_REVIEW);

    private final RequestRepository requests;
    private final DecisionRecords decisions;
    private final MatchingFigures matching;
    private final FundingFigures pledges;

    CaseSources(RequestRepository requests, DecisionRecords decisions, MatchingFigures matching, FundingFigures pledges) {
        this.requests = requests;
        this.decisions = decisions;
        this.matching = matching;
        this.pledges = pledges;
    }

    /** @return the requests that exist among {@code ids}, by id */
    Map<String, CaseSource> load(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, RequestRecord> rows = requests.findAll(ids);
        Map<String, List<RequestView.HistoryEntry>> history = requests.statusChanges(rows.keySet());
        Map<String, List<DecisionOutcome>> outcomes = decisions.outcomes(rows.keySet(), KINDS);
        Map<String, Map<String, BigDecimal>> pledged = pledges.pledgedByCurrency(rows.keySet());
        Map<String, Instant> matches = matching.firstAcceptances(rows.keySet());
        Map<String, CaseSource> sources = new LinkedHashMap<>();
        for (RequestRecord row : rows.values()) {
            String currency = trim(row.estimatedCostCurrency());
            sources.put(row.id(), new CaseSource(row.id(), row.requestingState(), row.category().name(), row.createdAt(),
                    row.status(), row.updatedAt(), row.estimatedCostAmount(), currency,
                    history.getOrDefault(row.id(), List.of()).stream()
                            .map(h -> new CaseSource.StatusEntry(h.status(), h.at())).toList(),
                    outcomes.getOrDefault(row.id(), List.of()).stream()
                            .map(d -> new CaseSource.DecisionEntry(d.kind().name(), d.outcome(), d.at())).toList(),
                    currency == null ? null : pledged.getOrDefault(row.id(), Map.of()).get(currency),
                    matches.get(row.id())));
        }
        return sources;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
