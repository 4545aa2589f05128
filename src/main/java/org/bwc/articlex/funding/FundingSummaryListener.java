package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_CASE_ID;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;
import org.bwc.articlex.process.TaskVariableCopies;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the funding round's figures on {@code decidePartialFunding} as task-local variables, read-only fields of
 * its form: the whole-life estimate, what is confirmed, what awaits confirmation, every pledge and its status, the gap and the deadline that passed.
 */
@Component
class FundingSummaryListener implements TaskListener, TaskVariableCopies {

    /** The read-only fields of its form: no history is kept of them. */
    private static final Set<String> COPIES = Set.of("fundingRequested", "fundingPledged", "fundingGap", "fundingDeadlinePassed",
            "fundingAwaitingConfirmation", "fundingPledges");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final FundingCases fundingCases;
    private final Pledges pledges;
    private final FundingPledges fundingPledges;

    FundingSummaryListener(FundingCases fundingCases, Pledges pledges, FundingPledges fundingPledges) {
        this.fundingCases = fundingCases;
        this.pledges = pledges;
        this.fundingPledges = fundingPledges;
    }

    @Override
    public Set<String> names() {
        return COPIES;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ((Number) task.getVariable(VAR_FUNDING_CASE_ID)).longValue();
        FundingCases.FundingCase round = fundingCases.find(id).orElseThrow();
        BigDecimal pledged = pledges.standing(round.requestId());
        String currency = " " + round.currency();
        task.setVariableLocal("fundingRequested", round.total().toPlainString() + currency + " (one-off "
                + round.oneOff().toPlainString() + ", recurring " + round.recurringTotal().toPlainString() + ")");
        task.setVariableLocal("fundingPledged", pledged.toPlainString() + currency);
        task.setVariableLocal("fundingGap", round.total().subtract(pledged).max(BigDecimal.ZERO).toPlainString() + currency);
        task.setVariableLocal("fundingDeadlinePassed", round.deadline() == null ? "" : DAY.format(round.deadline()));
        task.setVariableLocal("fundingAwaitingConfirmation", fundingPledges.awaiting(round.requestId()).toPlainString() + currency);
        task.setVariableLocal("fundingPledges", fundingPledges.of(round.requestId()).stream().filter(p -> !p.surplus())
                .map(p -> "%s: %s %s, %s (%s)".formatted(p.donor(), p.amount().toPlainString(), p.currency(), p.status(),
                        DAY.format(p.pledgedAt())))
                .collect(Collectors.joining("\n")));
    }
}
