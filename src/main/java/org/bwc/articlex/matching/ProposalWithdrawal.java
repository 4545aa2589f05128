package org.bwc.articlex.matching;

import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.process.RequestStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A request withdrawn while its match was proposed: the proposal is closed as WITHDRAWN (it no longer counts as an
 * offer awaiting an answer) and the offering party, whose task went with the case, is told why. In the transaction of
 * the withdrawal.
 */
@Component
class ProposalWithdrawal {

    static final String WITHDRAWN = "WITHDRAWN";

    private final MatchProposals proposals;
    private final OfferRepository offers;
    private final OfferNotices notices;

    ProposalWithdrawal(MatchProposals proposals, OfferRepository offers, OfferNotices notices) {
        this.proposals = proposals;
        this.offers = offers;
        this.notices = notices;
    }

    @EventListener
    void onStatusChanged(RequestStatusChanged change) {
        if (change.status() != RequestStatus.WITHDRAWN) {
            return;
        }
        proposals.open(change.requestId()).ifPresent(proposal -> {
            proposals.close(proposal.id(), WITHDRAWN, change.by(), "The requesting State withdrew the request", change.at());
            offers.find(proposal.offerId()).ifPresent(offer -> notices.requestWithdrawn(offer, change.requestId()));
        });
    }
}
