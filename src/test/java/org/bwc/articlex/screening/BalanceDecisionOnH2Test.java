package org.bwc.articlex.screening;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class BalanceDecisionOnH2Test extends BalanceDecisionScenarios {
}
