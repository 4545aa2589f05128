package org.bwc.articlex.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Two calls racing for the same thing on the engine API ({@code /engine-rest} and Tasklist's door): the engine
 * refuses the loser in whatever way it meets the winner's commit — its optimistic lock (500 "updated by another
 * transaction concurrently"), the task already gone ("Cannot find task", 500 or 404), or the task's authorizations
 * already deleted with it (403). Each of these is the same event for the caller: someone else did it first. So the
 * loser gets a 409 problem, as on {@code /api} ({@code web.ProblemHandler}), never a 500 or the engine's internals.
 *
 * <p>An optimistic-lock failure is recognised by the exception code Camunda's REST API puts in every error
 * (1: optimistic locking, 10000: deadlock). A completion refused because the task is gone becomes a 409 only when
 * the task's history shows it finished and the caller may read that history (Camunda's own authorization check):
 * for anyone else, and for a task that never existed, the engine's answer stands, so no task id is confirmed to a
 * party that could not see it.
 */
class EngineRaceConflicts extends OncePerRequestFilter {

    /** Camunda's BuiltinExceptionCode: OPTIMISTIC_LOCKING and DEADLOCK. */
    private static final Set<Integer> RACE_CODES = Set.of(1, 10_000);
    private static final Pattern TASK_COMPLETION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)");
    private static final Set<Integer> TASK_GONE_STATUSES = Set.of(403, 404, 500);

    private final ObjectMapper json;
    private final IdentityService identity;
    private final HistoryService history;
    private final TaskService tasks;

    EngineRaceConflicts(ObjectMapper json, IdentityService identity, HistoryService history, TaskService tasks) {
        this.json = json;
        this.identity = identity;
        this.history = history;
        this.tasks = tasks;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return Doors.engineResource(request) == null
                || !("POST".equals(method) || "PUT".equals(method) || "DELETE".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } finally {
            String conflict = wrapper.getStatus() >= 400 ? conflict(request, wrapper) : null;
            if (conflict != null) {
                wrapper.resetBuffer();
                Problems.write(json, wrapper, HttpStatus.CONFLICT, "Conflict with a concurrent request", conflict);
            }
            wrapper.copyBodyToResponse();
        }
    }

    private String conflict(HttpServletRequest request, ContentCachingResponseWrapper response) {
        JsonNode error = read(response.getContentAsByteArray());
        if (error != null && RACE_CODES.contains(error.path("code").asInt(-1))) {
            return "Another request changed the same case at the same moment; nothing was recorded by this one. "
                    + "Read the case again before retrying";
        }
        Matcher completion = TASK_COMPLETION.matcher(Doors.engineResource(request));
        if (completion.matches() && TASK_GONE_STATUSES.contains(response.getStatus())) {
            String taskId = completion.group(1);
            if (completedInTheMeantime(taskId, Doors.user(request))) {
                return "Task " + taskId + " has already been completed; nothing was recorded by this request";
            }
        }
        return null;
    }

    /** Gone from the runtime, finished in the history, and the caller may read that history. */
    private boolean completedInTheMeantime(String taskId, Optional<Caller> caller) {
        if (caller.isEmpty() || tasks.createTaskQuery().taskId(taskId).count() > 0) {
            return false;
        }
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.get().userId(), caller.get().groupList());
        try {
            return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    private JsonNode read(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
