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

    /** What became of one item: {@link Decision}, the screening's condition names, a manager's own conditions, the ground. */
    public record ItemOutcome(int index, Decision decision, List<String> conditionNames, String conditionsText,
            String legalGround, List<String> rules) {

        public enum Decision {
            /** Goes ahead as requested. */
            PROCEEDS,
            /** Goes ahead under conditions (the screening's, or the ones a manager wrote). */
            PROCEEDS_WITH_CONDITIONS,
            /** Waits for a senior officer's decision in Balance review. */
            HELD_FOR_REVIEW,
            /** Denied on the legal ground given. */
            DENIED
        }
    }

    /**
     * Every item of the request and what became of it, in item order, for telling the requesting State: after a
     * signed-off Balance review its decisions, otherwise the screening's (restricted items then wait for review).
     * Empty before the screening.
     */
    public List<ItemOutcome> outcomes(String requestId) {
        List<ItemOutcome> outcomes = new ArrayList<>();
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
                    String ground = d == null || d.legalGround() == null ? review.get().legalGround() : d.legalGround().name();
                    outcomes.add(new ItemOutcome(item.index(), ItemOutcome.Decision.DENIED, List.of(), null, ground, item.rules()));
                } else if (d != null && d.conditions() != null && !d.conditions().isBlank()) {
                    outcomes.add(new ItemOutcome(item.index(), ItemOutcome.Decision.PROCEEDS_WITH_CONDITIONS, List.of(),
                            d.conditions().strip(), null, item.rules()));
                } else {
                    outcomes.add(screened(item, ScreeningOutcome.CONDITIONAL)); // approved: held no longer
                }
            }
            return outcomes;
        }
        decisions.latest(requestId, DecisionKind.ARTICLE_III_SCREENING)
                .map(r -> decisions.findings(r, ScreeningResult.class))
                .ifPresent(screening -> screening.items().forEach(item -> outcomes.add(screened(item, item.outcome()))));
        return outcomes;
    }

    private static ItemOutcome screened(ItemFinding item, ScreeningOutcome outcome) {
        return switch (outcome) {
            case REFERRED, DENIED -> new ItemOutcome(item.index(), ItemOutcome.Decision.HELD_FOR_REVIEW, List.of(), null, null,
                    item.rules());
            default -> item.conditions().isEmpty()
                    ? new ItemOutcome(item.index(), ItemOutcome.Decision.PROCEEDS, List.of(), null, null, item.rules())
                    : new ItemOutcome(item.index(), ItemOutcome.Decision.PROCEEDS_WITH_CONDITIONS, item.conditions(), null, null,
                            item.rules());
        };
    }

    /** The conditions only, for the offering party's acknowledgement and the completion report. */
    public List<ItemTerms> conditions(String requestId) {
        return of(requestId).stream().filter(t -> !t.denied()).toList();
    }

    record ReviewFindings(List<ItemFinding> items, List<ItemDecision> decisions, boolean deniedInFull) {
    }
}
