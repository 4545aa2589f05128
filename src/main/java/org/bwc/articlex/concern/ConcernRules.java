package org.bwc.articlex.concern;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of what people write into a concern: statements and positions, the acknowledgement, and the
 * manager's outcome. Plain Java, shared by the API and the task forms so that both refuse the same input.
 */
final class ConcernRules {

    static final int MAX_TEXT = 4000;
    static final int MIN_RESOLUTION = 30;
    static final int MIN_MSP_SUMMARY = 50;

    private ConcernRules() {
    }

    /** @return the problem with a free text (statement, position, acknowledgement), or null */
    static String textProblem(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return "is required";
        }
        if (text.length() > MAX_TEXT) {
            return "must be at most " + MAX_TEXT + " characters";
        }
        return null;
    }

    /**
     * @param reopenRefusal why the request's Balance review cannot be re-opened, or null when it can
     * @return field → problem, empty when the outcome may be recorded
     */
    static Map<String, String> outcomeProblems(Object outcome, Object resolution, Object reopen, Object mspSummary,
            String reopenRefusal) {
        Map<String, String> problems = new LinkedHashMap<>();
        ConcernOutcome parsed = parse(outcome);
        if (parsed == null) {
            problems.put("concernOutcome", "must be one of RESOLVED, REFERRED_TO_MSP");
            return problems;
        }
        if (reopen != null && !(reopen instanceof Boolean)) {
            problems.put("reopenBalanceReview", "must be true or false");
        }
        boolean reopening = Boolean.TRUE.equals(reopen);
        if (parsed == ConcernOutcome.RESOLVED) {
            minLength(problems, "resolution", resolution, MIN_RESOLUTION, "the agreed resolution");
            if (reopening && reopenRefusal != null) {
                problems.put("reopenBalanceReview", reopenRefusal);
            }
        } else {
            minLength(problems, "mspSummary", mspSummary, MIN_MSP_SUMMARY, "a summary for the Meeting of States Parties");
            if (reopening) {
                problems.put("reopenBalanceReview", "only a resolved concern can re-open the Balance review");
            }
        }
        return problems;
    }

    private static void minLength(Map<String, String> problems, String field, Object value, int min, String what) {
        if (!(value instanceof String text) || text.strip().length() < min) {
            problems.put(field, "needs " + what + " in at least " + min + " characters");
        } else if (text.length() > MAX_TEXT) {
            problems.put(field, "must be at most " + MAX_TEXT + " characters");
        }
    }

    static ConcernOutcome parse(Object outcome) {
        if (outcome instanceof String text) {
            for (ConcernOutcome candidate : ConcernOutcome.values()) {
                if (candidate.name().equals(text)) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
