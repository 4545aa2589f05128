package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.MESSAGE_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.MESSAGE_PLEDGE_RECEIVED;
import static org.bwc.articlex.funding.RequestFundingProcess.TASK_CONFIRM_PLEDGE;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_CONFIRMED;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_DECLINE_REASON;
import static org.bwc.articlex.funding.RequestFundingProcess.VAR_PLEDGE_ID;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.Money;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.process.TaskCompletion;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donors' pledges to a request, their confirmation by the secretariat, and where the request's funding stands. Every
 * entry point first answers 404 for a request the caller may not see ({@link Donors}), before reading its input.
 */
@Service
public class FundingService {

    private final RequestRepository requests;
    private final FundingCases fundingCases;
    private final Pledges pledges;
    private final FundingPledges fundingPledges;
    private final PledgeConfirmations confirmations;
    private final FundingEstimator estimator;
    private final Donors donors;
    private final StatesRegistry states;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundingService(RequestRepository requests, FundingCases fundingCases, Pledges pledges, FundingPledges fundingPledges,
            PledgeConfirmations confirmations, FundingEstimator estimator, Donors donors, StatesRegistry states,
            RuntimeService runtime, TaskService tasks, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.fundingCases = fundingCases;
        this.pledges = pledges;
        this.fundingPledges = fundingPledges;
        this.confirmations = confirmations;
        this.estimator = estimator;
        this.donors = donors;
        this.states = states;
        this.runtime = runtime;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /** The request, if the caller may see it; 404 otherwise, whatever else is wrong with the call. */
    public RequestRecord visible(String requestId, Caller caller) {
        return requests.find(requestId).filter(r -> donors.callerMaySee(r, caller))
                .orElseThrow(() -> new NotFoundException("No request " + requestId));
    }

    /**
     * Records a pledge, awaiting the secretariat's confirmation. While the request is raising funds the pledge is
     * recorded in the transaction of its {@code PledgeReceived} message (a {@code confirmPledge} task); once its
     * funding is secured (a round that ended funded or with a reduced scope, implementation, reporting, completed) it
     * is kept as surplus, confirmed over the API. In any other status: 409, nothing changes.
     *
     * @param request a request the caller may see ({@link #visible})
     * @param idempotencyKey the same key from the same user returns the first pledge and records nothing new
     */
    @Transactional
    public FundingView.PledgeView pledge(RequestRecord request, String donor, Money amount, String idempotencyKey, Caller caller) {
        String requestId = request.id();
        if (!states.isStateParty(donor) && !Organisations.isRecognised(donor)) {
            throw new InvalidInputException("donor", states.isNonParty(donor)
                    ? donor + " is not a State Party to the Biological Weapons Convention"
                    : "unknown donor " + donor + ": a State Party (ISO3 code) or a recognised organisation ("
                            + String.join(", ", Organisations.all().keySet()) + ")");
        }
        if (!Donors.mayPledgeFor(caller, donor)) {
            throw new ForbiddenException("You may pledge only for the State or organisation you represent");
        }
        if (!donors.maySee(request, donor)) {
            throw new InvalidInputException("donor", donor + " may not pledge to request " + requestId
                    + ": it is neither the requesting State, the matched offering party, nor a provider the request is circulated to");
        }
        String currency = estimator.currency(request.estimatedCostCurrency());
        if (!currency.equals(amount.currency())) {
            throw new InvalidInputException("amount.currency", "must be " + currency + ", the currency request " + requestId
                    + " is funded in");
        }
        BigDecimal value = amount.decimal();
        PledgeAmounts.problem(value, currency, value, false).ifPresent(p -> {
            throw new InvalidInputException("amount.amount", p);
        });
        // the request's row lock also orders two tries with the same Idempotency-Key: the second finds the first
        RequestRecord locked = requests.findForUpdate(requestId).orElseThrow();
        if (idempotencyKey != null) {
            Optional<FundingPledges.FundingPledge> earlier = fundingPledges.byIdempotencyKey(caller.userId(), idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), requestId, donor, amount);
            }
        }
        Optional<FundingCases.FundingCase> round = fundingCases.latest(requestId);
        boolean surplus = switch (locked.status()) {
            case FUNDING -> round.map(r -> r.status().isSecured()).orElse(false);
            case IMPLEMENTATION, REPORTING, COMPLETED -> true;
            default -> throw new ConflictException("Request " + requestId + " is not raising funds (status " + locked.status() + ")");
        };
        if (round.isEmpty() || !surplus && round.get().status() != FundingStatus.OPEN) {
            throw new ConflictException("Request " + requestId + " is still being estimated; pledge once its funding round is open");
        }
        FundingCases.FundingCase current = round.get();
        BigDecimal limit = surplus ? current.total() : current.total().subtract(pledges.standing(requestId)).max(BigDecimal.ZERO);
        PledgeAmounts.problem(value, currency, limit, surplus).ifPresent(p -> {
            throw new InvalidInputException("amount.amount", p);
        });
        long id;
        try {
            id = fundingPledges.insert(requestId, current.id(), donor, Pledges.PLEDGE, value.setScale(WholeLifeCost.SCALE),
                    currency, surplus, PledgeStatus.PLEDGED, caller.userId(), clock.instant(), idempotencyKey);
        } catch (DuplicateKeyException sameKeyOnAnotherRequestAtOnce) {
            // the row lock above orders tries on one request only; the key's unique constraint orders the rest
            throw new ConflictException("This Idempotency-Key was used at the same moment for another pledge; nothing was recorded");
        }
        events.publishEvent(new PledgesChanged(requestId));
        if (!surplus) {
            try {
                runtime.createMessageCorrelation(MESSAGE_PLEDGE_RECEIVED).processInstanceBusinessKey(requestId)
                        .setVariableLocal(VAR_PLEDGE_ID, id).correlateAllWithResult();
            } catch (OptimisticLockingException e) {
                throw new ConflictException("Request " + requestId + " changed while the pledge was recorded; nothing was recorded, please try again");
            }
        }
        return view(fundingPledges.find(id).orElseThrow(), true);
    }

    private FundingView.PledgeView replay(FundingPledges.FundingPledge earlier, String requestId, String donor, Money amount) {
        boolean same = earlier.requestId().equals(requestId) && earlier.donor().equals(donor)
                && earlier.currency().equals(amount.currency()) && earlier.amount().compareTo(amount.decimal()) == 0;
        if (!same) {
            throw new ConflictException("This Idempotency-Key was used for another pledge (" + earlier.id() + "); nothing was recorded");
        }
        return view(earlier, true);
    }

    /**
     * The secretariat confirms a pledge (it counts from now on) or declines it with a reason. While the pledge's
     * {@code confirmPledge} task is open this completes it — the same task Tasklist shows; otherwise (a surplus
     * pledge, or its round has ended) the step is recorded directly. The same answer again changes nothing.
     */
    @Transactional
    public FundingView.PledgeView decide(String requestId, long pledgeId, Boolean confirmed, String reason, Caller caller) {
        RequestRecord request = visible(requestId, caller);
        // the request's row lock orders two answers on a pledge sent at once: the second sees the first (a replay)
        requests.findForUpdate(requestId).orElseThrow();
        FundingPledges.FundingPledge pledge = pledgeOf(request, pledgeId);
        if (!caller.isSecretariat()) {
            throw new ForbiddenException("Only the secretariat confirms or declines pledges");
        }
        if (confirmed == null) {
            throw new InvalidInputException("confirmed", "is required: true to confirm the pledge, false to decline it");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!confirmed && why == null) {
            throw new InvalidInputException("reason", "is required to decline a pledge");
        }
        boolean replay = confirmed ? pledge.status().counts() : pledge.status() == PledgeStatus.DECLINED;
        if (replay) {
            return view(pledge, true);
        }
        if (confirmed && caller.userId().equals(pledge.pledgedBy())) {
            throw new ForbiddenException("You recorded this pledge: another member of the secretariat confirms it");
        }
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(requestId).taskDefinitionKey(TASK_CONFIRM_PLEDGE)
                .taskVariableValueEquals(VAR_PLEDGE_ID, pledgeId).singleResult();
        if (task != null && pledge.status() == PledgeStatus.PLEDGED) {
            TaskCompletion.complete(tasks, task.getId(), Variables.createVariables().putValue(VAR_PLEDGE_CONFIRMED, confirmed)
                    .putValue(VAR_PLEDGE_DECLINE_REASON, why));
        } else if (confirmed) {
            confirmations.confirm(pledgeId, caller.userId());
            if (!pledge.surplus()) {
                // a pledge whose task is gone (its round ended, or it predates confirmations): a round waiting now
                // adds up again
                runtime.createMessageCorrelation(MESSAGE_PLEDGE_CONFIRMED).processInstanceBusinessKey(requestId)
                        .correlateAllWithResult();
            }
        } else {
            confirmations.decline(pledgeId, why, caller.userId());
        }
        return view(fundingPledges.find(pledgeId).orElseThrow(), true);
    }

    /** The secretariat records that a confirmed pledge's funds arrived; the same receipt again changes nothing. */
    @Transactional
    public FundingView.PledgeView received(String requestId, long pledgeId, String note, Caller caller) {
        RequestRecord request = visible(requestId, caller);
        requests.findForUpdate(requestId).orElseThrow();
        pledgeOf(request, pledgeId);
        if (!caller.isSecretariat()) {
            throw new ForbiddenException("Only the secretariat records funds received");
        }
        confirmations.received(pledgeId, note == null || note.isBlank() ? null : note.strip(), caller.userId());
        return view(fundingPledges.find(pledgeId).orElseThrow(), true);
    }

    private FundingPledges.FundingPledge pledgeOf(RequestRecord request, long pledgeId) {
        return fundingPledges.find(pledgeId).filter(p -> p.requestId().equals(request.id()))
                .orElseThrow(() -> new NotFoundException("No pledge " + pledgeId + " to request " + request.id()));
    }

    /** What the caller may see of the request's funding: see {@link FundingView.Audience}. */
    @Transactional(readOnly = true)
    public FundingView funding(String requestId, Caller caller) {
        RequestRecord request = visible(requestId, caller);
        FundingView.Audience audience = caller.isSecretariat() ? FundingView.Audience.SECRETARIAT
                : caller.represents(request.requestingState()) ? FundingView.Audience.REQUESTER : FundingView.Audience.DONOR;
        List<FundingPledges.FundingPledge> all = fundingPledges.of(requestId);
        Optional<FundingCases.FundingCase> latest = fundingCases.latest(requestId);
        if (latest.isEmpty() && all.isEmpty()) {
            throw new NotFoundException("Request " + requestId + " has not reached funding (status " + request.status() + ")");
        }
        String currency = latest.map(FundingCases.FundingCase::currency).orElse(estimator.currency(request.estimatedCostCurrency()));
        BigDecimal requested = latest.map(FundingCases.FundingCase::total).orElse(null);
        BigDecimal pledged = pledges.standing(requestId);
        BigDecimal late = pledges.surplus(requestId);
        BigDecimal surplus = late.add(requested == null ? BigDecimal.ZERO : pledged.subtract(requested).max(BigDecimal.ZERO));
        BigDecimal gap = requested == null ? null : requested.subtract(pledged).max(BigDecimal.ZERO);
        boolean secretariat = audience == FundingView.Audience.SECRETARIAT;
        boolean requester = audience == FundingView.Audience.REQUESTER;
        FundingView.Estimate estimate = secretariat || requester ? latest.map(r -> estimate(r, currency)).orElse(null) : null;
        List<FundingView.PledgeView> shown = all.stream()
                .filter(p -> secretariat || own(p, caller) || requester && p.status().counts())
                .map(p -> secretariat ? view(p, true) : redacted(p, own(p, caller))).toList();
        List<FundingView.DecisionView> decisions = secretariat || requester
                ? fundingCases.decisions(requestId).stream().map(d -> new FundingView.DecisionView(d.decision(), d.note(),
                        money(d.requested(), currency), money(d.pledged(), currency), d.decidedBy(), d.decidedAt())).toList()
                : List.of();
        Money confirmed = money(pledged, currency);
        Money awaiting = secretariat ? money(fundingPledges.awaiting(requestId), currency) : null;
        return new FundingView(requestId, latest.map(FundingCases.FundingCase::status).orElse(null), currency,
                requested == null ? null : money(requested, currency), confirmed, money(surplus, currency),
                gap == null ? null : money(gap, currency), latest.map(FundingCases.FundingCase::deadline).orElse(null),
                secretariat || requester ? latest.map(FundingCases.FundingCase::fundedBy).orElse(null) : null, estimate,
                shown, decisions, confirmed, awaiting, audience);
    }

    private FundingView.Estimate estimate(FundingCases.FundingCase r, String currency) {
        return new FundingView.Estimate(r.basis().name(), money(r.oneOff(), currency), money(r.recurringTotal(), currency),
                money(r.total(), currency), fundingCases.lines(r.id()).stream().map(l -> new FundingView.EstimateLine(l.lineNo(),
                        l.kind(), l.description(), money(l.oneOff(), currency), money(l.annualRecurring(), currency),
                        l.serviceLifeYears(), money(l.recurringTotal(), currency), money(l.total(), currency))).toList());
    }

    /** A pledge of a donor the caller speaks for (a party's own pledge; the offer's funding for the offering party). */
    private static boolean own(FundingPledges.FundingPledge p, Caller caller) {
        return caller.groups().contains(OfferService.groupOf(p.donor()));
    }

    private static FundingView.PledgeView view(FundingPledges.FundingPledge p, boolean withUsers) {
        return new FundingView.PledgeView(p.id(), p.requestId(), p.donor(), p.source(), money(p.amount(), p.currency()),
                p.surplus(), withUsers ? p.pledgedBy() : null, p.pledgedAt(), p.status(), withUsers ? p.decidedBy() : null,
                p.decidedAt(), p.declineReason(), p.receivedAt());
    }

    /** A party's view of a pledge: who recorded it only on its own pledges, never who in the secretariat decided. */
    private static FundingView.PledgeView redacted(FundingPledges.FundingPledge p, boolean own) {
        return new FundingView.PledgeView(p.id(), p.requestId(), p.donor(), p.source(), money(p.amount(), p.currency()),
                p.surplus(), own ? p.pledgedBy() : null, p.pledgedAt(), p.status(), null, p.decidedAt(),
                own ? p.declineReason() : null, p.receivedAt());
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, currency);
    }
}
