package org.bwc.articlex.process;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who acts in a step: the user whose task completion or API call runs it; timers and jobs act as {@link #SYSTEM}.
 * The one place every package asks "the current user or system" (docs/development.md).
 */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    /** The signed-in user, or {@link #SYSTEM} when a timer or job runs the step. */
    public static String of(IdentityService identity) {
        return user(identity).orElse(SYSTEM);
    }

    /** The signed-in user, if any (for steps that only a person may take). */
    public static Optional<String> user(IdentityService identity) {
        Authentication current = identity.getCurrentAuthentication();
        return Optional.ofNullable(current).map(Authentication::getUserId);
    }
}
