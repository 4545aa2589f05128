package org.bwc.articlex.demo;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class GeneratorOnPostgresTest extends GeneratorScenarios {
}
