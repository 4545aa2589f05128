package org.bwc.articlex.intake;

import static org.bwc.articlex.process.AssistanceRequestProcess.MESSAGE_REQUEST_WITHDRAWN;
import static org.bwc.articlex.process.AssistanceRequestProcess.PROCESS_ID;
import static org.bwc.articlex.process.AssistanceRequestProcess.TASK_PROVIDE_CLARIFICATION;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_CLARIFICATION_ANSWER;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_REQUESTING_STATE;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_STATE_GROUP;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_STATUS;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_WITHDRAWAL_REASON;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.process.CaseReferences;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.CaseAccess;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submission, look-up, clarification and withdrawal of requests: the State Party's side of the case. */
@Service
public class RequestService {

    private final RequestRepository requests;
    private final RequestStatusRecorder statuses;
    private final CaseReferences references;
    private final StatesRegistry states;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RequestSections.ScreeningSource screenings;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final RequestSections.FollowUpSource followUps;
    private final ApplicationEventPublisher events;

    RequestService(RequestRepository requests, RequestStatusRecorder statuses, CaseReferences references,
            StatesRegistry states, RuntimeService runtime, TaskService tasks, RequestSections.ScreeningSource screenings, Clock clock,
            CaseAccess caseAccess, RequestSections.FollowUpSource followUps, ApplicationEventPublisher events) {
        this.requests = requests;
        this.statuses = statuses;
        this.references = references;
        this.states = states;
        this.runtime = runtime;
        this.tasks = tasks;
        this.screenings = screenings;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.followUps = followUps;
        this.events = events;
    }

