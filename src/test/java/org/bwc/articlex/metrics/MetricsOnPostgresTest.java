package org.bwc.articlex.metrics;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class MetricsOnPostgresTest extends MetricsScenarios {
}
