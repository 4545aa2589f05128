package org.bwc.articlex.portal;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class PortalOnH2Test extends PortalScenarios {
}
