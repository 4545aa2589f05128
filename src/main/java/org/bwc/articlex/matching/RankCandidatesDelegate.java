package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CANDIDATE_COUNT;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CANDIDATE_DETAILS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_DUPLICATE_FLAGS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_MATCH_CANDIDATES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.Circulation;
import org.bwc.articlex.intake.CirculationPolicy;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RankCandidates}: ranks the published offers that fit the request (never one already tried for it, never
 * one of a party the requesting State does not let its request circulate to) and flags possible duplication, for the
 * caseworker's {@code confirmMatch} form.
 */
@Component
class RankCandidatesDelegate implements JavaDelegate {

    static final int SHOWN_CANDIDATES = 10;

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final MatchProposals proposals;
    private final StatesRegistry states;
    private final ObjectMapper json;
    private final Clock clock;

    RankCandidatesDelegate(RequestRepository requests, OfferRepository offers, MatchProposals proposals,
            StatesRegistry states, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.proposals = proposals;
        this.states = states;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(candidates(execution.getProcessBusinessKey()));
    }

    /**
     * The candidate variables of the {@code confirmMatch} form for the request as it stands now: only offers whose
     * party the requesting State's consent to circulation lets receive it (intake.CirculationPolicy; none for the
     * secretariat only, so the case takes the no-candidate path to the open needs).
     */
    Map<String, Object> candidates(String id) {
        RequestRecord request = requests.find(id).orElseThrow(() -> new IllegalStateException("No request " + id));
        Circulation circulation = requests.circulation(id).orElse(Circulation.DEFAULT);
        StateParty state = states.require(request.requestingState());
        MatchNeed need = new MatchNeed(id, state.code(), request.category(), state.region(), request.preferredLanguage(),
                state.developing());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<OfferView> published = offers.publishedFor(request.category(), state.region(), today).stream()
                .filter(o -> CirculationPolicy.mayReceive(circulation, o.offeringParty())).toList();
        Map<String, OfferView> byId = published.stream().collect(Collectors.toMap(OfferView::id, o -> o));
        List<RankedCandidate> ranked = MatchRanking.rank(need, published.stream().map(OfferView::candidate).toList(), today,
                SHOWN_CANDIDATES, proposals.triedOffers(id));
        List<OpenRequest> open = proposals.openRequestsOf(state.code(), request.category());
        List<DuplicateFlag> flags = DuplicateDetection.detect(need, open, proposals.activeMatchesOf(open),
                ranked.stream().map(RankedCandidate::offerId).toList());

        List<Map<String, String>> options = ranked.stream()
                .map(c -> Map.of("value", c.offerId(), "label", "%s — %s — %s (score %d)".formatted(c.offerId(),
                        c.offeringParty(), byId.get(c.offerId()).title(), c.score())))
                .toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(VAR_MATCH_CANDIDATES, SpinValues.jsonValue(write(options)).create());
        variables.put(VAR_CANDIDATE_COUNT, ranked.size());
        variables.put(VAR_CANDIDATE_DETAILS, fitted(ranked.stream()
                .map(c -> c.offerId() + " (score " + c.score() + "): " + c.parts().stream()
                        .map(p -> p.criterion() + " +" + p.points() + " (" + p.explanation() + ")")
                        .collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"))));
        variables.put(VAR_DUPLICATE_FLAGS, flags.isEmpty() ? "(none)"
                : fitted(flags.stream().map(DuplicateFlag::message).collect(Collectors.joining("\n"))));
        return variables;
    }

    /** The engine stores a text variable in 4,000 characters; longer, the whole step fails (an incident, every retry). */
    static String fitted(String details) {
        return details.length() <= MAX_TEXT_VARIABLE ? details
                : details.substring(0, MAX_TEXT_VARIABLE - TRUNCATED.length()) + TRUNCATED;
    }

    static final int MAX_TEXT_VARIABLE = 4000;
    private static final String TRUNCATED = " … (cut: the candidates list above has every offer)";

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
