package org.bwc.articlex.screening;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Article X balance check (docs/rules.md) of an Article III screening: grounded, proportionate,
 * consistent, timely, with priority for developing States Parties. It never changes an outcome; it
 * decides whether the screening may take effect as it stands or needs a person. Stateless and
 * thread-safe.
 */
public final class ArticleXBalancePolicy {

    private final ControlList list;
    private final SecurityCouncilMeasures measures;

    public ArticleXBalancePolicy(ControlList list, SecurityCouncilMeasures measures) {
        this.list = Objects.requireNonNull(list);
        this.measures = Objects.requireNonNull(measures);
    }

    public static ArticleXBalancePolicy fromClasspath() {
        return new ArticleXBalancePolicy(ControlList.fromClasspath(), SecurityCouncilMeasures.fromClasspath());
    }

    /**
     * The class of an item for precedent: the sorted rule ids that fired on it (control-list entries,
     * findings and legal grounds), or {@code NONE}. Two items with the same key are equivalent cases and
     * must get the same outcome whoever asks; the requester enters only through a {@code UNSC-} ground.
     */
    public static String itemClassKey(ItemFinding finding) {
        if (finding.rules().isEmpty()) {
            return "NONE";
        }
        return String.join("+", new TreeSet<>(finding.rules()));
    }

    public BalanceResult check(BalanceInput input) {
        ScreeningResult screening = input.screening();
        String state = input.requester().code();
        EnumSet<BalanceFlag> flags = EnumSet.noneOf(BalanceFlag.class);
        List<String> notes = new ArrayList<>();
        List<Integer> proceeding = new ArrayList<>();
        List<Integer> restricted = new ArrayList<>();
        ScreeningOutcome mostRestrictiveItem = ScreeningOutcome.CLEARED;
        Set<String> itemRules = new HashSet<>();

        for (ItemFinding f : screening.items()) {
            mostRestrictiveItem = mostRestrictiveItem.max(f.outcome());
            itemRules.addAll(f.rules());
            (f.outcome().atLeast(ScreeningOutcome.REFERRED) ? restricted : proceeding).add(f.index());
            if (f.outcome() != ScreeningOutcome.CLEARED) {
                String problem = groundingProblem(f, state);
                if (problem != null) {
                    flags.add(BalanceFlag.UNGROUNDED_RESTRICTION);
                    notes.add("UNGROUNDED_RESTRICTION: item " + f.index() + " " + problem);
                }
            }
            String key = itemClassKey(f);
            Optional<ScreeningOutcome> precedent = input.precedents().outcomeFor(key);
            if (precedent.isPresent() && precedent.get() != f.outcome()) {
                flags.add(BalanceFlag.INCONSISTENT_WITH_PRECEDENT);
                notes.add("INCONSISTENT_WITH_PRECEDENT: item " + f.index() + " is " + f.outcome() + ", precedent for "
                        + key + " is " + precedent.get());
            }
        }
        // a restriction of the whole request must come from its items, never from who is asking
        if (screening.outcome().ordinal() > mostRestrictiveItem.ordinal()) {
            flags.add(BalanceFlag.UNGROUNDED_RESTRICTION);
            notes.add("UNGROUNDED_RESTRICTION: request is " + screening.outcome() + " but no item is more than "
                    + mostRestrictiveItem);
        }
        if (screening.outcome() != ScreeningOutcome.CLEARED) {
            List<String> requestLevel = screening.rules().stream().filter(r -> !itemRules.contains(r)).toList();
            if (!requestLevel.isEmpty()) {
                flags.add(BalanceFlag.UNGROUNDED_RESTRICTION);
                notes.add("UNGROUNDED_RESTRICTION: request cites " + requestLevel + ", which no item cites");
            }
        }
        if (!proceeding.isEmpty() && !restricted.isEmpty()) {
            flags.add(BalanceFlag.PARTIAL_APPROVAL);
            notes.add("PARTIAL_APPROVAL: items " + proceeding + " proceed, items " + restricted + " are held");
        }
        if (input.holdDays() > input.holdLimitDays()) {
            flags.add(BalanceFlag.HOLD_LIMIT_EXCEEDED);
            notes.add("HOLD_LIMIT_EXCEEDED: on hold " + input.holdDays() + " days, limit " + input.holdLimitDays());
        }
        boolean priority = input.requester().developing();
        if (priority) {
            flags.add(BalanceFlag.DEVELOPING_STATE_PRIORITY);
            notes.add("DEVELOPING_STATE_PRIORITY: " + state + " is " + input.requester().development());
        }
        boolean review = screening.outcome().atLeast(ScreeningOutcome.REFERRED)
                || flags.stream().anyMatch(BalanceFlag::requiresReview);
        return new BalanceResult(review ? BalanceOutcome.NEEDS_REVIEW : BalanceOutcome.BALANCED,
                new ArrayList<>(flags), priority, proceeding, restricted, notes);
    }

    /**
     * Why a restriction on an item is not grounded, or null if it is: it must cite only control-list
     * entries, screening findings or legal grounds that apply to this State, and a proposed denial must
     * cite a legal ground.
     */
    private String groundingProblem(ItemFinding f, String state) {
        if (f.rules().isEmpty()) {
            return "is " + f.outcome() + " but cites no rule";
        }
        boolean legalGround = false;
        for (String id : f.rules()) {
            if (id.startsWith(RuleIds.UNSC_PREFIX)) {
                Optional<SecurityCouncilMeasure> m = measures.byRuleId(id);
                if (m.isEmpty() || !m.get().state().equalsIgnoreCase(state) || !m.get().coversBiologicalDualUse()) {
                    return "cites " + id + ", which is no Security Council measure covering biological dual-use items"
                            + " against " + state;
                }
                legalGround = true;
            } else if (id.equals(RuleIds.WEAPON_OR_MEANS_OF_DELIVERY)) {
                legalGround = true;
            } else if (!list.contains(id) && !RuleIds.SYNTHETIC.contains(id)) {
                return "cites " + id + ", which is neither an item-level rule nor an enumerated legal ground";
            }
        }
        if (f.outcome() == ScreeningOutcome.DENIED && !legalGround) {
            return "is proposed for denial without an enumerated legal ground (cites " + f.rules() + ")";
        }
        return null;
    }
}
