package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_CASE_ID;

import java.time.Clock;
import java.time.Instant;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferView;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordOfferFunding}: the matched offer includes its funding, so the offering party funds the whole
 * estimate; it is recorded as the round's one source of money, confirmed at once (a {@code pledge} row of source
 * OFFER).
 */
@Component
class RecordOfferFundingDelegate implements JavaDelegate {

    private final FundingCases fundingCases;
    private final Pledges pledges;
    private final FundingPledges fundingPledges;
    private final OfferRepository offers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordOfferFundingDelegate(FundingCases fundingCases, Pledges pledges, FundingPledges fundingPledges, OfferRepository offers,
            ApplicationEventPublisher events, Clock clock) {
        this.fundingPledges = fundingPledges;
        this.fundingCases = fundingCases;
        this.pledges = pledges;
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(VAR_FUNDING_CASE_ID)).longValue();
        FundingCases.FundingCase round = fundingCases.find(id).orElseThrow();
        String party = offers.find(round.offerId()).map(OfferView::offeringParty)
                .orElseThrow(() -> new IllegalStateException("No offer " + round.offerId()));
        Instant now = clock.instant();
        long pledgeId = fundingPledges.insert(round.requestId(), id, party, Pledges.OFFER, round.total(), round.currency(), false,
                PledgeStatus.CONFIRMED, "system", now, null);
        pledges.insert(round.requestId(), id, party, Pledges.OFFER, round.total(), round.currency(), false, "system", now, pledgeId);
        fundingCases.recordFundedBy(id, party);
        events.publishEvent(new PledgesChanged(round.requestId()));
    }
}
