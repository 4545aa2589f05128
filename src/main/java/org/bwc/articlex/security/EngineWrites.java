package org.bwc.articlex.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Engine writes made as one engine command: the service calls inside share its command context (Camunda reuses an
 * open one) and are flushed together at its end, in one JDBC batch, where each would otherwise be a command with a
 * flush of its own. Only for writes that nothing inside reads back: a query in the command does not see what the
 * command has not flushed yet.
 */
final class EngineWrites {

    private EngineWrites() {
    }

    static void inOneCommand(ProcessEngineConfigurationImpl engine, Runnable writes) {
        engine.getCommandExecutorTxRequired().execute(context -> {
            writes.run();
            return null;
        });
    }
}
