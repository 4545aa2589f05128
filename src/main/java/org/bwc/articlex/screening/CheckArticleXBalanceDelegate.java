package org.bwc.articlex.screening;

import java.time.Duration;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.process.ProcessDurations;
import org.bwc.articlex.reference.StatesRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckArticleXBalance}: checks the screening against Article X (grounded, proportionate, consistent
 * with precedent, timely, developing-State priority). A balanced result that restricts nothing beyond
 * conditions is final and becomes precedent; anything else goes to a manager.
 */
@Component
class CheckArticleXBalanceDelegate implements JavaDelegate {

    private final RequestRepository requests;
    private final StatesRegistry states;
    private final ScreeningLists lists;
    private final DecisionRecords decisions;
    private final ProcessDurations durations;

    CheckArticleXBalanceDelegate(RequestRepository requests, StatesRegistry states, ScreeningLists lists,
            DecisionRecords decisions, ProcessDurations durations) {
        this.requests = requests;
        this.states = states;
        this.lists = lists;
        this.decisions = decisions;
        this.durations = durations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        RequestRecord request = requests.find(id).orElseThrow(() -> new IllegalStateException("No request " + id));
        DecisionRecord screeningRecord = decisions.latest(id, DecisionKind.ARTICLE_III_SCREENING)
                .orElseThrow(() -> new IllegalStateException("No screening recorded for " + id));
        ScreeningResult screening = decisions.findings(screeningRecord, ScreeningResult.class);
        long holdDays = Duration.between(request.createdAt(), decisions.now()).toDays();
        long holdLimitDays = ProcessDurations.days(durations.getReferralHoldLimit(), decisions.now());
        BalanceInput input = new BalanceInput(states.require(request.requestingState()), screening, decisions, holdDays,
                holdLimitDays);
        BalanceResult result = lists.balance().check(input);
        decisions.record(id, DecisionKind.ARTICLE_X_BALANCE, result.outcome().name(),
                result.flags().stream().map(Enum::name).toList(),
                java.util.Map.of("screeningDecisionId", screeningRecord.id(), "holdDays", holdDays,
                        "holdLimitDays", holdLimitDays, "requester", request.requestingState()),
                result, null, null, Actor.SYSTEM, screening.controlListVersion());
        if (result.outcome() == BalanceOutcome.BALANCED) {
            decisions.recordPrecedents(id, screening.items());
        }
        execution.setVariable(AssistanceRequestProcess.VAR_BALANCE_OUTCOME, result.outcome().name());
        execution.setVariable(AssistanceRequestProcess.VAR_DEVELOPING_STATE_PRIORITY, result.priority());
    }
}
