package org.bwc.articlex.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bwc.articlex.notification.Notifications;
import org.bwc.articlex.process.RequestStatus;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The operator's figures at {@code /actuator/prometheus}: open requests by status, overdue tasks, open incidents,
 * funding gap, failed notifications, the metrics' own backlog, and the engine's job executor and engine counters.
 * A scrape never touches the database: {@link #refresh()} computes all values on a schedule
 * ({@code articlex.metrics.gauge-interval}, {@link MetricsScheduler}) and the meters read the last snapshot.
 */
@Component
class MetricsGauges implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(MetricsGauges.class);

    /** Camunda's engine meters ({@code ACT_RU_METER_LOG}, cluster-wide) and the counter each becomes. */
    static final Map<String, String> ENGINE_COUNTERS = engineCounters();

    record Snapshot(Instant at, Map<RequestStatus, Long> openRequests, Map<List<String>, Long> overdueTasks,
            Map<String, Long> incidents, Map<String, Double> fundingGap, Double notificationsFailed,
            Map<String, Long> jobs, Map<String, Long> processInstances, Map<String, Long> engine, long backlog,
            Double refreshAgeSeconds) {
    }

    private final MetricsCube cube;
    private final SlaMetrics sla;
    private final FactsRepository facts;
    private final MetricsRefresher refresher;
    private final Notifications notifications;
    private final EngineTables engineTables;
    private final Clock clock;
    private final RepositoryService repository;
    private boolean seeded;
    private final AtomicReference<Snapshot> last = new AtomicReference<>();
    private final Set<List<String>> seenOverdue = new LinkedHashSet<>();
    private final Set<String> seenIncidentTypes = new LinkedHashSet<>(List.of("failedJob", "failedExternalTask"));
    private final Set<String> seenCurrencies = new LinkedHashSet<>();
    private final Set<String> seenProcesses = new LinkedHashSet<>();
    private MultiGauge overdueGauge;
    private MultiGauge incidentGauge;
    private MultiGauge fundingGauge;
    private MultiGauge processGauge;

    MetricsGauges(MetricsCube cube, SlaMetrics sla, FactsRepository facts, MetricsRefresher refresher,
            Notifications notifications, EngineTables engineTables, Clock clock, RepositoryService repository,
            @Value("${articlex.funding.default-currency:USD}") String fundingCurrency) {
        this.repository = repository;
        this.seenCurrencies.add(fundingCurrency);
        this.cube = cube;
        this.sla = sla;
        this.facts = facts;
        this.refresher = refresher;
        this.notifications = notifications;
        this.engineTables = engineTables;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (RequestStatus status : Phase.TIMED_STATUSES) {
            Gauge.builder("articlex.requests.open", this, g -> value(g.last.get(), s -> s.openRequests().get(status)))
                    .description("Open assistance requests by current status").tag("status", status.name())
                    .register(registry);
        }
        overdueGauge = MultiGauge.builder("articlex.tasks.overdue")
                .description("Open user tasks past their due date or their limit, by task definition key and candidate group")
                .register(registry);
        incidentGauge = MultiGauge.builder("articlex.incidents.open")
                .description("Open incidents of the process engine, by incident type").register(registry);
        fundingGauge = MultiGauge.builder("articlex.funding.gap")
                .description("Funding gap of approved requests not yet funded (estimate minus pledges), by currency")
                .register(registry);
        Gauge.builder("articlex.notifications.failed", this, g -> value(g.last.get(), Snapshot::notificationsFailed))
                .description("Notifications whose e-mail delivery failed after all retries").register(registry);
        Gauge.builder("articlex.metrics.backlog", this, g -> value(g.last.get(), s -> (double) s.backlog()))
                .description("Requests whose metrics figures wait for the next refresh").register(registry);
        Gauge.builder("articlex.metrics.refresh.age", this, g -> value(g.last.get(), Snapshot::refreshAgeSeconds))
                .description("Age of the metrics figures (time since the last refresh of the cells)").baseUnit("seconds")
                .register(registry);
        for (String state : List.of("executable", "locked", "scheduled", "failed", "suspended")) {
            Gauge.builder("camunda.jobs", this, g -> value(g.last.get(), s -> s.jobs().get(state)))
                    .description("Jobs of the process engine by state: executable (due, waiting for a thread), locked"
                            + " (being executed), scheduled (due later), failed (no retries left, an incident), suspended")
                    .tag("state", state).register(registry);
        }
        processGauge = MultiGauge.builder("camunda.process.instances.running")
                .description("Running process instances by process definition key").register(registry);
        ENGINE_COUNTERS.forEach((meter, name) -> FunctionCounter.builder(name, this,
                        g -> value(g.last.get(), s -> s.engine().getOrDefault(meter, 0L)))
                .description("Process engine meter " + meter + " (all nodes, as reported to the engine's meter log)")
                .register(registry));
    }

    private static double value(Snapshot snapshot, java.util.function.Function<Snapshot, Number> read) {
        if (snapshot == null) {
            return Double.NaN;
        }
        Number number = read.apply(snapshot);
        return number == null ? Double.NaN : number.doubleValue();
    }

    Snapshot snapshot() {
        return last.get();
    }

    /** Computes every value (a few aggregate queries over cells and the engine's runtime tables). */
    synchronized Snapshot refresh() {
        Instant now = clock.instant();
        CellSummary all = cube.total(MetricsFilter.NONE, java.util.EnumSet.of(CellRepository.Blob.MONEY));
        Map<RequestStatus, Long> open = new LinkedHashMap<>();
        for (RequestStatus status : Phase.TIMED_STATUSES) {
            open.put(status, all.status(status));
        }
        Map<String, Double> gap = new LinkedHashMap<>();
        for (String currency : all.money.currencies()) {
            long cents = all.money.get(currency, FundingStage.OPEN)[MoneyTotals.GAP];
            gap.put(currency, BigDecimal.valueOf(cents, 2).doubleValue());
        }
        Map<String, Long> incidents = engineTables.incidentsByType();
        Double failedNotifications = (double) notifications.failedCount();
        Map<String, Long> jobs = engineTables.jobsByState(ClockUtil.getCurrentTime().toInstant());
        Map<String, Long> processes = engineTables.instancesByProcess();
        Map<String, Long> engine = engineTables.meters();
        Instant refreshed = refresher.refreshedAt();
        Snapshot snapshot = new Snapshot(now, open, sla.overdueCounts(), incidents, gap, failedNotifications, jobs,
                processes, engine, facts.dirtyCount(),
                refreshed == null ? null : Math.max(0, Duration.between(refreshed, now).toMillis() / 1000.0));
        publish(snapshot);
        last.set(snapshot);
        return snapshot;
    }

    /**
     * The labelled gauges: a label set once seen stays (at 0), so that its series does not vanish; the deployed
     * processes and the user tasks of the secretariat's groups are there from the start, at 0, so that an alert or a
     * panel has a series before the first overdue task.
     */
    private void publish(Snapshot snapshot) {
        if (overdueGauge == null) {
            return; // not bound to a registry (no actuator metrics)
        }
        if (!seeded) {
            seedDeployedProcesses();
            seeded = true;
        }
        seenOverdue.addAll(snapshot.overdueTasks().keySet());
        List<MultiGauge.Row<?>> overdue = new ArrayList<>();
        for (List<String> key : seenOverdue) {
            long count = snapshot.overdueTasks().getOrDefault(key, 0L);
            overdue.add(MultiGauge.Row.of(Tags.of("task", key.get(0), "group", key.get(1)), count));
        }
        overdueGauge.register(overdue, true);
        seenIncidentTypes.addAll(snapshot.incidents().keySet());
        incidentGauge.register(seenIncidentTypes.stream().<MultiGauge.Row<?>>map(type -> MultiGauge.Row.of(
                Tags.of("type", type), snapshot.incidents().getOrDefault(type, 0L))).toList(), true);
        seenCurrencies.addAll(snapshot.fundingGap().keySet());
        fundingGauge.register(seenCurrencies.stream().<MultiGauge.Row<?>>map(currency -> MultiGauge.Row.of(
                Tags.of("currency", currency), snapshot.fundingGap().getOrDefault(currency, 0.0))).toList(), true);
        seenProcesses.addAll(snapshot.processInstances().keySet());
        processGauge.register(seenProcesses.stream().<MultiGauge.Row<?>>map(key -> MultiGauge.Row.of(
                Tags.of("process", key), snapshot.processInstances().getOrDefault(key, 0L))).toList(), true);
    }

    private void seedDeployedProcesses() {
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            seenProcesses.add(definition.getKey());
            for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
                String groups = task.getCamundaCandidateGroups();
                if (groups != null && !groups.contains("${")) { // a State's group is known per case only
                    for (String group : groups.split(",")) {
                        seenOverdue.add(List.of(task.getId(), group.strip()));
                    }
                }
            }
        }
    }

    void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Metrics gauges could not be computed; the last values stay", e);
        }
    }

    private static Map<String, String> engineCounters() {
        Map<String, String> counters = new LinkedHashMap<>();
        counters.put("root-process-instance-start", "camunda.root.process.instances.started");
        counters.put("activity-instance-start", "camunda.activity.instances.started");
        counters.put("activity-instance-end", "camunda.activity.instances.ended");
        counters.put("job-acquisition-attempt", "camunda.job.acquisition.attempts");
        counters.put("job-acquired-success", "camunda.job.acquisitions.succeeded");
        counters.put("job-acquired-failure", "camunda.job.acquisitions.failed");
        counters.put("job-execution-rejected", "camunda.job.executions.rejected");
        counters.put("job-successful", "camunda.job.executions.succeeded");
        counters.put("job-failed", "camunda.job.executions.failed");
        counters.put("job-locked-exclusive", "camunda.job.executions.locked.exclusive");
        counters.put("executed-decision-elements", "camunda.decision.elements.executed");
        counters.put("executed-decision-instances", "camunda.decision.instances.executed");
        return counters;
    }
}
