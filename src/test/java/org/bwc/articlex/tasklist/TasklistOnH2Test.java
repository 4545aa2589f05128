package org.bwc.articlex.tasklist;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class TasklistOnH2Test extends TasklistScenarios {
}
