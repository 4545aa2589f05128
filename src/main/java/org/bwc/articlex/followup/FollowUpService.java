package org.bwc.articlex.followup;

import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_EQUIPMENT_IN_USE;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_FURTHER_NEEDS;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_LASTING_IMPACT;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_STAFF_COUNT;
import static org.bwc.articlex.followup.RequestFollowUpProcess.FIELD_STAFF_IN_POST;
import static org.bwc.articlex.followup.RequestFollowUpProcess.PROCESS_ID;
import static org.bwc.articlex.followup.RequestFollowUpProcess.VAR_PROVIDER_GROUP;
import static org.bwc.articlex.followup.RequestFollowUpProcess.VAR_REQUESTER_GROUP;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.notification.Notifications;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.ProcessDurations;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.process.RequestStatusChanged;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.security.ApplicationCalls;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.JsonBodies;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up a year on (docs/follow-up-and-national-reports.md): scheduled in the transaction that completes a
 * request, asked of both parties when its timer falls due, answered in Tasklist or through the API (the same task,
 * the same rules), reminded, lapsed. Times come from the engine's clock, as the timers do.
 */
@Service
public class FollowUpService {

    static final String FOLLOW_UP_ASKED = "FOLLOW_UP_ASKED";
    static final String FOLLOW_UP_DUE = "FOLLOW_UP_DUE";
    static final Set<String> FIELDS = Set.of("lastingImpact", "equipmentInUse", "staffInPost", "staffCount", "furtherNeeds");

    private final FollowUps followUps;
    private final FollowUpSchedule schedule;
    private final RequestRepository requests;
    private final OfferRepository offers;
    private final Notifications notifications;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    FollowUpService(FollowUps followUps, FollowUpSchedule schedule, RequestRepository requests, OfferRepository offers,
            Notifications notifications, RuntimeService runtime, TaskService tasks, IdentityService identity) {
        this.followUps = followUps;
        this.schedule = schedule;
        this.requests = requests;
        this.offers = offers;
        this.notifications = notifications;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /**
     * A request became COMPLETED: its follow-up is scheduled and its process started in the same transaction (its
     * first step is the timer, so nothing can fail later without a retry and an incident).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onRequestStatusChanged(RequestStatusChanged change) {
        if (change.status() != RequestStatus.COMPLETED) {
            return;
        }
        RequestRecord request = requests.find(change.requestId()).orElseThrow();
        Instant now = now();
        Instant due = ProcessDurations.after(schedule.getAfter(), Date.from(now)).toInstant();
        followUps.schedule(request.id(), FollowUpRole.REQUESTER, request.requestingState(), now, due);
        String provider = provider(request).orElse(null);
        if (provider != null) {
            followUps.schedule(request.id(), FollowUpRole.PROVIDER, provider, now, due);
        }
        ApplicationCalls.run(() -> runtime.startProcessInstanceByKey(PROCESS_ID, request.id(), Variables.createVariables()
                .putValue(VAR_REQUESTER_GROUP, Caller.STATE_GROUP_PREFIX + request.requestingState())
                .putValue(VAR_PROVIDER_GROUP, provider == null ? null : OfferService.groupOf(provider))));
    }

    /** {@code Task_OpenFollowUp}: both parties asked, each told by when to answer. */
    void open(String requestId) {
        Instant now = now();
        followUps.markAsked(requestId, now);
        Instant deadline = ProcessDurations.after(schedule.getAnswerPeriod(), Date.from(now)).toInstant();
        RequestRecord request = requests.find(requestId).orElseThrow();
        for (FollowUpView.PartyAnswer party : parties(requestId)) {
            notifications.notifyParty(Notifications.PartyNotice.of(party.party(), requestId, request.title(), FOLLOW_UP_ASKED,
                    deadline, "notice.FOLLOW_UP_ASKED", requestId, request.title()));
        }
    }

    /** {@code Task_Record…FollowUp}: the answer of the task just completed goes to the table; the case keeps no copy. */
    void recordAnswer(DelegateExecution execution, FollowUpRole role) {
        List<FieldProblem> problems = new ArrayList<>();
        FollowUpAnswer answer = FollowUpAnswerPolicy.check(execution.getVariable(role.variable(FIELD_LASTING_IMPACT)),
                execution.getVariable(role.variable(FIELD_EQUIPMENT_IN_USE)), execution.getVariable(role.variable(FIELD_STAFF_IN_POST)),
                execution.getVariable(role.variable(FIELD_STAFF_COUNT)), execution.getVariable(role.variable(FIELD_FURTHER_NEEDS)),
                f -> f, problems);
        if (answer == null) {
            throw new IllegalStateException("Follow-up answer of " + execution.getProcessBusinessKey() + " passed its form but not "
                    + "the policy: " + problems);
        }
        followUps.answer(execution.getProcessBusinessKey(), role, answer, currentUser(), now());
        // the other party's task reads the process variables: it must not read this party's answer
        for (String field : List.of(FIELD_LASTING_IMPACT, FIELD_EQUIPMENT_IN_USE, FIELD_STAFF_IN_POST, FIELD_STAFF_COUNT, FIELD_FURTHER_NEEDS)) {
            execution.removeVariable(role.variable(field));
        }
    }

    void remind(String requestId, FollowUpRole role) {
        FollowUpView.PartyAnswer party = followUps.find(requestId, role).orElseThrow();
        RequestRecord request = requests.find(requestId).orElseThrow();
        notifications.notifyParty(Notifications.PartyNotice.of(party.party(), requestId, request.title(), FOLLOW_UP_DUE,
                null, "notice.FOLLOW_UP_DUE", requestId, request.title()));
    }

    void lapse(String requestId, FollowUpRole role) {
        followUps.lapse(requestId, role, now());
    }

    /**
     * {@code POST /api/requests/{id}/follow-up}: completes the caller's own follow-up task. 404 for whoever is neither
     * party nor secretariat (before anything else), 403 for the secretariat, 400 for a bad answer, 409 when the
     * caller's task is not open.
     */
    @Transactional
    public void answer(String requestId, JsonNode body, Caller caller) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        List<FollowUpRole> roles = roles(request, caller);
        if (roles.isEmpty()) {
            if (caller.isSecretariat()) {
                throw new ForbiddenException("Only the requesting State and the offering party answer the follow-up of " + requestId);
            }
            throw new NotFoundException("No request " + requestId);
        }
        Map<String, Object> fields = JsonBodies.fields(body, FIELDS);
        List<FieldProblem> problems = new ArrayList<>();
        FollowUpAnswer answer = FollowUpAnswerPolicy.check(fields.get("lastingImpact"), fields.get("equipmentInUse"),
                fields.get("staffInPost"), fields.get("staffCount"), fields.get("furtherNeeds"), f -> f, problems);
        if (answer == null) {
            throw new InvalidInputException(problems);
        }
        requests.findForUpdate(requestId).orElseThrow();
        for (FollowUpRole role : roles) {
            Task task = tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(requestId)
                    .taskDefinitionKey(role.taskId()).singleResult();
            if (task != null) {
                VariableMap values = Variables.createVariables()
                        .putValue(role.variable(FIELD_LASTING_IMPACT), answer.lastingImpact())
                        .putValue(role.variable(FIELD_EQUIPMENT_IN_USE), answer.equipmentInUse())
                        .putValue(role.variable(FIELD_STAFF_IN_POST), answer.staffInPost())
                        .putValue(role.variable(FIELD_STAFF_COUNT), answer.staffCount())
                        .putValue(role.variable(FIELD_FURTHER_NEEDS), answer.furtherNeeds());
                TaskCompletion.complete(tasks, task.getId(), values);
                return;
            }
        }
        throw new ConflictException("No follow-up of " + requestId + " is waiting for your answer");
    }

