package org.bwc.articlex.portal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.intake.RequestService;
import org.bwc.articlex.intake.RequestView;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.notification.NotificationView;
import org.bwc.articlex.notification.PartyNotifications;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.security.Caller;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * What the portal shows a party, read through the owning packages' public services: its requests (intake), its
 * offers (matching), its notifications (notification) and its open Tasklist tasks (the engine, by the party's
 * candidate groups). Who may see which case was decided before (security.CaseVisibilityFirst, RequestService).
 */
@Component
class PortalCases {

    static final int LISTED = 200;
    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final RequestService requests;
    private final OfferService offers;
    private final PartyNotifications notifications;
    private final TaskService tasks;
    private final RuntimeService runtime;

    PortalCases(RequestService requests, OfferService offers, PartyNotifications notifications, TaskService tasks,
            RuntimeService runtime) {
        this.requests = requests;
        this.offers = offers;
        this.notifications = notifications;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** A task the party is expected to do, with its address in Tasklist and its deadline. */
    record OpenTask(String id, String name, String caseId, Date due, String link) {
    }

    /** The parties a user speaks for: the codes of its {@code sp-} and {@code org-} groups. */
    static List<String> parties(Caller caller) {
        return caller.groups().stream().filter(PortalCases::isPartyGroup)
                .map(g -> g.substring(g.indexOf('-') + 1)).sorted().toList();
    }

    static List<String> partyGroups(Caller caller) {
        return caller.groups().stream().filter(PortalCases::isPartyGroup).sorted().toList();
    }

    private static boolean isPartyGroup(String group) {
        return group.startsWith(Caller.STATE_GROUP_PREFIX) || group.startsWith(Caller.ORGANISATION_GROUP_PREFIX);
    }

    List<RequestView> requestsOf(Caller caller) {
        return caller.states().isEmpty() ? List.of() : requests.search(null, null, null, 0, LISTED, caller).content();
    }

    List<OfferView> offersOf(Caller caller) {
        return offers.ofParties(parties(caller), LISTED);
    }

    RequestView request(String id, Caller caller) {
        return requests.find(id, caller);
    }

    OfferView offer(String id) {
        return offers.find(id);
    }

    List<NotificationView> latestNotifications(Caller caller) {
        return notifications.latest(parties(caller), 20);
    }

    List<NotificationView> notificationsOf(String caseId, String party) {
        return notifications.ofCase(caseId, party);
    }

    /** Every open task of the party's groups, the earliest deadline first. */
    List<OpenTask> openTasks(Caller caller) {
        return withCases(query(partyGroups(caller)).list());
    }

    /** The party's open tasks of one request (its own process instances, business key = the reference). */
    List<OpenTask> openTasksOfRequest(String requestId, List<String> groups) {
        return withCases(query(groups).processInstanceBusinessKey(requestId).list());
    }

    /** The offering party's open tasks about one of its offers: the answer to a proposal of it. */
    List<OpenTask> openTasksOfOffer(String offerId, List<String> groups) {
        return withCases(query(groups).processVariableValueEquals(AssistanceRequestProcess.VAR_PROPOSED_OFFER_ID, offerId).list());
    }

    private TaskQuery query(List<String> groups) {
        TaskQuery query = tasks.createTaskQuery().active();
        // no group, no task (an empty "in" would be refused by the engine); a task a colleague claimed is still the party's
        return (groups.isEmpty() ? query.taskCandidateGroup("-") : query.taskCandidateGroupIn(groups)).includeAssignedTasks()
                .orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    private List<OpenTask> withCases(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(p -> p.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
        List<OpenTask> open = new ArrayList<>();
        for (Task task : found) {
            open.add(new OpenTask(task.getId(), task.getName(), businessKeys.get(task.getProcessInstanceId()), task.getDueDate(),
                    TASKLIST_TASK + task.getId()));
        }
        return open;
    }
}
