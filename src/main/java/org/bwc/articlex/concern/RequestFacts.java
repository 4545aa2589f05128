package org.bwc.articlex.concern;

import java.util.List;
import java.util.Set;
import org.bwc.articlex.process.RequestStatus;

/**
 * What a concern needs to know about the request it contests.
 *
 * @param balanceDecisions the outcomes of the request's Balance review decisions, oldest first
 * @param screeningOutcome the outcome of the latest Article III screening, or null before screening
 * @param refusedProposalParties offering parties whose accepted offer for this request was released by the secretariat
 */
record RequestFacts(String requestId, String requestingState, RequestStatus status, List<String> balanceDecisions,
        String screeningOutcome, Set<String> refusedProposalParties) {
}
