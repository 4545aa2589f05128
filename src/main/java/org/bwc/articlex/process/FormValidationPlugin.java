package org.bwc.articlex.process;

import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.web.FormValidationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps anything a task listener throws into a generic exception (ENGINE-03051), which the engine
 * REST API answers with 500 and Tasklist shows as a failure. This outermost command interceptor, reached after
 * the command's transaction has rolled back, hands the {@link FormValidationException} itself to the caller:
 * 400 with the field message in {@code /engine-rest}, the message beside the form in Tasklist, problem+json in
 * {@code /api}.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(0, new UnwrapFormValidation());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        List<CommandInterceptor> inside = new ArrayList<>();
        if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
            inside.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
        }
        inside.add(0, new MarkFormValidationAsUserError());
        configuration.setCustomPostCommandInterceptorsTxRequired(inside);
    }

    private static FormValidationException formValidation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FormValidationException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /**
     * Inside the command context: a refused form is the user's error, not the engine's. Rethrown as a
     * {@link BadUserRequestException}, the engine logs it at debug level instead of an ERROR with a stack trace for
     * every mistyped form; the transaction rolls back all the same.
     */
    static final class MarkFormValidationAsUserError extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                FormValidationException invalid = formValidation(e);
                if (invalid == null || e instanceof BadUserRequestException) {
                    throw e;
                }
                throw new BadUserRequestException(invalid.getMessage(), invalid);
            }
        }
    }

    static final class UnwrapFormValidation extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                FormValidationException invalid = formValidation(e);
                throw invalid != null ? invalid : e;
            }
        }
    }
}
