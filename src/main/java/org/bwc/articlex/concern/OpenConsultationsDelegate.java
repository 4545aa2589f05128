package org.bwc.articlex.concern;

import java.util.Date;
import org.bwc.articlex.process.ProcessDurations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenConsultations}: fixes the end of consultations (on the engine clock, as the timer that ends
 * them) and invites the raising party to state its position by then.
 */
@Component
class OpenConsultationsDelegate implements JavaDelegate {

    private final ConcernJournal journal;
    private final ConcernRepository concerns;
    private final ConcernDurations durations;

    OpenConsultationsDelegate(ConcernJournal journal, ConcernRepository concerns, ConcernDurations durations) {
        this.journal = journal;
        this.concerns = concerns;
        this.durations = durations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = ConcernVariables.concernId(execution);
        Date endsAt = ProcessDurations.after(durations.getConsultationPeriod(), ClockUtil.getCurrentTime());
        execution.setVariable(ArticleXConcernProcess.VAR_CONSULTATION_ENDS_AT, endsAt);
        concerns.recordConsultationEnd(id, endsAt.toInstant());
        journal.record(id, ConcernStatus.IN_CONSULTATION, ConcernStep.IN_CONSULTATION, null, endsAt.toInstant());
        execution.setVariable(ArticleXConcernProcess.VAR_STATUS, ConcernStatus.IN_CONSULTATION.name());
    }
}
