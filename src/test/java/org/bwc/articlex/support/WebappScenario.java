package org.bwc.articlex.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.bwc.articlex.security.WebappSession;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;

/** A scenario that also goes through the webapps' door (Tasklist's engine API, /portal) with a logged-in session. */
public abstract class WebappScenario extends CaseScenario {

    /**
     * The engine REST API and the webapps find their engine through Camunda's static registry; with an H2 and a
     * PostgreSQL context alive in one JVM the last one started would answer for both.
     */
    @BeforeEach
    protected void useThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    /** Logged in to Tasklist as {@code user} (password = user name, as the test users have). */
    protected WebappSession session(String user) {
        return session("tasklist", user);
    }

    protected WebappSession session(String app, String user) {
        WebappSession session = new WebappSession(http.getRootUri());
        HttpResponse<String> login = session.login(app, user, user);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return session;
    }
}
