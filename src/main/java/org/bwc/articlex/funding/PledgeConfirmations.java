package org.bwc.articlex.funding;

import java.time.Clock;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.web.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The secretariat's steps on a pledge, from the {@code confirmPledge} task or the API: confirm (it now counts: a row
 * in {@link Pledges}), decline with a reason, record the funds received. Each step is taken once; the same step again
 * changes nothing, a contrary one is a conflict. Every step is in {@code funding_pledge_event}.
 */
@Component
class PledgeConfirmations {

    private final RequestRepository requests;
    private final FundingPledges fundingPledges;
    private final Pledges pledges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PledgeConfirmations(RequestRepository requests, FundingPledges fundingPledges, Pledges pledges, ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.fundingPledges = fundingPledges;
        this.pledges = pledges;
        this.events = events;
        this.clock = clock;
    }

    /** @return true when the pledge was confirmed now, false when it already was (nothing changed) */
    boolean confirm(long pledgeId, String by) {
        FundingPledges.FundingPledge pledge = locked(pledgeId);
        if (pledge.status().counts()) {
            return false;
        }
        if (pledge.status() == PledgeStatus.DECLINED) {
            throw new ConflictException("Pledge " + pledgeId + " was declined; it cannot be confirmed");
        }
        fundingPledges.decide(pledgeId, pledge.requestId(), PledgeStatus.CONFIRMED, null, by, clock.instant());
        pledges.insert(pledge.requestId(), pledge.fundingCaseId(), pledge.donor(), pledge.source(), pledge.amount(),
                pledge.currency(), pledge.surplus(), pledge.pledgedBy(), pledge.pledgedAt(), pledgeId);
        events.publishEvent(new PledgesChanged(pledge.requestId()));
        return true;
    }

    /** @return true when the pledge was declined now, false when it already was */
    boolean decline(long pledgeId, String reason, String by) {
        FundingPledges.FundingPledge pledge = locked(pledgeId);
        if (pledge.status() == PledgeStatus.DECLINED) {
            return false;
        }
        if (pledge.status().counts()) {
            throw new ConflictException("Pledge " + pledgeId + " is " + pledge.status() + "; it can no longer be declined");
        }
        fundingPledges.decide(pledgeId, pledge.requestId(), PledgeStatus.DECLINED, reason, by, clock.instant());
        return true;
    }

    /** @return true when the receipt was recorded now, false when it already was */
    boolean received(long pledgeId, String note, String by) {
        FundingPledges.FundingPledge pledge = locked(pledgeId);
        if (pledge.status() == PledgeStatus.RECEIVED) {
            return false;
        }
        if (pledge.status() != PledgeStatus.CONFIRMED) {
            throw new ConflictException("Pledge " + pledgeId + " is " + pledge.status() + ": only a confirmed pledge is received");
        }
        fundingPledges.received(pledgeId, pledge.requestId(), note, by, clock.instant());
        events.publishEvent(new PledgesChanged(pledge.requestId()));
        return true;
    }

    /** The request's row lock orders the steps on its pledges with pledges, tallies and each other. */
    private FundingPledges.FundingPledge locked(long pledgeId) {
        FundingPledges.FundingPledge pledge = fundingPledges.find(pledgeId).orElseThrow();
        requests.findForUpdate(pledge.requestId());
        return fundingPledges.find(pledgeId).orElseThrow();
    }
}
