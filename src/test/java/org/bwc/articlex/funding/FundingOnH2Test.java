package org.bwc.articlex.funding;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class FundingOnH2Test extends FundingScenarios {
}
