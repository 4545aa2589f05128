package org.bwc.articlex.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find their engine by name ("default") in a JVM-wide registry. The test JVM
 * keeps several application contexts alive (H2, PostgreSQL, ...), each with an engine of that name, and the last
 * one started wins; so before every test the engine of the test's own context is registered again, and
 * {@code /engine-rest} talks to the same database as the test.
 */
public class CurrentEngineListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
                    .ifAvailable(ProcessEngines::registerProcessEngine);
        }
    }
}
