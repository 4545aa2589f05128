package org.bwc.articlex.concern;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class ConcernOnH2Test extends ConcernScenarios {
}