    /** Registers the request and starts its process in one transaction: both exist, or neither does. */
    @Transactional
    public RequestView submit(SubmitRequest body, Caller caller) {
        String id = register(body, caller);
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_ID, id, caseVariables(body));
        // the requesting State sees its case in Tasklist and /engine-rest (its tasks come with their candidate group)
        caseAccess.grant(instance.getId(), Caller.STATE_GROUP_PREFIX + body.requestingState());
        return view(id);
    }

    /**
     * The start form's path ({@link RequestStartForm}): the same registration as {@link #submit}, on the process instance
     * the engine is starting for Tasklist's submission; the caller's transaction is the engine's command.
     *
     * @return the request's reference, the business key of {@code processInstance}
     */
    @Transactional
    public String submitOnStart(SubmitRequest body, Caller caller, DelegateExecution processInstance) {
        String id = register(body, caller);
        processInstance.setVariables(caseVariables(body));
        caseAccess.grant(processInstance.getProcessInstanceId(), Caller.STATE_GROUP_PREFIX + body.requestingState());
        return id;
    }

    /** Checks, assigns the reference, stores the request, its items, its consent and its first history entry. */
    private String register(SubmitRequest body, Caller caller) {
        checkSemantics(body);
        if (!caller.represents(body.requestingState()) && !caller.isCaseworker()) {
            throw new ForbiddenException("You may submit requests only for the State Party you represent");
        }
        String id = references.next("REQ");
        Instant now = clock.instant();
        boolean onBehalf = !caller.represents(body.requestingState());
        SubmitRequest.EndUse endUse = body.endUse();
        requests.insert(new RequestRecord(id, body.requestingState(), body.title().strip(), body.description().strip(),
                body.category(), endUse == null ? null : blankToNull(endUse.statement()),
                endUse == null ? null : blankToNull(endUse.facility()), endUse == null ? null : endUse.biosafetyLevel(),
                body.estimatedCost() == null ? null : body.estimatedCost().decimal(),
                body.estimatedCost() == null ? null : body.estimatedCost().currency(), body.preferredLanguage(),
                RequestStatus.SUBMITTED, caller.userId(), onBehalf, null, now, now), body.items());
        Circulation circulation = body.consent();
        requests.updateCirculation(id, circulation, now);
        // the State's choice is in the history from the start, on the entry of the submission
        statuses.record(id, RequestStatus.SUBMITTED, caller.userId(),
                HistoryNotes.submitted(circulation, onBehalf ? body.requestingState() : null));
        return id;
    }

    private static Map<String, Object> caseVariables(SubmitRequest body) {
        return Variables.createVariables()
                .putValue(VAR_REQUESTING_STATE, body.requestingState())
                .putValue(VAR_STATE_GROUP, Caller.STATE_GROUP_PREFIX + body.requestingState())
                .putValue(VAR_STATUS, RequestStatus.SUBMITTED.name());
    }

    @Transactional(readOnly = true)
    public RequestView find(String id, Caller caller) {
        return view(visible(id, caller).id());
    }

    @Transactional(readOnly = true)
    public Page<RequestView> search(RequestStatus status, String state, AssistanceCategory category, int page, int size,
            Caller caller) {
        List<String> statesFilter = null;
        if (!caller.isSecretariat()) {
            statesFilter = caller.states().stream().filter(s -> state == null || s.equals(state)).toList();
        } else if (state != null) {
            statesFilter = List.of(state);
        }
        Page<RequestRecord> found = requests.search(new RequestRepository.RequestFilter(status, statesFilter, category), page, size);
        List<String> ids = found.content().stream().map(RequestRecord::id).toList();
        Map<String, List<RequestView.HistoryEntry>> history = requests.history(ids);
        Map<String, ? extends RequestSections.Screening> screening = screenings.forRequests(ids);
        Map<String, Circulation> circulation = requests.circulations(ids);
        return found.map(records -> records.stream()
                .map(r -> RequestViews.of(r, history.getOrDefault(r.id(), List.of()), null, screening.get(r.id()), null,
                        circulation.getOrDefault(r.id(), Circulation.DEFAULT))).toList());
    }

    /** Completes the very task the State would complete in Tasklist; its listener validates the answer. */
    @Transactional
    public void answerClarification(String id, String answer, List<SubmitRequest.Item> items, Caller caller) {
        RequestRecord request = visible(id, caller);
        if (!caller.represents(request.requestingState()) && !caller.isCaseworker()) {
            throw new ForbiddenException("Only the requesting State answers its clarification questions");
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(TASK_PROVIDE_CLARIFICATION)
                .singleResult();
        if (task == null) {
            throw new ConflictException("No clarification has been asked for " + id + " (status " + request.status() + ")");
        }
        if (items != null && !items.isEmpty()) {
            requests.replaceItems(id, items);
        }
        TaskCompletion.complete(tasks, task.getId(), Variables.createVariables().putValue(VAR_CLARIFICATION_ANSWER, answer));
    }

    @Transactional
    public void withdraw(String id, String reason, Caller caller) {
        RequestRecord request = visible(id, caller);
        if (!caller.represents(request.requestingState()) && !caller.isCaseworker()) {
            throw new ForbiddenException("Only the requesting State may withdraw its request");
        }
        RequestRecord locked = requests.findForUpdate(id).orElseThrow();
        if (!locked.status().allowsWithdrawal()) {
            throw new ConflictException("Request " + id + " can no longer be withdrawn (status " + locked.status() + ")");
        }
        try {
            runtime.createMessageCorrelation(MESSAGE_REQUEST_WITHDRAWN).processInstanceBusinessKey(id)
                    .setVariable(VAR_WITHDRAWAL_REASON, reason.strip()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Request " + id + " can no longer be withdrawn (status " + locked.status() + ")");
        }
    }

    /**
     * The requesting State changes its consent to circulation (the secretariat's caseworkers may, on its behalf, as
     * they may submit and withdraw for it); every change is a history entry, a repeated identical choice changes
     * nothing. Refused once the case is closed (409). Matching hears of it in this transaction (a pending proposal
     * to a party no longer consented is withdrawn).
     */
    @Transactional
    public RequestView changeCirculation(String id, Circulation.Mode mode, List<String> providers, Caller caller) {
        RequestRecord request = visible(id, caller);
        if (!caller.represents(request.requestingState()) && !caller.isCaseworker()) {
            throw new ForbiddenException("Only the requesting State decides to whom its request circulates");
        }
        RequestRecord locked = requests.findForUpdate(id).orElseThrow();
        if (locked.status().isFinal()) {
            throw new ConflictException("Request " + id + " is closed (status " + locked.status()
                    + "): its circulation can no longer change");
        }
        List<FieldProblem> problems = CirculationPolicy.problems(mode, providers, locked.requestingState(), this::knownProvider);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Circulation before = requests.circulation(id).orElse(Circulation.DEFAULT);
        Circulation after = new Circulation(mode, providers);
        if (after.equals(before)) {
            return view(id); // a replayed change: nothing new to record
        }
        Instant now = clock.instant();
        requests.updateCirculation(id, after, now);
        boolean onBehalf = !caller.represents(locked.requestingState());
        requests.recordCirculationEntry(id, locked.status(), now, caller.userId(),
                HistoryNotes.circulationChanged(after, onBehalf ? locked.requestingState() : null));
        events.publishEvent(new CirculationChanged(id, locked.requestingState(), before, after, caller.userId(), now));
        return view(id);
    }

    private boolean knownProvider(String code) {
        return states.isStateParty(code) || Organisations.isRecognised(code);
    }

    /** The request if the caller may see it; 404 otherwise, for a request of another State as for none. */
    @Transactional(readOnly = true)
    public RequestRecord requireVisible(String id, Caller caller) {
        return visible(id, caller);
    }

    private RequestRecord visible(String id, Caller caller) {
        return requests.find(id).filter(r -> caller.canSee(r.requestingState()))
                .orElseThrow(() -> new NotFoundException("No request " + id));
    }

    RequestView view(String id) {
        RequestRecord request = requests.find(id).orElseThrow(() -> new NotFoundException("No request " + id));
        return RequestViews.of(request, requests.history(List.of(id)).getOrDefault(id, List.of()), requests.items(id),
                screenings.forRequests(List.of(id)).get(id), followUps.view(id),
                requests.circulation(id).orElse(Circulation.DEFAULT));
    }

    private void checkSemantics(SubmitRequest body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!states.isStateParty(body.requestingState())) {
            problems.add(new FieldProblem("requestingState", states.isNonParty(body.requestingState())
                    ? body.requestingState() + " is not a State Party to the Biological Weapons Convention"
                    : "unknown State code " + body.requestingState()));
        }
        if (body.estimatedCost() != null && !isCurrency(body.estimatedCost().currency())) {
            problems.add(new FieldProblem("estimatedCost.currency", "unknown ISO 4217 currency " + body.estimatedCost().currency()));
        }
        if (body.estimatedCost() != null && body.estimatedCost().decimal().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new FieldProblem("estimatedCost.amount", "must not be negative"));
        }
        problems.addAll(CirculationPolicy.problems(body.circulation(), body.providers(), body.requestingState(),
                this::knownProvider));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
