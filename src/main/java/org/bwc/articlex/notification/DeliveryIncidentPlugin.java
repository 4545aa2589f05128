package org.bwc.articlex.notification;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the feed in step with Cockpit: when the send job of a {@code notification-delivery} instance exhausts its
 * retries, the engine opens a {@code failedJob} incident and the notification becomes {@code FAILED}; when the
 * incident is resolved (a re-send, or "retry" in Cockpit) it is {@code PENDING} again. Decorates whatever handler
 * the engine has for failed jobs (its default one, or a composite), in the incident's own transaction.
 */
@Component
class DeliveryIncidentPlugin extends AbstractProcessEnginePlugin {

    static final String FAILED_JOB = Incident.FAILED_JOB_HANDLER_TYPE;

    private final ObjectProvider<NotificationDelivery> delivery;

    DeliveryIncidentPlugin(ObjectProvider<NotificationDelivery> delivery) {
        this.delivery = delivery;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        IncidentHandler engineHandler = configuration.getIncidentHandler(FAILED_JOB);
        configuration.getIncidentHandlers().put(FAILED_JOB, new NotifyingHandler(engineHandler));
    }

    final class NotifyingHandler implements IncidentHandler {

        private final IncidentHandler next;

        NotifyingHandler(IncidentHandler next) {
            this.next = next;
        }

        @Override
        public String getIncidentHandlerType() {
            return FAILED_JOB;
        }

        @Override
        public Incident handleIncident(IncidentContext context, String message) {
            Incident incident = next.handleIncident(context, message);
            String notificationId = notificationOf(context);
            if (notificationId != null) {
                delivery.getObject().retriesExhausted(notificationId, message);
            }
            return incident;
        }

        /**
         * Called when retries are set again, but also whenever a job completes (or is deleted as done) with no
         * incident at all: only a real incident's resolution puts the notification back to PENDING.
         */
        @Override
        public void resolveIncident(IncidentContext context) {
            String notificationId = notificationOf(context);
            boolean open = notificationId != null && context.getConfiguration() != null
                    && !Context.getCommandContext().getIncidentManager()
                            .findIncidentByConfigurationAndIncidentType(context.getConfiguration(), FAILED_JOB).isEmpty();
            next.resolveIncident(context);
            if (open) {
                delivery.getObject().incidentResolved(notificationId);
            }
        }

        /** Deleted with its instance (e.g. cancelled in Cockpit): the notification stays FAILED, never silently gone. */
        @Override
        public void deleteIncident(IncidentContext context) {
            next.deleteIncident(context);
        }

        /** The notification id if the incident belongs to a notification-delivery instance, else null. */
        private String notificationOf(IncidentContext context) {
            if (context.getProcessDefinitionId() == null || context.getExecutionId() == null) {
                return null;
            }
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
            if (definition == null || !NotificationDeliveryProcess.PROCESS_ID.equals(definition.getKey())) {
                return null;
            }
            ExecutionEntity execution = Context.getCommandContext().getExecutionManager()
                    .findExecutionById(context.getExecutionId());
            return execution == null ? null : execution.getProcessBusinessKey();
        }
    }
}
