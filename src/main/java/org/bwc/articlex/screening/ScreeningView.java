package org.bwc.articlex.screening;

import java.time.Instant;
import java.util.List;
import org.bwc.articlex.intake.RequestSections;

/** {@code RequestView.screening}: the proposed screening, its balance check and any signed-off review. */
public record ScreeningView(ScreeningOutcome outcome, List<String> rules, List<ItemFinding> items, List<String> conditions,
        String controlListVersion, Balance balance, Review review) implements RequestSections.Screening {

    public record Balance(BalanceOutcome outcome, List<BalanceFlag> flags, boolean priority, List<Integer> proceedingItems,
            List<Integer> restrictedItems) {
    }

    public record Review(String decision, String justification, String legalGround, String by, Instant at) {
    }
}
