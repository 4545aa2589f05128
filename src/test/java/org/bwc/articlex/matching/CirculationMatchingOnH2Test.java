package org.bwc.articlex.matching;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class CirculationMatchingOnH2Test extends CirculationMatchingScenarios {
}
