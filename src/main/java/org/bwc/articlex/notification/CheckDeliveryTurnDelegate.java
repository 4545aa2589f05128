package org.bwc.articlex.notification;

import static org.bwc.articlex.notification.NotificationDeliveryProcess.VAR_EARLIER_NOTIFICATION_PENDING;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckDeliveryTurn}: whether an earlier notification of the case must be delivered first. */
@Component
class CheckDeliveryTurnDelegate implements JavaDelegate {

    private final NotificationDelivery delivery;

    CheckDeliveryTurnDelegate(NotificationDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(VAR_EARLIER_NOTIFICATION_PENDING,
                delivery.earlierNotificationPending(execution.getProcessBusinessKey()));
    }
}
