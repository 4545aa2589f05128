package org.bwc.articlex.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds {@link CaseTaskListener} to the {@code create} event of every user task of every process as it is parsed
 * (after the task's own listeners), so that each process, present and future, gets task names with the case's
 * reference and party and due dates from its timers without a line in its BPMN.
 */
@Component
class TasklistPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CaseLabels> labels;

    TasklistPlugin(ObjectProvider<CaseLabels> labels) {
        this.labels = labels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new UserTasks(new CaseTaskListener(labels)));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static final class UserTasks extends AbstractBpmnParseListener {

        private final TaskListener listener;

        UserTasks(TaskListener listener) {
            this.listener = listener;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        }
    }
}
