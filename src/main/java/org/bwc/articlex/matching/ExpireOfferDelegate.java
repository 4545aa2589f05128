package org.bwc.articlex.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ExpireOffer}: the offer's validity ended; requests awaiting its answer move on. */
@Component
class ExpireOfferDelegate implements JavaDelegate {

    private final OfferAvailability availability;

    ExpireOfferDelegate(OfferAvailability availability) {
        this.availability = availability;
    }

    @Override
    public void execute(DelegateExecution execution) {
        availability.end(execution.getProcessBusinessKey(), OfferStatus.EXPIRED);
    }
}
