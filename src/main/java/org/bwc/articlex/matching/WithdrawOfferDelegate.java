package org.bwc.articlex.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_WithdrawOffer}: the offering party withdrew the offer; requests awaiting its answer move on. */
@Component
class WithdrawOfferDelegate implements JavaDelegate {

    private final OfferAvailability availability;

    WithdrawOfferDelegate(OfferAvailability availability) {
        this.availability = availability;
    }

    @Override
    public void execute(DelegateExecution execution) {
        availability.end(execution.getProcessBusinessKey(), OfferStatus.WITHDRAWN);
    }
}
