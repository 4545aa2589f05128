package org.bwc.articlex.matching;

import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_OPEN_NEED_ESCALATION_AT;

import org.bwc.articlex.process.ProcessDurations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * When an open need escalates: {@code openNeedEscalation} after it first became open, however many weekly
 * re-matching rounds pass in between; after a manager lets it continue, the same period again.
 */
@Component("openNeedClock")
public class OpenNeedClock {

    private final ProcessDurations durations;

    OpenNeedClock(ProcessDurations durations) {
        this.durations = durations;
    }

    public void arm(DelegateExecution execution) {
        if (execution.getVariable(VAR_OPEN_NEED_ESCALATION_AT) == null) {
            rearm(execution);
        }
    }

    public void rearm(DelegateExecution execution) {
        // the engine's clock, so that timers and this due date move together (also in tests)
        execution.setVariable(VAR_OPEN_NEED_ESCALATION_AT,
                ProcessDurations.after(durations.getOpenNeedEscalation(), ClockUtil.getCurrentTime()));
    }
}
