package org.bwc.articlex.tasklist;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class TranslatedFormsOnH2Test extends TranslatedFormsScenarios {
}
