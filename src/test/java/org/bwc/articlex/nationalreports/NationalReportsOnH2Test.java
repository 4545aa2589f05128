package org.bwc.articlex.nationalreports;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class NationalReportsOnH2Test extends NationalReportScenarios {
}
