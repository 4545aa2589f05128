package org.bwc.articlex.screening;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class BalanceDecisionOnPostgresTest extends BalanceDecisionScenarios {
}
