package org.bwc.articlex.notification;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class NotificationOrderOnH2Test extends NotificationOrderScenarios {
}
