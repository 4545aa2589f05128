package org.bwc.articlex.concern;

import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_CONCERN_RESOLUTION;
import static org.bwc.articlex.concern.ArticleXConcernProcess.VAR_REOPENED_BY_CONCERN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.intake.HistoryNotes;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.intake.RequestStatusRecorder;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.CaseAccess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Re-opens the real Balance review of a denied request, with the concern attached. A denied request's
 * {@code assistance-request} instance has ended, so a new instance of the same process starts for the same business
 * key directly at {@code balanceReview} (process instance modification at start): the findings the task shows come
 * from the decision records, the case variables (requesting State, its group, the screening and balance outcomes)
 * from the history of the denied instance. From there the request goes on as any other: approve → matching, or
 * deny again. The status returns to {@code BALANCE_REVIEW} through the request's own status recorder, which also
 * notifies the requesting State.
 */
@Component
class BalanceReviewReopening {

    /** The case variables of the denied instance that the rest of the request's process reads. */
    static final List<String> RESTORED = List.of(AssistanceRequestProcess.VAR_REQUESTING_STATE,
            AssistanceRequestProcess.VAR_STATE_GROUP, AssistanceRequestProcess.VAR_SCREENING_OUTCOME,
            AssistanceRequestProcess.VAR_BALANCE_OUTCOME, "developingStatePriority");

    private final RequestRepository requests;
    private final RequestStatusRecorder statuses;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final CaseAccess caseAccess;

    BalanceReviewReopening(RequestRepository requests, RequestStatusRecorder statuses, RuntimeService runtime,
            HistoryService history, CaseAccess caseAccess) {
        this.requests = requests;
        this.statuses = statuses;
        this.runtime = runtime;
        this.history = history;
        this.caseAccess = caseAccess;
    }

    /** @return why the request's Balance review cannot be re-opened, or null when it can */
    String refusal(ConcernRecord concern) {
        if (concern.subject() != ConcernSubject.REQUEST_RESTRICTION) {
            return "a concern about a refused proposal does not re-open the request's Balance review";
        }
        RequestStatus status = requests.find(concern.requestId()).map(RequestRecord::status).orElse(null);
        if (status != RequestStatus.DENIED) {
            return "only a denied request's Balance review can be re-opened; request " + concern.requestId()
                    + " is " + status + " and goes on with the items that were approved";
        }
        if (runtime.createProcessInstanceQuery().processDefinitionKey(AssistanceRequestProcess.PROCESS_ID)
                .processInstanceBusinessKey(concern.requestId()).count() > 0) {
            return "request " + concern.requestId() + " is already running again";
        }
        return null;
    }

    void reopen(ConcernRecord concern, String resolution, String by) {
        String refusal = refusal(concern);
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        String requestId = concern.requestId();
        RequestRecord request = requests.find(requestId).orElseThrow();
        Map<String, Object> variables = restoredVariables(requestId);
        variables.putIfAbsent(AssistanceRequestProcess.VAR_REQUESTING_STATE, request.requestingState());
        variables.putIfAbsent(AssistanceRequestProcess.VAR_STATE_GROUP, Caller.STATE_GROUP_PREFIX + request.requestingState());
        variables.put(VAR_REOPENED_BY_CONCERN, concern.id());
        variables.put(VAR_CONCERN_RESOLUTION, resolution);
        variables.put(AssistanceRequestProcess.VAR_STATUS, RequestStatus.BALANCE_REVIEW.name());
        statuses.record(requestId, RequestStatus.BALANCE_REVIEW, by, HistoryNotes.reopenedByConcern(concern.id(), resolution));
        ProcessInstance instance = runtime.createProcessInstanceByKey(AssistanceRequestProcess.PROCESS_ID)
                .businessKey(requestId).setVariables(variables)
                .startBeforeActivity(AssistanceRequestProcess.TASK_BALANCE_REVIEW).execute();
        caseAccess.grant(instance.getId(), Caller.STATE_GROUP_PREFIX + request.requestingState());
    }

    private Map<String, Object> restoredVariables(String requestId) {
        Map<String, Object> variables = new LinkedHashMap<>();
        HistoricProcessInstance denied = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(AssistanceRequestProcess.PROCESS_ID).processInstanceBusinessKey(requestId)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        if (denied == null) {
            return variables;
        }
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(denied.getId()).variableNameIn(RESTORED.toArray(String[]::new)).list()) {
            // process-scope values win over a task-local variable of the same name
            if (denied.getId().equals(variable.getActivityInstanceId())) {
                variables.put(variable.getName(), variable.getValue());
            } else {
                variables.putIfAbsent(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }
}
