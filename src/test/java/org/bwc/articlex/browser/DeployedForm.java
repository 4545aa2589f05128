package org.bwc.articlex.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The Camunda Form a task shows, as deployed in the engine: which form field binds which variable. The tests name
 * fields by the variables of the integration contract (docs/processes.md, e.g. {@code clarificationQuestion}) and find
 * the field's element in the page through its component id (form-js renders {@code id="fjs-form-<n>-<component
 * id>"}). A form without a field for a variable fails the test with that message.
 */
record DeployedForm(String formId, Map<String, Field> fieldsByKey) {

    record Field(String key, String componentId, String type, String label) {
    }

    static DeployedForm of(ProcessEngine engine, String taskId) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(taskId)) {
            JsonNode root = new ObjectMapper().readTree(form);
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(root.path("components"), fields);
            return new DeployedForm(root.path("id").asText(), fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start form a process definition (its latest version) shows in Tasklist's "Start process". */
    static DeployedForm ofStartForm(ProcessEngine engine, String processDefinitionKey) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processDefinitionKey)
                .latestVersion().singleResult().getId();
        try (InputStream form = engine.getFormService().getDeployedStartForm(definitionId)) {
            return read(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DeployedForm read(InputStream form) throws IOException {
        JsonNode root = new ObjectMapper().readTree(form);
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(root.path("components"), fields);
        return new DeployedForm(root.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                // the first field of a key: a dynamic list's row may reuse a key of the form's own (description)
                fields.putIfAbsent(component.get("key").asText(), new Field(component.get("key").asText(),
                        component.path("id").asText(), component.path("type").asText(), component.path("label").asText()));
            }
            collect(component.path("components"), fields);
        }
    }

    Field field(String key) {
        Field field = fieldsByKey.get(key);
        if (field == null) {
            throw new AssertionError("Form " + formId + " has no field bound to the variable '" + key + "' (fields: "
                    + fieldsByKey.keySet() + ")");
        }
        return field;
    }
}
