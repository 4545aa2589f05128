package org.bwc.articlex.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bwc.articlex.metrics.EngineTables.OpenTask;
import org.bwc.articlex.metrics.MetricsViews.OverdueTask;
import org.bwc.articlex.metrics.MetricsViews.Sla;
import org.bwc.articlex.metrics.MetricsViews.SlaGroup;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Overdue user tasks, read from the engine's runtime tables through {@link EngineTables} (open tasks only, so the
 * read stays small however many cases there were): a task is overdue when its due date has passed or, without a due date, when it has been open
 * longer than the limit of its task definition key ({@link MetricsProperties#sla()}). Read directly rather than
 * through the engine's task query because the figures need all tasks, grouped, whoever asks; time is the engine's
 * clock, so that the figures agree with the tasks' own timestamps.
 */
@Component
class SlaMetrics {

    static final int LISTED = 50;

    private final EngineTables engine;
    private final MetricsProperties properties;
    private final FactsRepository facts;

    SlaMetrics(EngineTables engine, MetricsProperties properties, FactsRepository facts) {
        this.engine = engine;
        this.properties = properties;
        this.facts = facts;
    }

    Sla sla(MetricsFilter filter) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Duration shortest = properties.sla().values().stream().min(Comparator.naturalOrder()).orElse(Duration.ZERO);
        List<OpenTask> candidates = engine.tasksDueOrOpenSince(now, now.minus(shortest));
        List<OpenTask> overdue = new ArrayList<>();
        for (OpenTask task : candidates) {
            if (overdueSince(task).isBefore(now)) {
                overdue.add(task);
            }
        }
        if (filter.region() != null || filter.category() != null || filter.hasPeriod()) {
            Map<String, CaseFacts> cases = facts.find(overdue.stream().map(OpenTask::businessKey)
                    .filter(k -> k != null).collect(Collectors.toSet()));
            overdue.removeIf(task -> !matches(cases.get(task.businessKey()), filter));
        }
        Map<String, List<String>> groups = engine.candidateGroups(overdue.stream().map(OpenTask::id).toList());

        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<List<String>, Instant> oldest = new HashMap<>();
        Map<List<String>, Double> longest = new HashMap<>();
        List<OverdueTask> listed = new ArrayList<>();
        for (OpenTask task : overdue) {
            Instant since = overdueSince(task);
            double days = Math.round(Duration.between(since, now).getSeconds() / 864.0) / 100.0;
            List<String> taskGroups = groups.getOrDefault(task.id(), List.of());
            for (String group : taskGroups.isEmpty() ? List.of("") : taskGroups) {
                List<String> key = List.of(task.key() == null ? "" : task.key(), group);
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                oldest.merge(key, task.created(), (a, b) -> a.isBefore(b) ? a : b);
                longest.merge(key, days, Math::max);
            }
            listed.add(new OverdueTask(task.id(), task.name(), task.key(), definitionKey(task.definitionId()), taskGroups,
                    task.businessKey(), task.instanceId(), task.created(), task.due(), since, days,
                    properties.cockpit(task.instanceId())));
        }
        List<SlaGroup> byTask = new ArrayList<>();
        counts.forEach((key, count) -> byTask.add(new SlaGroup(key.get(0), key.get(1).isEmpty() ? null : key.get(1),
                count[0], oldest.get(key), longest.get(key))));
        byTask.sort(Comparator.comparingLong(SlaGroup::overdue).reversed());
        listed.sort(Comparator.comparingDouble(OverdueTask::overdueDays).reversed().thenComparing(OverdueTask::taskId));
        long open = engine.openTasks();
        Map<String, String> limits = new LinkedHashMap<>();
        properties.sla().forEach((key, limit) -> limits.put(key, limit.toString()));
        return new Sla(filter.describe(), now, open, overdue.size(), limits, byTask,
                listed.size() > LISTED ? List.copyOf(listed.subList(0, LISTED)) : listed);
    }

    /** Overdue tasks by task definition key and candidate group, for the gauges. */
    Map<List<String>, Long> overdueCounts() {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        for (SlaGroup group : sla(MetricsFilter.NONE).byTask()) {
            counts.put(List.of(group.taskDefinitionKey(), group.candidateGroup() == null ? "" : group.candidateGroup()),
                    group.overdue());
        }
        return counts;
    }

    private Instant overdueSince(OpenTask task) {
        return task.due() != null ? task.due() : task.created().plus(properties.limitFor(task.key()));
    }

    private static boolean matches(CaseFacts facts, MetricsFilter filter) {
        if (facts == null) {
            return false;
        }
        if (filter.region() != null && !filter.region().name().equals(facts.region())) {
            return false;
        }
        if (filter.category() != null && !filter.category().name().equals(facts.category())) {
            return false;
        }
        if (filter.from() != null && facts.createdAt().isBefore(CellKey.startOfDay(filter.from()))) {
            return false;
        }
        return filter.to() == null || facts.createdAt().isBefore(CellKey.startOfDay(filter.to().plusDays(1)));
    }

    static String definitionKey(String definitionId) {
        if (definitionId == null) {
            return null;
        }
        int colon = definitionId.indexOf(':');
        return colon < 0 ? definitionId : definitionId.substring(0, colon);
    }
}
