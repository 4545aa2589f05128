package org.bwc.articlex.metrics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one class that reads Camunda's own tables ({@code ACT_*}) by SQL (docs/development.md, "Table ownership").
 * Why not the engine's query API: the figures count and group across all tasks, jobs, incidents and instances
 * (by type, state, process, candidate group) whoever asks, and the query API can only list them one by one under
 * the caller's authorizations, which on a million cases would load every row into memory. Reads only; the engine's
 * tables are never written here. Times are the engine's clock, so that they agree with the rows' own timestamps.
 */
@Component
class EngineTables {

    private final JdbcClient jdbc;

    EngineTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open user task, with the business key of its root process instance. */
    record OpenTask(String id, String name, String key, String definitionId, String instanceId,
            Instant created, Instant due, String businessKey) {
    }

    /** Open tasks due before {@code now}, or without a due date and created before {@code createdBefore}. */
    List<OpenTask> tasksDueOrOpenSince(Instant now, Instant createdBefore) {
        return jdbc.sql("""
                SELECT t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.PROC_DEF_ID_, t.PROC_INST_ID_, t.CREATE_TIME_, t.DUE_DATE_,
                       COALESCE(root.BUSINESS_KEY_, pi.BUSINESS_KEY_)
                FROM ACT_RU_TASK t
                LEFT JOIN ACT_RU_EXECUTION pi ON pi.ID_ = t.PROC_INST_ID_
                LEFT JOIN ACT_RU_EXECUTION root ON root.ID_ = pi.ROOT_PROC_INST_ID_
                WHERE (t.DUE_DATE_ IS NOT NULL AND t.DUE_DATE_ < ?) OR (t.DUE_DATE_ IS NULL AND t.CREATE_TIME_ < ?)""")
                .params(Timestamp.from(now), Timestamp.from(createdBefore))
                .query((rs, n) -> new OpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getString(8)))
                .list();
    }

    long openTasks() {
        return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK").query(Long.class).single();
    }

    /** The candidate groups of each task, sorted. */
    Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        for (int from = 0; from < taskIds.size(); from += 500) {
            List<String> chunk = taskIds.subList(from, Math.min(taskIds.size(), from + 500));
            jdbc.sql("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL"
                            + " AND TASK_ID_ IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")
                    .params(List.copyOf(chunk))
                    .query(rs -> {
                        groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        groups.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return groups;
    }

    /** Open incidents by incident type. */
    Map<String, Long> incidentsByType() {
        Map<String, Long> incidents = new LinkedHashMap<>();
        jdbc.sql("SELECT INCIDENT_TYPE_, COUNT(*) FROM ACT_RU_INCIDENT GROUP BY INCIDENT_TYPE_")
                .query(rs -> {
                    incidents.put(rs.getString(1), rs.getLong(2));
                });
        return incidents;
    }

    /** Jobs by state: executable, locked, scheduled, failed, suspended. */
    Map<String, Long> jobsByState(Instant now) {
        Timestamp engineNow = Timestamp.from(now);
        return jdbc.sql("""
                SELECT
                  SUM(CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND (LOCK_EXP_TIME_ IS NULL OR LOCK_EXP_TIME_ <= ?)
                           AND (DUEDATE_ IS NULL OR DUEDATE_ <= ?) THEN 1 ELSE 0 END),
                  SUM(CASE WHEN LOCK_EXP_TIME_ IS NOT NULL AND LOCK_EXP_TIME_ > ? THEN 1 ELSE 0 END),
                  SUM(CASE WHEN RETRIES_ > 0 AND SUSPENSION_STATE_ = 1 AND DUEDATE_ > ? THEN 1 ELSE 0 END),
                  SUM(CASE WHEN RETRIES_ = 0 THEN 1 ELSE 0 END),
                  SUM(CASE WHEN SUSPENSION_STATE_ <> 1 THEN 1 ELSE 0 END)
                FROM ACT_RU_JOB""")
                .params(engineNow, engineNow, engineNow, engineNow)
                .query((rs, n) -> {
                    Map<String, Long> states = new LinkedHashMap<>();
                    states.put("executable", rs.getLong(1));
                    states.put("locked", rs.getLong(2));
                    states.put("scheduled", rs.getLong(3));
                    states.put("failed", rs.getLong(4));
                    states.put("suspended", rs.getLong(5));
                    return states;
                }).single();
    }

    /** Running process instances by process definition key. */
    Map<String, Long> instancesByProcess() {
        Map<String, Long> processes = new LinkedHashMap<>();
        jdbc.sql("SELECT d.KEY_, COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
                        + " WHERE e.PARENT_ID_ IS NULL GROUP BY d.KEY_")
                .query(rs -> {
                    processes.put(rs.getString(1), rs.getLong(2));
                });
        return processes;
    }

    /** The engine's meters, summed over all nodes. */
    Map<String, Long> meters() {
        Map<String, Long> engine = new HashMap<>();
        jdbc.sql("SELECT NAME_, SUM(VALUE_) FROM ACT_RU_METER_LOG GROUP BY NAME_")
                .query(rs -> {
                    engine.put(rs.getString(1), rs.getLong(2));
                });
        return engine;
    }

    /** The (historic) process instance id of each business key of {@code processKey}, for Cockpit links. */
    Map<String, String> instanceIds(String processKey, Collection<String> businessKeys) {
        Map<String, String> instances = new HashMap<>();
        if (businessKeys.isEmpty()) {
            return instances;
        }
        jdbc.sql("SELECT BUSINESS_KEY_, ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND BUSINESS_KEY_ IN ("
                        + String.join(", ", Collections.nCopies(businessKeys.size(), "?")) + ")")
                .param(processKey)
                .params(List.copyOf(businessKeys))
                .query(rs -> {
                    instances.put(rs.getString(1), rs.getString(2));
                });
        return instances;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
