package org.bwc.articlex.process;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class CaseReferencesOnPostgresTest extends CaseReferenceScenarios {
}
