package org.bwc.articlex.funding;

import java.time.Clock;
import java.time.Instant;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.MatchRelease;
import org.springframework.stereotype.Component;

/**
 * What a request gives back when it leaves funding without being funded (returned to open needs, or withdrawn): the
 * matched offer gets its unit of capacity back, the accepted proposal becomes RELEASED (so the same offer is not
 * proposed to this request again), the request has no matched offer any more, and a funding round still open is
 * cancelled. Does nothing for a request that was never matched.
 */
@Component
class CaseRelease {

    private final RequestRepository requests;
    private final MatchRelease matches;
    private final FundingCases fundingCases;
    private final Clock clock;

    CaseRelease(RequestRepository requests, MatchRelease matches, FundingCases fundingCases, Clock clock) {
        this.requests = requests;
        this.matches = matches;
        this.fundingCases = fundingCases;
        this.clock = clock;
    }

    void release(String requestId) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new IllegalStateException("No request " + requestId));
        Instant now = clock.instant();
        if (request.matchedOfferId() != null) {
            matches.release(requestId, request.matchedOfferId(), now);
        }
        fundingCases.cancelOpen(requestId, now);
    }
}
