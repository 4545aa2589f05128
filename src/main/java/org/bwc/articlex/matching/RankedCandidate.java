package org.bwc.articlex.matching;

import java.util.List;

/** A candidate offer for a request, with its score and the parts that make it up (they sum to {@code score}). */
public record RankedCandidate(String offerId, String offeringParty, int score, List<ScorePart> parts) {

    public RankedCandidate {
        parts = List.copyOf(parts);
    }
}
