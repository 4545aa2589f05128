package org.bwc.articlex.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PublishOffer}: the offer becomes a candidate, and the open needs it could serve are matched again. */
@Component
class PublishOfferDelegate implements JavaDelegate {

    private final OfferAvailability availability;

    PublishOfferDelegate(OfferAvailability availability) {
        this.availability = availability;
    }

    @Override
    public void execute(DelegateExecution execution) {
        availability.publish(execution.getProcessBusinessKey());
    }
}
