package org.bwc.articlex.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bwc.articlex.reference.AssistanceCategory;

/**
 * Flags what may duplicate a need (docs/tasklist-walkthrough.md, step 5, "avoid duplication"): another open request of the
 * same State in the same category, or a candidate offer that already serves another request of the
 * same State in the same category. O(r + m + c) for r requests, m matches and c candidate offers.
 */
public final class DuplicateDetection {

    private static final String PREFIX = "avoid duplication: ";

    private DuplicateDetection() {
    }

    /**
     * @param requests          requests to compare with; any status may be passed, closed ones
     *                          ({@link org.bwc.articlex.process.RequestStatus#isFinal()}) are ignored
     * @param activeMatches     matches of requests still in progress
     * @param candidateOfferIds the offers ranked for {@code need}, e.g. from {@link MatchRanking#rank}
     * @return request flags (by request id), then offer flags (by offer id, then request id)
     */
    public static List<DuplicateFlag> detect(MatchNeed need, Collection<OpenRequest> requests,
                                             Collection<ActiveMatch> activeMatches,
                                             Collection<String> candidateOfferIds) {
        List<DuplicateFlag> flags = new ArrayList<>();

        requests.stream()
                .filter(r -> !r.status().isFinal())
                .filter(r -> sameNeedElsewhere(need, r.requestId(), r.requestingState(), r.category()))
                .sorted(Comparator.comparing(OpenRequest::requestId))
                .map(OpenRequest::requestId)
                .distinct()
                .forEach(id -> flags.add(new DuplicateFlag(DuplicateFlag.Code.OPEN_REQUEST_SAME_STATE_AND_CATEGORY, id,
                        PREFIX + need.requestingState() + " already has open request " + id + " for "
                                + need.category().label())));

        Set<String> candidates = new HashSet<>(candidateOfferIds);
        activeMatches.stream()
                .filter(m -> candidates.contains(m.offerId()))
                .filter(m -> sameNeedElsewhere(need, m.requestId(), m.requestingState(), m.category()))
                .sorted(Comparator.comparing(ActiveMatch::offerId).thenComparing(ActiveMatch::requestId))
                .distinct()
                .forEach(m -> flags.add(new DuplicateFlag(DuplicateFlag.Code.OFFER_ALREADY_SERVING_SAME_NEED, m.offerId(),
                        PREFIX + "offer " + m.offerId() + " already serves request " + m.requestId() + " of "
                                + m.requestingState() + " for " + m.category().label())));

        return List.copyOf(flags);
    }

    /** Another request (not this one) of the same State for the same category. */
    private static boolean sameNeedElsewhere(MatchNeed need, String requestId, String state, AssistanceCategory category) {
        return !requestId.equals(need.requestId())
                && state.equalsIgnoreCase(need.requestingState())
                && category == need.category();
    }
}
