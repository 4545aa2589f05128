package org.bwc.articlex.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendNotificationEmail}: one delivery attempt of the notification named by the business key. */
@Component
class SendNotificationEmailDelegate implements JavaDelegate {

    private final NotificationDelivery delivery;

    SendNotificationEmailDelegate(NotificationDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        delivery.deliver(execution.getProcessBusinessKey());
    }
}
