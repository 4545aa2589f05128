package org.bwc.articlex.followup;

import org.bwc.articlex.support.OnPostgres;
import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
@OnPostgres
class FollowUpOnPostgresTest extends FollowUpScenarios {
}
