package org.bwc.articlex.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** Works tasks the way Tasklist does: through the engine REST API, as the logged-in user. */
public class Tasklist {

    private final Api api;
    private final ProcessEngine engine;

    public Tasklist(Api api, ProcessEngine engine) {
        this.api = api;
        this.engine = engine;
    }

    public Task task(String businessKey, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    /** POST /engine-rest/task/{id}/submit-form, what Tasklist sends when a Camunda Form is submitted. */
    public Api.Response submitForm(String user, String taskId, Map<String, Object> values) {
        return engineRest(user, "/engine-rest/task/" + taskId + "/submit-form", values);
    }

    public Api.Response submitForm(String user, String businessKey, String taskDefinitionKey, Map<String, Object> values) {
        Task task = task(businessKey, taskDefinitionKey);
        if (task == null) {
            throw new AssertionError("No task " + taskDefinitionKey + " for " + businessKey);
        }
        return submitForm(user, task.getId(), values);
    }

    public Api.Response engineRest(String user, String path, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return api.as(user).post(path, Map.of("variables", variables));
    }

    /**
     * POST /engine-rest/process-definition/key/{key}/submit-form as Tasklist sends a Camunda start form: text, numbers
     * and booleans as plain values, a dynamic list, group or checklist (a list or a map) as a {@code Json} variable.
     */
    public Api.Response submitStartForm(String user, String processDefinitionKey, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value instanceof Map<?, ?> || value instanceof java.util.Collection<?>) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("type", "Json");
                json.put("valueInfo", null);
                try {
                    json.put("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(e);
                }
                variables.put(name, json);
            } else {
                Map<String, Object> plain = new LinkedHashMap<>();
                plain.put("value", value);
                variables.put(name, plain);
            }
        });
        return api.as(user).post("/engine-rest/process-definition/key/" + processDefinitionKey + "/submit-form",
                Map.of("variables", variables));
    }
}
