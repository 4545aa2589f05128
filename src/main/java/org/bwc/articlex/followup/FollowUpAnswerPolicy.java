package org.bwc.articlex.followup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import org.bwc.articlex.web.FieldProblem;

/**
 * The rules of a follow-up answer, whichever way it comes (Tasklist form, {@code /engine-rest}, the API): the
 * lasting impact is required, equipment and staff are answered from fixed choices, the number of staff is a whole
 * number of at least 0, the texts are bounded. Plain Java: the form listener and the API call the same rules.
 */
public final class FollowUpAnswerPolicy {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_STAFF = 1_000_000;
    static final Set<String> EQUIPMENT = Set.of("YES", "NO", "NOT_APPLICABLE");
    static final Set<String> STAFF = Set.of("YES", "PARTLY", "NO");

    private FollowUpAnswerPolicy() {
    }

    /**
     * Checks raw values (as a form submits them) and names each problem with {@code fieldName.apply(field)}.
     *
     * @return the answer, when there is no problem
     */
    public static FollowUpAnswer check(Object lastingImpact, Object equipmentInUse, Object staffInPost, Object staffCount,
            Object furtherNeeds, java.util.function.UnaryOperator<String> fieldName, List<FieldProblem> problems) {
        int before = problems.size();
        String impact = text(lastingImpact, true, fieldName.apply("lastingImpact"), problems);
        String equipment = choice(equipmentInUse, EQUIPMENT, fieldName.apply("equipmentInUse"), problems);
        String staff = choice(staffInPost, STAFF, fieldName.apply("staffInPost"), problems);
        Integer count = null;
        if (staffCount != null && !(staffCount instanceof String s && s.isBlank())) {
            count = wholeNumber(staffCount);
            if (count == null || count < 0 || count > MAX_STAFF) {
                problems.add(new FieldProblem(fieldName.apply("staffCount"), "must be a whole number from 0 to " + MAX_STAFF));
            } else if ("NO".equals(staff) && count > 0) {
                problems.add(new FieldProblem(fieldName.apply("staffCount"), "must be 0 or empty when no staff are in post"));
            }
        }
        String needs = text(furtherNeeds, false, fieldName.apply("furtherNeeds"), problems);
        return problems.size() == before ? new FollowUpAnswer(impact, equipment, staff, count, needs) : null;
    }

    private static String text(Object value, boolean required, String field, List<FieldProblem> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
            return null;
        }
        if (!(value instanceof String text)) {
            problems.add(new FieldProblem(field, "must be text"));
            return null;
        }
        if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return text.strip();
    }

    private static String choice(Object value, Set<String> allowed, String field, List<FieldProblem> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        if (!(value instanceof String text) || !allowed.contains(text)) {
            problems.add(new FieldProblem(field, "must be one of " + String.join(", ", new java.util.TreeSet<>(allowed))));
            return null;
        }
        return text;
    }

    /** A number without fraction that fits an int (Tasklist may send 4 as Integer, Long or Double), else null. */
    static Integer wholeNumber(Object value) {
        if (!(value instanceof Number number)) {
            return null;
        }
        try {
            BigDecimal exact = number instanceof BigDecimal big ? big
                    : number instanceof BigInteger big ? new BigDecimal(big)
                    : number instanceof Double || number instanceof Float ? BigDecimal.valueOf(number.doubleValue())
                    : BigDecimal.valueOf(number.longValue());
            return exact.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
