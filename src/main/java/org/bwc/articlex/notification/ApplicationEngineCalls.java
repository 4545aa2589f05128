package org.bwc.articlex.notification;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The engine calls of notification delivery (start a delivery, re-send one) are the application's, not the user's
 * whose action caused them: a State submitting over the API, a caseworker completing a review in Tasklist, a
 * manager re-sending. They run with the engine's authorization checks off for that call only — in the caller's
 * transaction and command context, with the user still the engine's current authentication (so the operation log
 * names who acted) — because no party holds, or should hold, the right to start a process. Inside delegation code
 * (the status listeners of the BPMN) the engine skips the checks anyway ({@code authorizationEnabledForCustomCode}
 * is off); this covers every other caller, whatever door its request came through.
 */
@Component
class ApplicationEngineCalls {

    private final ProcessEngine engine;

    ApplicationEngineCalls(ProcessEngine engine) {
        this.engine = engine;
    }

    <T> T run(Supplier<T> work) {
        Command<T> command = (CommandContext context) -> {
            boolean checking = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return work.get(); // nested engine calls share this command context
            } finally {
                if (checking) {
                    context.enableAuthorizationCheck();
                }
            }
        };
        return ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired().execute(command);
    }

    void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** An idle job executor polls rarely; a job made due again by hand is picked up at once after the commit. */
    void wakeJobExecutorAfterCommit() {
        JobExecutor jobExecutor = ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getJobExecutor();
        if (jobExecutor != null && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    jobExecutor.jobWasAdded();
                }
            });
        }
    }
}
