package org.bwc.articlex.concern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_RecordAcknowledgement}: the secretariat's acknowledgement, to the history and the raising party. */
@Component
class RecordAcknowledgementDelegate implements JavaDelegate {

    private final ConcernJournal journal;

    RecordAcknowledgementDelegate(ConcernJournal journal) {
        this.journal = journal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journal.record(ConcernVariables.concernId(execution), ConcernStatus.ACKNOWLEDGED, ConcernStep.ACKNOWLEDGED,
                ConcernVariables.text(execution, ArticleXConcernProcess.VAR_ACKNOWLEDGEMENT), null);
        execution.setVariable(ArticleXConcernProcess.VAR_STATUS, ConcernStatus.ACKNOWLEDGED.name());
    }
}
