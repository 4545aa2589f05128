package org.bwc.articlex.matching;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class MatchingOnH2Test extends MatchingScenarios {
}
