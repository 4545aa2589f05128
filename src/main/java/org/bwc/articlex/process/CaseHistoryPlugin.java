package org.bwc.articlex.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers {@link CaseHistoryLevel}; {@code camunda.bpm.history-level} chooses it by its name. */
@Component
class CaseHistoryPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskVariableCopies> copies;

    CaseHistoryPlugin(ObjectProvider<TaskVariableCopies> copies) {
        this.copies = copies;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new CaseHistoryLevel(copies));
        configuration.setCustomHistoryLevels(levels);
    }
}
