package org.bwc.articlex.reporting;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class ReportingOnPostgresTest extends ReportingScenarios {
}
