package org.bwc.articlex.notification;

import static org.bwc.articlex.notification.NotificationDeliveryProcess.VAR_UNDELIVERABLE_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordNotificationUndeliverable}: the feed shows FAILED with the reason the address was refused. */
@Component
class RecordNotificationUndeliverableDelegate implements JavaDelegate {

    private final NotificationDelivery delivery;

    RecordNotificationUndeliverableDelegate(NotificationDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object reason = execution.getVariable(VAR_UNDELIVERABLE_REASON);
        delivery.recordUndeliverable(execution.getProcessBusinessKey(), reason == null ? null : reason.toString());
    }
}
