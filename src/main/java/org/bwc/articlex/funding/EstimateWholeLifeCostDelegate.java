package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDED_BY_OFFER;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_CASE_ID;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_DEADLINE;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_PROPOSED_OFFER_ID;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferView;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_EstimateWholeLifeCost}: opens the funding round with the request's whole-life cost estimate
 * ({@link FundingEstimator}, {@link WholeLifeCost}) and tells whether the matched offer brings its own funding.
 */
@Component
class EstimateWholeLifeCostDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final OfferRepository offers;
    private final FundingEstimator estimator;
    private final FundingCases fundingCases;
    private final Clock clock;

    EstimateWholeLifeCostDelegate(RequestRepository requests, OfferRepository offers, FundingEstimator estimator,
            FundingCases fundingCases, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.estimator = estimator;
        this.fundingCases = fundingCases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = execution.getProcessBusinessKey();
        // locked for the whole job (estimate, offer funding or first tally): a concurrent pledge waits and then sees
        // the round as it ended up
        RequestRecord request = requests.findForUpdate(requestId).orElseThrow(() -> new IllegalStateException("No request " + requestId));
        List<FundingEstimator.Item> items = requests.items(requestId).stream()
                .map(i -> new FundingEstimator.Item(i.kind(), i.description(), i.quantity())).toList();
        FundingEstimator.Estimate estimate = estimator.estimate(request.estimatedCostAmount(), request.estimatedCostCurrency(), items);
        String offerId = (String) execution.getVariable(VAR_PROPOSED_OFFER_ID);
        boolean fundedByOffer = offerId != null && offers.find(offerId).map(OfferView::fundingIncluded).orElse(false);
        Date deadline = (Date) execution.getVariable(VAR_FUNDING_DEADLINE);
        long id = fundingCases.open(requestId, offerId, estimate, deadline == null ? null : deadline.toInstant(), clock.instant());
        execution.setVariable(VAR_FUNDING_CASE_ID, id);
        execution.setVariable(VAR_FUNDED_BY_OFFER, fundedByOffer);
    }
}
