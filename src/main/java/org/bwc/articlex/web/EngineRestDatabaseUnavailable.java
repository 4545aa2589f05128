package org.bwc.articlex.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * {@code /engine-rest} (Camunda's Jersey application) maps its own exceptions, a lost database to a 500. A call
 * whose login passed just before the database went away meets it there: these mappers, closer to the exception
 * types than Camunda's, answer 503 with {@code Retry-After} as {@link DatabaseUnavailableFilter} does, and leave
 * every other failure to Camunda's mapping.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestDatabaseUnavailable {

    @Bean
    ResourceConfigCustomizer databaseUnavailableMappers(DatabaseUnavailable unavailable) {
        return config -> config.register(new PersistenceMapper(unavailable)).register(new TransactionMapper(unavailable));
    }

    static Response map(Throwable failure, DatabaseUnavailable unavailable) {
        if (!DatabaseUnavailable.causedBy(failure)) {
            return ExceptionHandlerHelper.getInstance().getResponse(failure);
        }
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", unavailable.retryAfterSeconds())
                .type(MediaType.valueOf("application/problem+json"))
                .entity("{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,\"detail\":\""
                        + unavailable.problem().getDetail() + "\"}")
                .build();
    }

    static final class PersistenceMapper implements ExceptionMapper<ProcessEnginePersistenceException> {
        private final DatabaseUnavailable unavailable;

        PersistenceMapper(DatabaseUnavailable unavailable) {
            this.unavailable = unavailable;
        }

        @Override
        public Response toResponse(ProcessEnginePersistenceException failure) {
            return map(failure, unavailable);
        }
    }

    static final class TransactionMapper implements ExceptionMapper<CannotCreateTransactionException> {
        private final DatabaseUnavailable unavailable;

        TransactionMapper(DatabaseUnavailable unavailable) {
            this.unavailable = unavailable;
        }

        @Override
        public Response toResponse(CannotCreateTransactionException failure) {
            return map(failure, unavailable);
        }
    }
}
