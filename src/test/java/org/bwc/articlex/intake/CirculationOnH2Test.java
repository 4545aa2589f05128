package org.bwc.articlex.intake;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class CirculationOnH2Test extends CirculationScenarios {
}
