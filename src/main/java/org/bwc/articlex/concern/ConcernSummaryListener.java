package org.bwc.articlex.concern;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.process.TaskVariableCopies;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Puts the concern's essentials on its tasks as task-local variables, read-only fields of their forms. */
@Component
class ConcernSummaryListener implements TaskListener, TaskVariableCopies {

    /** The read-only fields of its form: no history is kept of them. */
    private static final Set<String> COPIES = Set.of("concernReference", "concernRaisedBy", "concernRequest", "concernSubject",
            "concernStatement", "concernPositions", "consultationEnds");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ConcernRepository concerns;

    ConcernSummaryListener(ConcernRepository concerns) {
        this.concerns = concerns;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = task.getExecution().getProcessBusinessKey();
        ConcernRecord concern = concerns.find(id).orElseThrow(() -> new IllegalStateException("No concern " + id));
        task.setVariableLocal("concernReference", id);
        task.setVariableLocal("concernRaisedBy", concern.raisedBy());
        task.setVariableLocal("concernRequest", concern.requestId());
        task.setVariableLocal("concernSubject", concern.subject() == ConcernSubject.REQUEST_RESTRICTION
                ? "Restriction or denial of the party's own request" : "Refused proposal of the party's own offer");
        task.setVariableLocal("concernStatement", concern.statement());
        task.setVariableLocal("concernPositions", concerns.positions(id).stream()
                .map(p -> "%s (%s, %s): %s".formatted(p.party(), p.by(), AT.format(p.at()), p.statement()))
                .collect(Collectors.joining("\n")));
        task.setVariableLocal("consultationEnds", concern.consultationEndsAt() == null ? "" : AT.format(concern.consultationEndsAt()));
    }
}
