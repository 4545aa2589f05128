package org.bwc.articlex.concern;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a position in the consultations: who (the party, or the ISU for the secretariat), what, when. The one
 * path for positions: the party's {@code submitPosition} task (Tasklist, or {@code POST …/positions}, which completes
 * that task) reaches it through {@code Task_RecordPosition}; the secretariat's positions over the API directly.
 */
@Component
class ConcernPositions {

    static final String SECRETARIAT = "ISU";

    private final ConcernRepository concerns;
    private final ConcernJournal journal;
    private final Clock clock;

    ConcernPositions(ConcernRepository concerns, ConcernJournal journal, Clock clock) {
        this.concerns = concerns;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String concernId, String party, String statement) {
        String problem = ConcernRules.textProblem(statement);
        if (problem != null) {
            throw new IllegalArgumentException("statement " + problem);
        }
        String text = statement.strip();
        concerns.addPosition(concernId, party, journal.currentUser(), text, clock.instant());
        journal.record(concernId, null, ConcernStep.POSITION_RECORDED, party + ": " + text, null);
    }
}
