package org.bwc.articlex.concern;

import org.bwc.articlex.process.RequestStatus;

/**
 * Who may raise a concern about which request (docs/concerns.md). A State Party contests a restriction or denial
 * of its own request; an offering party contests the refusal of a proposal of its own offer. Anything else is
 * another party's case (403), and a request that nothing restricted leaves nothing to contest (422).
 */
final class ConcernEligibility {

    /** What the check found: the subject of an admissible concern, or why it is refused. */
    record Verdict(ConcernSubject subject, Refusal refusal, String message) {

        static Verdict admissible(ConcernSubject subject) {
            return new Verdict(subject, null, null);
        }

        static Verdict refused(Refusal refusal, String message) {
            return new Verdict(null, refusal, message);
        }

        boolean isAdmissible() {
            return refusal == null;
        }
    }

    enum Refusal {
        /** Not the raising party's request nor a proposal of its offer (or no such request): 403. */
        NOT_ITS_CASE,
        /** The raising party's own request, but nothing was restricted: 422. */
        NO_RESTRICTION
    }

    private ConcernEligibility() {
    }

    static Verdict check(String raisedBy, RequestFacts request) {
        if (request == null || raisedBy == null) {
            return notItsCase();
        }
        if (raisedBy.equals(request.requestingState())) {
            return isRestricted(request) ? Verdict.admissible(ConcernSubject.REQUEST_RESTRICTION)
                    : Verdict.refused(Refusal.NO_RESTRICTION, "request " + request.requestId()
                            + " has no restriction or denial to contest: it was cleared without conditions");
        }
        if (request.refusedProposalParties().contains(raisedBy)) {
            return Verdict.admissible(ConcernSubject.REFUSED_PROPOSAL);
        }
        return notItsCase();
    }

    /**
     * A request is restricted when it was denied, when a Balance review decided anything but a plain approval
     * (a denial in full or in part, an approval with conditions), or when its screening imposed conditions.
     */
    static boolean isRestricted(RequestFacts request) {
        if (request.status() == RequestStatus.DENIED) {
            return true;
        }
        if (request.balanceDecisions().stream().anyMatch(d -> !"APPROVE".equals(d))) {
            return true;
        }
        return "CONDITIONAL".equals(request.screeningOutcome());
    }

    private static Verdict notItsCase() {
        return Verdict.refused(Refusal.NOT_ITS_CASE,
                "a party may raise a concern only about its own request, or about a refused proposal of its own offer");
    }
}
