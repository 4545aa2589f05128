package org.bwc.articlex.screening;

import java.util.Objects;

/** One UN Security Council measure against a State (unsc-measures.csv). */
public record SecurityCouncilMeasure(String state, String resolution, String scope, boolean coversBiologicalDualUse,
                                     String source) {

    public SecurityCouncilMeasure {
        Objects.requireNonNull(state);
        Objects.requireNonNull(resolution);
        if (resolutionNumber(resolution).isEmpty()) {
            throw new IllegalArgumentException("resolution without a number: " + resolution);
        }
    }

    /** The legal-ground rule id, {@code UNSC-<resolution number>-<ISO3>}, e.g. {@code UNSC-1718-PRK}. */
    public String ruleId() {
        return RuleIds.UNSC_PREFIX + resolutionNumber(resolution) + "-" + state;
    }

    /** "1718 (2006)" -> "1718"; "2428 (2018); renewed by 2781 (2025)" -> "2428". */
    static String resolutionNumber(String resolution) {
        int i = 0;
        while (i < resolution.length() && !Character.isDigit(resolution.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < resolution.length() && Character.isDigit(resolution.charAt(j))) {
            j++;
        }
        return resolution.substring(i, j);
    }
}
