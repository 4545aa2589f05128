package org.bwc.articlex.security;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class SecurityOnH2Test extends SecurityScenarios {
}
