package org.bwc.articlex.intake;

import java.util.List;

/**
 * The requesting State's consent to circulation (docs/rules.md, "Consent to circulation"): to whom its request may be
 * proposed. {@code providers} holds the named party codes (sorted) for {@link Mode#NAMED_PROVIDERS} and is empty otherwise.
 */
public record Circulation(Mode mode, List<String> providers) {

    public enum Mode {
        SECRETARIAT_ONLY, NAMED_PROVIDERS, ALL_PROVIDERS
    }

    /** What a request has when its State says nothing, and what every request had before the choice existed. */
    public static final Circulation DEFAULT = new Circulation(Mode.ALL_PROVIDERS, List.of());

    public Circulation {
        mode = mode == null ? Mode.ALL_PROVIDERS : mode;
        // in a fixed order, so that the same choice in another order is the same choice (a replay changes nothing)
        providers = providers == null ? List.of() : providers.stream().sorted().toList();
    }

    /** The line of the request's history that records this choice, e.g. "Circulation: named providers DEU, WHO". */
    public String describe() {
        return HistoryNotes.describe(this);
    }
}
