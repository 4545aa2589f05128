package org.bwc.articlex.notification;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class NotificationOrderOnPostgresTest extends NotificationOrderScenarios {
}
