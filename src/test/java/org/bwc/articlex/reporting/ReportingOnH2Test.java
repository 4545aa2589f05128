package org.bwc.articlex.reporting;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class ReportingOnH2Test extends ReportingScenarios {
}
