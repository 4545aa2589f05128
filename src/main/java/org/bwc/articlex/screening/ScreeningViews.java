package org.bwc.articlex.screening;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bwc.articlex.intake.RequestSections;
import org.springframework.stereotype.Component;

/** Builds {@link ScreeningView}s from the decision records, for a page of requests at a time. */
@Component
public class ScreeningViews implements RequestSections.ScreeningSource {

    private final DecisionRecords decisions;

    ScreeningViews(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    @Override
    public Map<String, ScreeningView> forRequests(Collection<String> requestIds) {
        Map<String, DecisionRecord> screenings = decisions.latest(requestIds, DecisionKind.ARTICLE_III_SCREENING);
        Map<String, DecisionRecord> balances = decisions.latest(screenings.keySet(), DecisionKind.ARTICLE_X_BALANCE);
        Map<String, DecisionRecord> reviews = decisions.latest(screenings.keySet(), DecisionKind.BALANCE_REVIEW);
        Map<String, ScreeningView> views = new LinkedHashMap<>();
        screenings.forEach((id, record) -> {
            ScreeningResult screening = decisions.findings(record, ScreeningResult.class);
            DecisionRecord balanceRecord = balances.get(id);
            BalanceResult balance = balanceRecord == null ? null : decisions.findings(balanceRecord, BalanceResult.class);
            DecisionRecord review = reviews.get(id);
            views.put(id, new ScreeningView(screening.outcome(), screening.rules(), screening.items(),
                    screening.conditions(), screening.controlListVersion(),
                    balance == null ? null : new ScreeningView.Balance(balance.outcome(), balance.flags(), balance.priority(),
                            balance.proceedingItems(), balance.restrictedItems()),
                    review == null ? null : new ScreeningView.Review(review.outcome(), review.justification(),
                            review.legalGround(), review.decidedBy(), review.decidedAt())));
        });
        return views;
    }
}
