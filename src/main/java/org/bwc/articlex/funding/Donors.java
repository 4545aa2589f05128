package org.bwc.articlex.funding;

import java.util.List;
import org.bwc.articlex.intake.Circulation;
import org.bwc.articlex.intake.CirculationPolicy;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see a request's funding and pledge to it — the one place that says so. A party (a State {@code sp-<ISO3>}
 * or an organisation {@code org-<CODE>}) may when it is the requesting State, the matched offering party, or a
 * provider the request is circulated to; the secretariat always may. A pledge needs a caller who speaks for the
 * donor (or the secretariat, recording it on the donor's behalf) and a donor who may see the request.
 */
@Component
public class Donors {

    private final OfferRepository offers;
    private final RequestRepository requests;

    Donors(OfferRepository offers, RequestRepository requests) {
        this.offers = offers;
        this.requests = requests;
    }

    /** The caller may see the request: the secretariat, or a party it speaks for may. */
    public boolean callerMaySee(RequestRecord request, Caller caller) {
        return caller.isSecretariat() || partiesOf(caller).stream().anyMatch(party -> maySee(request, party));
    }

    /** {@code party} (ISO3 or organisation code) may see the request, so pledge to it and follow its funding. */
    public boolean maySee(RequestRecord request, String party) {
        return inAudience(party, request.requestingState(), matchedParty(request),
                requests.circulation(request.id()).orElse(Circulation.DEFAULT), party != null && offers.hasRegistered(party));
    }

    /** The caller speaks for {@code donor}, or is the secretariat recording a pledge on its behalf. */
    public static boolean mayPledgeFor(Caller caller, String donor) {
        return caller.isSecretariat() || caller.groups().contains(OfferService.groupOf(donor));
    }

    /**
     * The rule itself, without the database: the requesting State and the matched offering party always; other
     * parties as the requesting State's consent to circulation allows (intake.CirculationPolicy) — named providers, or
     * with all providers every registered provider (a party that has registered an offer).
     */
    static boolean inAudience(String party, String requestingState, String matchedParty, Circulation circulation,
            boolean registeredProvider) {
        if (party == null || party.isBlank()) {
            return false;
        }
        if (party.equals(requestingState) || party.equals(matchedParty)) {
            return true;
        }
        return CirculationPolicy.mayReceive(circulation, party)
                && (circulation.mode() == Circulation.Mode.NAMED_PROVIDERS || registeredProvider);
    }

    /** The parties a caller speaks for: its {@code sp-<ISO3>} and {@code org-<CODE>} groups. */
    static List<String> partiesOf(Caller caller) {
        return caller.groups().stream()
                .map(g -> g.startsWith(Caller.STATE_GROUP_PREFIX) ? g.substring(Caller.STATE_GROUP_PREFIX.length())
                        : g.startsWith(Caller.ORGANISATION_GROUP_PREFIX) && Organisations.isRecognised(
                                g.substring(Caller.ORGANISATION_GROUP_PREFIX.length()))
                                        ? g.substring(Caller.ORGANISATION_GROUP_PREFIX.length()) : null)
                .filter(p -> p != null && !p.isBlank()).sorted().toList();
    }

    private String matchedParty(RequestRecord request) {
        return request.matchedOfferId() == null ? null
                : offers.find(request.matchedOfferId()).map(OfferView::offeringParty).orElse(null);
    }
}
