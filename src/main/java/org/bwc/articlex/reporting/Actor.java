package org.bwc.articlex.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in a delegate: the user whose task completion or API call runs it; timers and jobs act as "system". */
final class Actor {

    private Actor() {
    }

    static String of(IdentityService identity) {
        Authentication current = identity.getCurrentAuthentication();
        return current == null || current.getUserId() == null ? "system" : current.getUserId();
    }
}
