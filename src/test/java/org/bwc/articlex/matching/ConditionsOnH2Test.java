package org.bwc.articlex.matching;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class ConditionsOnH2Test extends ConditionsScenarios {
}
