package org.bwc.articlex.portal;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class PortalOnPostgresTest extends PortalScenarios {
}
