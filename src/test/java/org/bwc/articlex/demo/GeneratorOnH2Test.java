package org.bwc.articlex.demo;

import org.bwc.articlex.support.ScenarioTest;

@ScenarioTest
class GeneratorOnH2Test extends GeneratorScenarios {
}
