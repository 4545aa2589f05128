package org.bwc.articlex.screening;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class ScreeningOnH2Test extends ScreeningScenarios {
}