    /**
     * {@code GET /api/requests/{id}/follow-on-draft}: a body for {@code POST /api/requests} that turns the further need
     * recorded a year on into a new request, pre-filled from the old one. The requesting State or the secretariat.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> followOnDraft(String requestId, Caller caller) {
        RequestRecord request = requests.find(requestId).filter(r -> caller.canSee(r.requestingState()))
                .orElseThrow(() -> new NotFoundException("No request " + requestId));
        String need = parties(requestId).stream().filter(p -> p.furtherNeeds() != null)
                .sorted(Comparator.comparing(FollowUpView.PartyAnswer::role)).map(FollowUpView.PartyAnswer::furtherNeeds)
                .findFirst().orElseThrow(() -> new ConflictException("No further need has been recorded in the follow-up of " + requestId));
        return FollowOnDraft.of(request, requests.items(requestId), need);
    }

    @Transactional(readOnly = true)
    public FollowUpFigures figures(Integer year) {
        return followUps.figures(year);
    }

    private List<FollowUpView.PartyAnswer> parties(String requestId) {
        FollowUpView view = followUps.view(requestId);
        return view == null ? List.of() : view.parties();
    }

    private List<FollowUpRole> roles(RequestRecord request, Caller caller) {
        List<FollowUpRole> roles = new ArrayList<>();
        if (caller.represents(request.requestingState())) {
            roles.add(FollowUpRole.REQUESTER);
        }
        provider(request).filter(p -> caller.groups().contains(OfferService.groupOf(p))).ifPresent(p -> roles.add(FollowUpRole.PROVIDER));
        return roles;
    }

    private Optional<String> provider(RequestRecord request) {
        return Optional.ofNullable(request.matchedOfferId()).flatMap(offers::find).map(OfferView::offeringParty);
    }

    private String currentUser() {
        return Actor.of(identity);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
