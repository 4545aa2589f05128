package org.bwc.articlex.matching;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class CirculationMatchingOnPostgresTest extends CirculationMatchingScenarios {
}
