package org.bwc.articlex.followup;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class FollowUpOnH2Test extends FollowUpScenarios {
}
