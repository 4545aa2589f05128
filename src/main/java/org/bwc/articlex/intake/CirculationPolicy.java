package org.bwc.articlex.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.bwc.articlex.web.FieldProblem;

/**
 * The rule of the consent to circulation (docs/rules.md, "Consent to circulation"), without the database: which
 * choices a requesting State may make, and which party may then be proposed its request. Matching ranks only the
 * offers whose party {@link #mayReceive may receive} the request; an offering party sees a request only while it may.
 */
public final class CirculationPolicy {

    /** A short list: a State that would name more means "all providers". */
    public static final int MAX_PROVIDERS = 20;
    public static final String TOO_MANY = "at most 20 providers; to circulate more widely choose ALL_PROVIDERS";

    /** The shape of an ISO3 or organisation code; anything else is refused without being echoed. */
    private static final Pattern PARTY_CODE = Pattern.compile("[A-Z]{2,12}");

    private CirculationPolicy() {
    }

    /** {@code party} (an ISO3 code or an organisation code) may be proposed the request under this consent. */
    public static boolean mayReceive(Circulation circulation, String party) {
        if (party == null || party.isBlank()) {
            return false;
        }
        return switch (circulation.mode()) {
            case SECRETARIAT_ONLY -> false;
            case NAMED_PROVIDERS -> circulation.providers().contains(party);
            case ALL_PROVIDERS -> true;
        };
    }

    /** {@code after} lets some party receive the request that {@code before} did not: an open need may find a match now. */
    public static boolean widens(Circulation before, Circulation after) {
        return switch (after.mode()) {
            case SECRETARIAT_ONLY -> false;
            case ALL_PROVIDERS -> before.mode() != Circulation.Mode.ALL_PROVIDERS;
            case NAMED_PROVIDERS -> after.providers().stream().anyMatch(party -> !mayReceive(before, party));
        };
    }

    /**
     * What is wrong with a choice, each problem naming its field ({@code circulation}, {@code providers},
     * {@code providers[1]}); empty when the choice is valid. A missing mode is the default, all providers.
     *
     * @param knownProvider a State Party or an organisation of the reference data
     */
    public static List<FieldProblem> problems(Circulation.Mode mode, List<String> providers, String requestingState,
            Predicate<String> knownProvider) {
        List<FieldProblem> problems = new ArrayList<>();
        boolean named = mode == Circulation.Mode.NAMED_PROVIDERS;
        boolean given = providers != null && !providers.isEmpty();
        if (named && !given) {
            problems.add(new FieldProblem("providers", "name at least one provider (a State Party's ISO3 code or an"
                    + " organisation's code such as WHO) for NAMED_PROVIDERS"));
        } else if (!named && given) {
            problems.add(new FieldProblem("providers", "providers are named only with \"circulation\": \"NAMED_PROVIDERS\""));
        }
        if (!given) {
            return problems;
        }
        if (providers.size() > MAX_PROVIDERS) {
            problems.add(new FieldProblem("providers", TOO_MANY));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < providers.size(); i++) {
            String code = providers.get(i);
            String field = "providers[" + i + "]";
            if (code == null || !PARTY_CODE.matcher(code).matches()) {
                problems.add(new FieldProblem(field, "must be a party code such as DEU or WHO"));
            } else if (code.equals(requestingState)) {
                problems.add(new FieldProblem(field, code + " is the requesting State itself: it sees its own request"
                        + " and is never proposed it"));
            } else if (!knownProvider.test(code)) {
                problems.add(new FieldProblem(field, "unknown provider " + code
                        + ": not a State Party's ISO3 code nor a recognised organisation's code"));
            } else if (!seen.add(code)) {
                problems.add(new FieldProblem(field, code + " is named twice"));
            }
        }
        return problems;
    }
}
