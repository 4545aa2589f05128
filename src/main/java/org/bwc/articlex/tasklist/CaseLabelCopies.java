package org.bwc.articlex.tasklist;

import java.util.Set;
import org.bwc.articlex.process.TaskVariableCopies;
import org.springframework.stereotype.Component;

/** The case's reference, party and category that {@link CaseTaskListener} copies onto every task for the filters. */
@Component
class CaseLabelCopies implements TaskVariableCopies {

    @Override
    public Set<String> names() {
        return Set.of(CaseTaskListener.VAR_REFERENCE, CaseTaskListener.VAR_PARTY, CaseTaskListener.VAR_CATEGORY);
    }
}
