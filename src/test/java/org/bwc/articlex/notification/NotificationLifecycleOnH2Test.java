package org.bwc.articlex.notification;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class NotificationLifecycleOnH2Test extends NotificationLifecycleScenarios {
}
