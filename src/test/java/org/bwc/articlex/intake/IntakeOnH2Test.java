package org.bwc.articlex.intake;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class IntakeOnH2Test extends IntakeScenarios {
}
