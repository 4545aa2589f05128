package org.bwc.articlex.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes the application itself writes into a request's history: in English, for the API and the audit trail, and
 * read back here as message keys and arguments, so that the States' portal gives them in the reader's language
 * (docs/portal.md, "Language"). A person's own words — a question, a reason, a concern's resolution — match none of
 * them, or are an argument, and stay as written.
 */
public final class HistoryNotes {

    /** One sentence of a note: a message key ({@code note.*}) and its arguments. */
    public record Part(String key, List<String> args) {
    }

    private static final String ON_BEHALF = "Entered by the secretariat on behalf of ";
    private static final String CIRCULATION = "Circulation: ";
    private static final String REOPENED = "Balance review re-opened by concern ";
    private static final String PARTY = "[A-Z0-9]{2,10}";

    private static final Pattern CIRCULATION_NOTE = Pattern.compile("(?:" + Pattern.quote(ON_BEHALF) + "(" + PARTY + ")\\. )?"
            + Pattern.quote(CIRCULATION) + "(the secretariat only|all providers|named providers ((?:" + PARTY + ")(?:, " + PARTY + ")*))"
            + "(?: \\(entered by the secretariat on behalf of (" + PARTY + ")\\))?");
    private static final Pattern REOPENED_NOTE = Pattern.compile(Pattern.quote(REOPENED) + "(CON-[0-9A-Za-z-]+): (.*)", Pattern.DOTALL);

    private HistoryNotes() {
    }

    /** The note of a submission: its consent to circulation, and who entered it when the secretariat did. */
    static String submitted(Circulation circulation, String onBehalfOf) {
        return (onBehalfOf == null ? "" : ON_BEHALF + onBehalfOf + ". ") + describe(circulation);
    }

    /** The note of a change of the consent to circulation. */
    static String circulationChanged(Circulation circulation, String onBehalfOf) {
        return describe(circulation) + (onBehalfOf == null ? "" : " (entered by the secretariat on behalf of " + onBehalfOf + ")");
    }

    /** The note of a balance review re-opened by a concern's resolution (the managers' own words). */
    public static String reopenedByConcern(String concernId, String resolution) {
        return REOPENED + concernId + ": " + resolution;
    }

    /** E.g. "Circulation: named providers DEU, WHO". */
    static String describe(Circulation circulation) {
        return CIRCULATION + switch (circulation.mode()) {
            case SECRETARIAT_ONLY -> "the secretariat only";
            case NAMED_PROVIDERS -> "named providers " + String.join(", ", circulation.providers());
            case ALL_PROVIDERS -> "all providers";
        };
    }

    /** The parts of a note the application wrote, in reading order; empty for any other note (or none). */
    public static List<Part> read(String note) {
        if (note == null) {
            return List.of();
        }
        Matcher circulation = CIRCULATION_NOTE.matcher(note);
        if (circulation.matches()) {
            List<Part> parts = new ArrayList<>();
            if (circulation.group(1) != null) {
                parts.add(new Part("note.onBehalf", List.of(circulation.group(1))));
            }
            parts.add(circulation.group(3) != null ? new Part("note.circulation.NAMED_PROVIDERS", List.of(circulation.group(3)))
                    : new Part(circulation.group(2).startsWith("all") ? "note.circulation.ALL_PROVIDERS"
                            : "note.circulation.SECRETARIAT_ONLY", List.of()));
            if (circulation.group(4) != null) {
                parts.add(new Part("note.enteredOnBehalf", List.of(circulation.group(4))));
            }
            return parts;
        }
        Matcher reopened = REOPENED_NOTE.matcher(note);
        if (reopened.matches()) {
            return List.of(new Part("note.reopenedByConcern", List.of(reopened.group(1), reopened.group(2))));
        }
        return List.of();
    }
}
