package org.bwc.articlex.security;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class OfferingPartyReadsOnPostgresTest extends OfferingPartyReadsScenarios {
}
