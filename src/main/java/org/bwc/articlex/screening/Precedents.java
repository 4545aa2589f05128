package org.bwc.articlex.screening;

import java.util.Map;
import java.util.Optional;

/**
 * Past outcomes by item class (see {@link ArticleXBalancePolicy#itemClassKey(ItemFinding)}), e.g. the
 * signed-off outcomes of earlier decisions.
 */
@FunctionalInterface
public interface Precedents {

    Optional<ScreeningOutcome> outcomeFor(String itemClassKey);

    static Precedents none() {
        return key -> Optional.empty();
    }

    static Precedents of(Map<String, ScreeningOutcome> outcomes) {
        Map<String, ScreeningOutcome> copy = Map.copyOf(outcomes);
        return key -> Optional.ofNullable(copy.get(key));
    }
}
