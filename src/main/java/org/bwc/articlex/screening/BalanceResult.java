package org.bwc.articlex.screening;

import java.util.List;

/**
 * @param flags            in {@link BalanceFlag} order, without repeats
 * @param priority         the request is to be prioritised in matching and funding
 * @param proceedingItems  indexes of items that go ahead now (CLEARED, or CONDITIONAL with conditions)
 * @param restrictedItems  indexes of items held for review or proposed for denial (REFERRED, DENIED)
 * @param notes            one line per flag occurrence, for the audit record
 */
public record BalanceResult(BalanceOutcome outcome, List<BalanceFlag> flags, boolean priority,
                            List<Integer> proceedingItems, List<Integer> restrictedItems, List<String> notes) {

    public BalanceResult {
        flags = List.copyOf(flags);
        proceedingItems = List.copyOf(proceedingItems);
        restrictedItems = List.copyOf(restrictedItems);
        notes = List.copyOf(notes);
    }

    public BalanceResult(BalanceOutcome outcome, List<BalanceFlag> flags, boolean priority,
                         List<Integer> proceedingItems, List<Integer> restrictedItems) {
        this(outcome, flags, priority, proceedingItems, restrictedItems, List.of());
    }

    public boolean has(BalanceFlag flag) {
        return flags.contains(flag);
    }
}
