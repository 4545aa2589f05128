package org.bwc.articlex.screening;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One control-list entry. {@code thresholds} is empty when the list gives none or gives one that could
 * not be parsed; equipment is then controlled by name alone.
 */
public record ControlRule(String id, ControlSection section, ControlKind kind, String name, List<String> synonyms,
                          Integer whoRiskGroup, List<Threshold> thresholds, YearMonth listDate, String source) {

    public ControlRule {
        Objects.requireNonNull(id);
        Objects.requireNonNull(section);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        synonyms = List.copyOf(synonyms);
        thresholds = List.copyOf(thresholds);
    }

    public boolean hasThresholds() {
        return !thresholds.isEmpty();
    }
}
