package org.bwc.articlex.screening;

import java.util.List;
import java.util.stream.Collectors;

/** The screening's conditions ({@link ScreeningCondition} names) as the sentence an offering party reads. */
public final class ConditionTexts {

    private ConditionTexts() {
    }

    /** @return the conditions joined by "; ", or null for none */
    public static String describe(List<String> conditionNames) {
        if (conditionNames == null || conditionNames.isEmpty()) {
            return null;
        }
        return conditionNames.stream().map(ConditionTexts::label).collect(Collectors.joining("; "));
    }

    static String label(String name) {
        return switch (name) {
            case "END_USE_ASSURANCE" -> "End-use assurance from the recipient";
            case "END_USER_CERTIFICATE" -> "End-user certificate";
            case "NO_RE_EXPORT" -> "No re-export without consent";
            case "FACILITY_BSL_ADEQUATE" -> "Facility biosafety level adequate to the agent's risk group";
            default -> name;
        };
    }
}
