package org.bwc.articlex.metrics;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class MetricsOnH2Test extends MetricsScenarios {
}
