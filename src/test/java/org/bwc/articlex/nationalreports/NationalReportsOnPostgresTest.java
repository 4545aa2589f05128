package org.bwc.articlex.nationalreports;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class NationalReportsOnPostgresTest extends NationalReportScenarios {
}
