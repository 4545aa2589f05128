package org.bwc.articlex.concern;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class ConcernOnPostgresTest extends ConcernScenarios {
}
