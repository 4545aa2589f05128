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

    /** Runs every job that is due now, and those they create, until none is left (bounded). */
    public void runDueJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                management.executeJob(job.getId());
            }
        }
        throw new IllegalStateException("Jobs keep creating jobs: is there a loop in a process?");
    }

    public void letTimePass(Duration duration) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
        runDueJobs();
    }

    public void reset() {
        ClockUtil.reset();
    }

    public ProcessInstance instance(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
    }
}
