package org.bwc.articlex.process;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class CaseReferencesOnH2Test extends CaseReferenceScenarios {
}
