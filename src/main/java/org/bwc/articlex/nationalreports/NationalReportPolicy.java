package org.bwc.articlex.nationalreports;

import java.util.List;
import org.bwc.articlex.web.FieldProblem;

/**
 * The rules of a national report, whichever way it comes (Tasklist form, {@code /engine-rest}, the API): every
 * section is required (a State with nothing to say writes "None"), each at most {@value #MAX_SECTION} characters.
 */
public final class NationalReportPolicy {

    public static final int MAX_SECTION = 20000;
    static final List<String> SECTIONS = List.of(NationalReportProcess.VAR_POLICY, NationalReportProcess.VAR_ASSISTANCE_GIVEN,
            NationalReportProcess.VAR_ASSISTANCE_RECEIVED, NationalReportProcess.VAR_NEEDS_OUTSTANDING,
            NationalReportProcess.VAR_OBSTACLES);

    private NationalReportPolicy() {
    }

    /** @return the report, or null when {@code problems} gained an entry */
    public static NationalReportContent check(java.util.function.Function<String, Object> values, List<FieldProblem> problems) {
        int before = problems.size();
        String[] texts = new String[SECTIONS.size()];
        for (int i = 0; i < SECTIONS.size(); i++) {
            String section = SECTIONS.get(i);
            Object value = values.apply(section);
            if (value == null || value instanceof String s && s.isBlank()) {
                problems.add(new FieldProblem(section, "is required"));
            } else if (!(value instanceof String text)) {
                problems.add(new FieldProblem(section, "must be text"));
            } else if (text.length() > MAX_SECTION) {
                problems.add(new FieldProblem(section, "must be at most " + MAX_SECTION + " characters"));
            } else {
                texts[i] = text.strip();
            }
        }
        return problems.size() == before ? new NationalReportContent(texts[0], texts[1], texts[2], texts[3], texts[4]) : null;
    }
}
