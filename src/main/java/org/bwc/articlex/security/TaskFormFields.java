package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The answers a task's Camunda Form asks for: the keys of its fields that are neither disabled nor read-only. A
 * task without a deployed Camunda Form asks for none. Read from the form deployed for the task, as Tasklist shows it.
 */
final class TaskFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TaskFormFields() {
    }

    static Set<String> editable(CommandContext context, TaskEntity task) {
        try (InputStream form = context.runWithoutAuthorization(
                () -> context.getProcessEngineConfiguration().getFormService().getDeployedTaskForm(task.getId()))) {
            Set<String> keys = new HashSet<>();
            collect(JSON.readTree(form), keys);
            return keys;
        } catch (ProcessEngineException | IOException noCamundaForm) {
            return Set.of();
        }
    }

    private static void collect(JsonNode node, Set<String> keys) {
        for (JsonNode component : node.path("components")) {
            boolean fixed = component.path("disabled").asBoolean(false) || isSet(component.get("readonly"));
            if (component.hasNonNull("key") && !fixed) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }

    /** {@code readonly} is a boolean or an expression (read-only under some condition: treated as read-only). */
    private static boolean isSet(JsonNode readonly) {
        return readonly != null && !readonly.isNull() && !(readonly.isBoolean() && !readonly.asBoolean());
    }
}
