package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_CASE_ID;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_FUNDING_DEADLINE;
import static org.bwc.articlex.process.AssistanceRequestProcess.VAR_FUNDING_OUTCOME;

import java.time.Clock;
import java.util.Date;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.notification.Notifications;
import org.bwc.articlex.process.AssistanceRequestProcess;
import org.bwc.articlex.process.ProcessDurations;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.security.CaseAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The execution listeners of {@code request-funding}, e.g. {@code ${fundingRound.close(execution, 'FUNDED')}}: the
 * deadline when a round starts and when a manager extends it, and the end of a round (its row, the outcome handed
 * back to the request, and the notice that funding is secured).
 */
@Component("fundingRound")
public class FundingRound {

    static final String FUNDING_SECURED = "FUNDING_SECURED";

    private final ProcessDurations durations;
    private final FundingCases fundingCases;
    private final RequestRepository requests;
    private final OfferRepository offers;
    private final CaseAccess caseAccess;
    private final Notifications notifications;
    private final Clock clock;

    FundingRound(ProcessDurations durations, FundingCases fundingCases, RequestRepository requests, OfferRepository offers,
            CaseAccess caseAccess, Notifications notifications, Clock clock) {
        this.durations = durations;
        this.fundingCases = fundingCases;
        this.requests = requests;
        this.offers = offers;
        this.caseAccess = caseAccess;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * A round starts: its deadline is {@code funding-period} from now (the engine's clock, so that the timer and
     * the due date move together, also in tests), and the requesting State may follow it like the rest of its case.
     */
    public void start(DelegateExecution execution) {
        execution.setVariable(VAR_FUNDING_DEADLINE, ProcessDurations.after(durations.getFundingPeriod(), ClockUtil.getCurrentTime()));
        Object state = execution.getVariable(AssistanceRequestProcess.VAR_REQUESTING_STATE);
        if (state != null) {
            caseAccess.grant(execution.getProcessInstanceId(), Caller.STATE_GROUP_PREFIX + state);
        }
    }

    /** A manager extended a partly funded round: a new deadline {@code funding-extension} from now. */
    public void extend(DelegateExecution execution) {
        Date deadline = ProcessDurations.after(durations.getFundingExtension(), ClockUtil.getCurrentTime());
        execution.setVariable(VAR_FUNDING_DEADLINE, deadline);
        fundingCases.moveDeadline(fundingCaseId(execution), deadline.toInstant());
    }

    /** The round ends with {@code outcome} (a {@link FundingOutcome}); the request goes on with it. */
    public void close(DelegateExecution execution, String outcome) {
        FundingOutcome result = FundingOutcome.valueOf(outcome);
        long id = fundingCaseId(execution);
        fundingCases.close(id, result.closedStatus(), clock.instant());
        execution.setVariable(VAR_FUNDING_OUTCOME, result.name());
        if (result.closedStatus().isSecured()) {
            announceSecured(execution.getProcessBusinessKey(), fundingCases.find(id).orElseThrow(), result);
        }
    }

    /** The requesting State and the offering party learn that implementation can start, and how to report it. */
    private void announceSecured(String requestId, FundingCases.FundingCase round, FundingOutcome outcome) {
        RequestRecord request = requests.find(requestId).orElseThrow();
        String key = outcome == FundingOutcome.FUNDED ? "notice.FUNDING_SECURED.funded" : "notice.FUNDING_SECURED.reduced";
        notifications.notifyParty(Notifications.PartyNotice.of(request.requestingState(), requestId, request.title(),
                FUNDING_SECURED, null, key, requestId, request.title()));
        if (round.offerId() != null) {
            offers.find(round.offerId()).map(OfferView::offeringParty)
                    .filter(party -> !party.equals(request.requestingState()))
                    .ifPresent(party -> notifications.notifyParty(Notifications.PartyNotice.of(party, requestId,
                            request.title(), FUNDING_SECURED, null, key, requestId, request.title())));
        }
    }

    private static long fundingCaseId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_FUNDING_CASE_ID)).longValue();
    }
}
