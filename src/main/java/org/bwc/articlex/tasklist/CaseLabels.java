package org.bwc.articlex.tasklist;

import java.util.Optional;
import org.bwc.articlex.concern.ConcernParties;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.springframework.stereotype.Component;

/**
 * Who and what a case reference stands for, for the people working its tasks: the State Party (or organisation) whose
 * case it is, by the name the reference data gives it, and the category of assistance. Asked of the package that owns
 * the case, by the reference's prefix: a request's requesting State ({@code REQ-…}, intake), an offer's offering party
 * ({@code OFF-…}, matching), the party that raised a concern ({@code CON-…}, concern), the State of a national report
 * ({@code NR-<year>-<ISO3>}, in the reference itself).
 */
@Component
public class CaseLabels {

    /** @param partyName null when the case names no party; {@code category} null when it has none */
    public record CaseLabel(String reference, String partyCode, String partyName, String category) {
    }

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final ConcernParties concerns;
    private final StatesRegistry states;

    CaseLabels(RequestRepository requests, OfferRepository offers, ConcernParties concerns, StatesRegistry states) {
        this.requests = requests;
        this.offers = offers;
        this.concerns = concerns;
        this.states = states;
    }

    public Optional<CaseLabel> of(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String[] party = switch (prefix(reference)) {
            case "REQ" -> requests.find(reference).map(r -> new String[] {r.requestingState(), r.category().name()}).orElse(null);
            case "OFF" -> offers.find(reference).map(o -> new String[] {o.offeringParty(), o.category().name()}).orElse(null);
            case "CON" -> concerns.raisedBy(reference).map(raiser -> new String[] {raiser, concerns.requestOf(reference)
                    .flatMap(requests::find).map(r -> r.category().name()).orElse(null)}).orElse(null);
            case "NR" -> new String[] {reference.substring(reference.lastIndexOf('-') + 1), null};
            default -> null;
        };
        if (party == null) {
            return Optional.of(new CaseLabel(reference, null, null, null));
        }
        return Optional.of(new CaseLabel(reference, party[0], partyName(party[0]), categoryLabel(party[1])));
    }

    /** The name of a State Party from the reference data, of an organisation from its list, else the code itself. */
    public String partyName(String code) {
        if (code == null) {
            return null;
        }
        return states.find(code).map(StateParty::name).or(() -> Organisations.name(code)).orElse(code);
    }

    private static String categoryLabel(String category) {
        if (category == null) {
            return null;
        }
        try {
            return AssistanceCategory.valueOf(category).label();
        } catch (IllegalArgumentException unknown) {
            return category;
        }
    }

    private static String prefix(String reference) {
        int dash = reference.indexOf('-');
        return dash < 0 ? "" : reference.substring(0, dash);
    }
}
