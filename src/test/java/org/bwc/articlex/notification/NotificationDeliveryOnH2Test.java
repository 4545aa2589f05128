package org.bwc.articlex.notification;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class NotificationDeliveryOnH2Test extends NotificationDeliveryScenarios {
}
