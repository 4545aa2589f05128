package org.bwc.articlex.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Engine calls that the application makes on a user's behalf after checking, itself, that the user may make
 * them. The project's {@code /api} services check visibility with {@link Caller} (own State or secretariat),
 * then drive the engine: starting a request's process, completing the State's clarification task,
 * correlating a withdrawal. A State holds no engine permission for any of that (it could otherwise do it
 * directly through {@code /engine-rest} or Tasklist, bypassing the API's rules), so these calls run with the
 * engine's authorization checks switched off — while the human user stays the engine's current authentication,
 * so that the user operation log and the status history still name who acted.
 *
 * <p>{@link EngineIdentityFilter} opens such a scope around every {@code /api} request. Code elsewhere that acts
 * as the application on a user's behalf (a message endpoint, a scheduled job that sets an authentication) can
 * use {@link #run(Supplier)}. {@code /engine-rest} and the webapps never run in this scope: there the engine's
 * authorizations decide.
 */
public final class ApplicationCalls {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private ApplicationCalls() {
    }

    /** Runs {@code work} with the engine's authorization checks off for every engine call it makes. */
    public static <T> T run(Supplier<T> work) {
        try (Scope scope = open()) {
            return work.get();
        }
    }

    /** Opens an application scope on the current thread; close it in a {@code finally} (try-with-resources). */
    public static Scope open() {
        DEPTH.set(DEPTH.get() + 1);
        return new Scope();
    }

    /** An open application scope; scopes nest. */
    public static final class Scope implements AutoCloseable {

        private boolean closed;

        private Scope() {
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            int depth = DEPTH.get() - 1;
            if (depth <= 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the current thread is inside {@link #run}. */
    public static boolean active() {
        return DEPTH.get() > 0;
    }

    /**
     * Command interceptor placed after the engine's command context interceptor: inside an application call,
     * the command (and every command nested in its context) skips authorization checks.
     */
    static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (!active() || context == null || !context.isAuthorizationCheckEnabled()) {
                return next.execute(command);
            }
            context.disableAuthorizationCheck();
            try {
                return next.execute(command);
            } finally {
                context.enableAuthorizationCheck();
            }
        }
    }
}
