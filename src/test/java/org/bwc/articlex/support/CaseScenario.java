package org.bwc.articlex.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What every scenario class that walks cases needs, set up once here: the API as the dev users, Tasklist's door,
 * the process driver (jobs and the engine's clock, reset after each test) and the case walk built from them.
 */
public abstract class CaseScenario {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected ProcessEngine engine;

    protected Api api;
    protected Tasklist tasklist;
    protected ProcessDriver driver;
    protected CaseWalk walk;

    @BeforeEach
    protected void startScenario() {
        api = new Api(http);
        tasklist = new Tasklist(api, engine);
        driver = new ProcessDriver(engine);
        walk = new CaseWalk(api, tasklist, engine);
        init(engine);
    }

    @AfterEach
    protected void endScenario() {
        driver.reset();
    }

    /** The request's status as the API shows it to the secretariat. */
    protected String status(String id) {
        return walk.status(id);
    }
}
