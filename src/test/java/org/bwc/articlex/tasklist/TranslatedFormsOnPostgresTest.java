package org.bwc.articlex.tasklist;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class TranslatedFormsOnPostgresTest extends TranslatedFormsScenarios {
}
