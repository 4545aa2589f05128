package org.bwc.articlex.funding;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class FundingOnPostgresTest extends FundingScenarios {
}
