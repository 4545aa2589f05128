package org.bwc.articlex.security;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class OfferingPartyReadsOnH2Test extends OfferingPartyReadsScenarios {
}
