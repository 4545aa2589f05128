package org.bwc.articlex.intake;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class CirculationOnPostgresTest extends CirculationScenarios {
}
