package org.bwc.articlex.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the screening and Balance review leave for the offering party, the exporter, to honour: the conditions of
 * each item that goes ahead, and the items denied (docs/rules.md). Read from the decision records: the signed-off
 * Balance review when there was one, the screening otherwise.
 */
@Component
public class CaseConditions {

    /** One item's terms: {@code denied}, or the conditions it goes ahead under (null when none). */
    public record ItemTerms(int index, boolean denied, String legalGround, String conditions) {
    }

    private final DecisionRecords decisions;

    CaseConditions(DecisionRecords decisions) {
        this.decisions = decisions;
    }

    /** Every item that is denied or carries conditions, in item order. */
    public List<ItemTerms> of(String requestId) {
        Map<Integer, ItemTerms> terms = new LinkedHashMap<>();
        var review = decisions.latest(requestId, DecisionKind.BALANCE_REVIEW);
        if (review.isPresent()) {
            ReviewFindings findings = decisions.findings(review.get(), ReviewFindings.class);
            Map<Integer, ItemDecision> decided = new LinkedHashMap<>();
            if (findings.decisions() != null) {
                findings.decisions().forEach(d -> decided.put(d.index(), d));
            }
            for (ItemFinding item : findings.items()) {
                ItemDecision d = decided.get(item.index());
                if (item.outcome() == ScreeningOutcome.DENIED) {
                    terms.put(item.index(), new ItemTerms(item.index(), true,
                            d == null || d.legalGround() == null ? review.get().legalGround() : d.legalGround().name(), null));
                } else {
                    String conditions = d != null ? d.conditions() : ConditionTexts.describe(item.conditions());
                    if (conditions != null) {
                        terms.put(item.index(), new ItemTerms(item.index(), false, null, conditions));
                    }
                }
            }
        } else {
            decisions.latest(requestId, DecisionKind.ARTICLE_III_SCREENING)
                    .map(r -> decisions.findings(r, ScreeningResult.class))
                    .ifPresent(screening -> screening.items().forEach(item -> {
                        String conditions = ConditionTexts.describe(item.conditions());
                        if (conditions != null) {
                            terms.put(item.index(), new ItemTerms(item.index(), false, null, conditions));
                        }
                    }));
        }
        return new ArrayList<>(terms.values());
    }

    /** The conditions only, for the offering party's acknowledgement and the completion report. */
    public List<ItemTerms> conditions(String requestId) {
        return of(requestId).stream().filter(t -> !t.denied()).toList();
    }

    record ReviewFindings(List<ItemFinding> items, List<ItemDecision> decisions, boolean deniedInFull) {
    }
}
