package org.bwc.articlex.concern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordPosition}: the raising party's position from its {@code submitPosition} task. */
@Component
class RecordPositionDelegate implements JavaDelegate {

    private final ConcernPositions positions;

    RecordPositionDelegate(ConcernPositions positions) {
        this.positions = positions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        positions.record(ConcernVariables.concernId(execution),
                ConcernVariables.text(execution, ArticleXConcernProcess.VAR_RAISED_BY),
                ConcernVariables.text(execution, ArticleXConcernProcess.VAR_POSITION_STATEMENT));
    }
}
