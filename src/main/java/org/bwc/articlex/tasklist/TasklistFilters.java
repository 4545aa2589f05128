package org.bwc.articlex.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bwc.articlex.jdbc.StartupLock;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The shared Tasklist filters, written at every start-up, idempotently: a filter is found again by its
 * {@code articlexFilter} property, created when missing and rewritten when its definition here has changed
 * ({@link #VERSION}), never duplicated.
 *
 * <ul>
 * <li>"My State's tasks" / "My organisation's tasks": one per {@code sp-<ISO3>} and {@code org-<CODE>} group, its
 * candidate group's tasks (claimed ones too), readable by that group only.</li>
 * <li>"Due this week" (caseworkers, managers): every task due within seven days, soonest first. Stored queries
 * cannot hold expressions here (docs/security.md), so the date is written into the filter and moved on every hour.</li>
 * <li>"Balance reviews waiting" (caseworkers, managers): Balance reviews and escalated cases, oldest first.</li>
 * <li>The shared "All tasks" ({@code articlex.tasklist.shared-filter}) is kept — everyone's way to every task it may
 * see — and shows the same columns.</li>
 * </ul>
 * Each shows the case's reference, party and category (task variables set by {@link CaseTaskListener}).
 */
@Component
class TasklistFilters implements DisposableBean {

    static final String KEY = "articlexFilter";
    static final String VERSION_KEY = "articlexFilterVersion";
    /** Raise when a filter's definition below changes: existing filters are then rewritten at the next start. */
    static final int VERSION = 1;
    static final String MY_STATE = "My State's tasks";
    static final String MY_ORGANISATION = "My organisation's tasks";
    static final String DUE_THIS_WEEK = "Due this week";
    static final String BALANCE_REVIEWS = "Balance reviews waiting";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
    private static final Duration REFRESH = Duration.ofHours(1);

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final StatesRegistry states;
    private final Environment environment;
    private final StartupLock startupLock;
    private final TransactionTemplate transaction;
    private ThreadPoolTaskScheduler scheduler;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations, StatesRegistry states,
            Environment environment, StartupLock startupLock, PlatformTransactionManager transactions) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.states = states;
        this.environment = environment;
        this.startupLock = startupLock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        // under the cluster's start-up lock: two nodes started at once would otherwise both find a filter missing
        startupLock.seed(this::writeAll);
        if (scheduler == null) {
            scheduler = new ThreadPoolTaskScheduler();
            scheduler.setPoolSize(1);
            scheduler.setThreadNamePrefix("articlex-filters-");
            scheduler.setDaemon(true);
            scheduler.initialize();
            scheduler.scheduleWithFixedDelay(this::refreshDueThisWeek, java.time.Instant.now().plus(REFRESH), REFRESH);
        }
    }

    @Override
    public synchronized void destroy() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }

    void writeAll() {
        Map<String, Filter> existing = new HashMap<>();
        for (Filter filter : filters.createTaskFilterQuery().list()) {
            Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY);
            if (key != null && filter.getOwner() == null) {
                existing.putIfAbsent(key.toString(), filter);
            }
        }
        for (StateParty party : states.all()) {
            write(existing, "party:" + party.group(), MY_STATE, partyTasks(party.group()), -10,
                    "The tasks addressed to " + party.name() + ", due soonest first", party.group());
        }
        for (String code : Organisations.all().keySet()) {
            String group = Caller.ORGANISATION_GROUP_PREFIX + code;
            write(existing, "party:" + group, MY_ORGANISATION, partyTasks(group), -10,
                    "The tasks addressed to " + Organisations.name(code).orElse(code) + ", due soonest first", group);
        }
        write(existing, "due-this-week", DUE_THIS_WEEK, dueThisWeek(), 0,
                "Every task due within seven days, soonest first", Caller.CASEWORKERS, Caller.MANAGERS);
        write(existing, "balance-reviews", BALANCE_REVIEWS, balanceReviews(), 5,
                "Article III / Article X Balance reviews and escalated cases waiting for a manager, oldest first",
                Caller.CASEWORKERS, Caller.MANAGERS);
        allTasksShowsTheCase();
    }

    /** Moves "Due this week" on; the filters are otherwise left alone. */
    void refreshDueThisWeek() {
        try {
            transaction.executeWithoutResult(status -> filters.createTaskFilterQuery().list().stream()
                    .filter(f -> f.getProperties() != null && "due-this-week".equals(f.getProperties().get(KEY)))
                    .forEach(f -> filters.saveFilter(f.setQuery(dueThisWeek()))));
        } catch (RuntimeException e) {
            log.warn("Could not move the \"{}\" filter on: {}", DUE_THIS_WEEK, e.getMessage());
        }
    }

    private void write(Map<String, Filter> existing, String key, String name, TaskQuery query, int priority,
            String description, String... readers) {
        Filter filter = existing.get(key);
        if (filter != null && Integer.valueOf(VERSION).equals(filter.getProperties().get(VERSION_KEY))
                && !"due-this-week".equals(key)) {
            return;
        }
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        filter.setName(name);
        filter.setQuery(query);
        filter.setProperties(properties(key, priority, description));
        filter = filters.saveFilter(filter);
        for (String group : readers) {
            grantRead(group, filter.getId());
        }
    }

    private TaskQuery partyTasks(String group) {
        return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().orderByDueDate().asc();
    }

    private TaskQuery dueThisWeek() {
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(ZoneOffset.UTC);
        Date endOfWeek = Date.from(now.truncatedTo(ChronoUnit.DAYS).plusDays(8).toInstant());
        return tasks.createTaskQuery().dueBefore(endOfWeek).orderByDueDate().asc();
    }

    private TaskQuery balanceReviews() {
        return tasks.createTaskQuery().taskDefinitionKeyIn(AssistanceRequestProcess.TASK_BALANCE_REVIEW,
                AssistanceRequestProcess.TASK_RESOLVE_ESCALATION).orderByTaskCreateTime().asc();
    }

    /** The shared filter everyone reads (security.GlobalAuthorizations creates it with no columns) gets the case's. */
    private void allTasksShowsTheCase() {
        String name = environment.getProperty("articlex.tasklist.shared-filter");
        if (name == null || name.isBlank()) {
            return;
        }
        for (Filter filter : filters.createTaskFilterQuery().filterName(name).list()) {
            Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>()
                    : new LinkedHashMap<>(filter.getProperties());
            if (filter.getOwner() == null && !properties.containsKey("variables")) {
                properties.put("variables", variables());
                filters.saveFilter(filter.setProperties(properties));
            }
        }
    }

    static Map<String, Object> properties(String key, int priority, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", variables());
        properties.put(KEY, key);
        properties.put(VERSION_KEY, VERSION);
        return properties;
    }

    static List<Map<String, String>> variables() {
        List<Map<String, String>> variables = new ArrayList<>();
        variables.add(Map.of("name", CaseTaskListener.VAR_REFERENCE, "label", "Reference"));
        variables.add(Map.of("name", CaseTaskListener.VAR_PARTY, "label", "State / organisation"));
        variables.add(Map.of("name", CaseTaskListener.VAR_CATEGORY, "label", "Category"));
        return variables;
    }

    private void grantRead(String group, String filterId) {
        Authorization existing = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filterId).list().stream().findFirst().orElse(null);
        if (existing != null && existing.isPermissionGranted(Permissions.READ)) {
            return;
        }
        Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizations.saveAuthorization(authorization);
    }
}
