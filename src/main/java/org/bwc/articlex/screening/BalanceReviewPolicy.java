package org.bwc.articlex.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules a manager's Balance review decision must satisfy, and what it means for each item.
 * A denial must rest on a listed legal ground that the screening actually found for this request: a ground the
 * findings do not support would be a restriction by identity, which Article X forbids.
 */
public final class BalanceReviewPolicy {

    public static final int MIN_JUSTIFICATION = 30;
    public static final int MAX_JUSTIFICATION = 4000;

    private BalanceReviewPolicy() {
    }

    /** @return field → problem, empty when the decision may be recorded */
    public static Map<String, String> problems(Object decision, Object justification, Object legalGround,
            ScreeningResult screening) {
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        BalanceDecision parsedDecision = parse(BalanceDecision.class, decision);
        if (parsedDecision == null) {
            problems.put("balanceDecision", "must be one of " + names(BalanceDecision.class));
        }
        if (!(justification instanceof String text) || text.strip().length() < MIN_JUSTIFICATION) {
            problems.put("justification", "must cite the rule or legal ground in at least " + MIN_JUSTIFICATION + " characters");
        } else if (text.length() > MAX_JUSTIFICATION) {
            problems.put("justification", "must be at most " + MAX_JUSTIFICATION + " characters");
        }
        if (parsedDecision == BalanceDecision.DENY) {
            LegalGround ground = parse(LegalGround.class, legalGround);
            if (ground == null) {
                problems.put("legalGround", "a denial needs a legal ground: one of " + names(LegalGround.class));
            } else if (!supported(ground, screening)) {
                problems.put("legalGround", ground + " is not supported by the screening findings of this request;"
                        + " a denial may only rest on a ground the findings establish");
            }
        }
        return problems;
    }

    static boolean supported(LegalGround ground, ScreeningResult screening) {
        return switch (ground) {
            case UNSC_MEASURE -> screening.rules().stream().anyMatch(r -> r.startsWith(RuleIds.UNSC_PREFIX));
            case WEAPON_OR_MEANS_OF_DELIVERY -> screening.rules().contains(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY)
                    || screening.items().stream().anyMatch(i -> i.outcome() == ScreeningOutcome.DENIED);
        };
    }

    /**
     * The final outcome of each item after the decision: a denial restricts only the items that were
     * restricted (the rest proceed, PRODUCT §4.2 proportionate); an approval lets referred items proceed under
     * conditions.
     */
    public static List<ItemFinding> finalItems(BalanceDecision decision, ScreeningResult screening) {
        List<ItemFinding> result = new ArrayList<>();
        for (ItemFinding item : screening.items()) {
            ScreeningOutcome outcome = item.outcome();
            if (outcome.atLeast(ScreeningOutcome.REFERRED)) {
                outcome = decision == BalanceDecision.DENY ? ScreeningOutcome.DENIED : ScreeningOutcome.CONDITIONAL;
            }
            result.add(new ItemFinding(item.index(), outcome, item.rules(), item.conditions(), item.matchedName(), item.reason()));
        }
        return result;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
