package org.bwc.articlex.reliability;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class HostileInputOnPostgresTest extends HostileInputScenarios {
}
