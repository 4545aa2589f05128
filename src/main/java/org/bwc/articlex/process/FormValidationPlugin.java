package org.bwc.articlex.process;

import java.util.ArrayList;
import java.util.List;
import org.bwc.articlex.web.FormValidationException;
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
    }

    static final class UnwrapFormValidation extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                    if (cause instanceof FormValidationException invalid) {
                        throw invalid;
                    }
                }
                throw e;
            }
        }
    }
}
