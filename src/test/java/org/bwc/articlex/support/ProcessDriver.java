package org.bwc.articlex.support;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Moves processes forward the way the job executor would, but deterministically: runs the due jobs, and lets
 * time pass for timers. Always {@link #reset()} after a test, the engine clock is global.
 */
public class ProcessDriver {

    private final ProcessEngine engine;

    public ProcessDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Runs every job that is due now, and those they create, until none is left (bounded). One at a time: a
     * job may remove others (a timer of an event-based gateway cancels its siblings).
     */
    public void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int executed = 0; executed < 10_000; executed++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("Jobs keep creating jobs: is there a loop in a process?");
    }

    public void letTimePass(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        runDueJobs();
    }

    /**
     * Runs the due jobs of one process definition only, and those they create there (bounded): for processes whose
     * timers lie months ahead, so that moving the clock does not run every other case left in a shared database.
     */
    public void runDueJobsOf(String processDefinitionKey) {
        ManagementService management = engine.getManagementService();
        for (int executed = 0; executed < 10_000; executed++) {
            List<Job> due = management.createJobQuery().processDefinitionKey(processDefinitionKey).executable().listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            management.executeJob(due.get(0).getId());
        }
        throw new IllegalStateException("Jobs of " + processDefinitionKey + " keep creating jobs");
    }

    /** {@link #letTimePass(Duration)} for the jobs of one process definition, see {@link #runDueJobsOf(String)}. */
    public void letTimePassFor(String processDefinitionKey, Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        runDueJobsOf(processDefinitionKey);
    }

    public void reset() {
        ClockUtil.reset();
    }

    /**
     * A handle on the case's process instance, running or already ended, for BPM Assert. The root instance: a called
     * process (the offering party's response, funding) shares the case's business key.
     */
    public ProcessInstance instance(String businessKey) {
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).rootProcessInstances().singleResult();
        if (running != null) {
            return running;
        }
        var ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).rootProcessInstances().singleResult();
        return ended == null ? null : new EndedInstance(ended.getId(), businessKey, ended.getProcessDefinitionId());
    }

    private record EndedInstance(String id, String businessKey, String definitionId) implements ProcessInstance {
        @Override public String getId() { return id; }
        @Override public String getProcessInstanceId() { return id; }
        @Override public String getRootProcessInstanceId() { return id; }
        @Override public String getBusinessKey() { return businessKey; }
        @Override public String getProcessDefinitionId() { return definitionId; }
        @Override public String getProcessDefinitionKey() { return definitionId == null ? null : definitionId.split(":")[0]; }
        @Override public String getCaseInstanceId() { return null; }
        @Override public String getTenantId() { return null; }
        @Override public boolean isSuspended() { return false; }
        @Override public boolean isEnded() { return true; }
    }

    /**
     * Like {@link #runDueJobs()}, but a failing job does not stop the run: the engine handles the failure as the job
     * executor would (retries, back-off to a later due date, an incident after the last retry) and the failures are
     * returned, oldest first. For tests of retries (e.g. an SMTP server that is down). One at a time, as
     * {@link #runDueJobs()}.
     */
    public List<Exception> runDueJobsAllowingFailures() {
        ManagementService management = engine.getManagementService();
        List<Exception> failures = new java.util.ArrayList<>();
        for (int executed = 0; executed < 10_000; executed++) {
            List<Job> due = management.createJobQuery().executable().listPage(0, 1);
            if (due.isEmpty()) {
                return failures;
            }
            try {
                management.executeJob(due.get(0).getId());
            } catch (RuntimeException failure) {
                failures.add(failure);
            }
        }
        throw new IllegalStateException("Jobs keep creating jobs, or keep failing without back-off");
    }

    /** {@link #letTimePass(Duration)} that lets due jobs fail, see {@link #runDueJobsAllowingFailures()}. */
    public List<Exception> letTimePassAllowingFailures(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        return runDueJobsAllowingFailures();
    }
}
