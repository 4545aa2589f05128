package org.bwc.articlex.funding;

import static org.bwc.articlex.funding.RequestFundingProcess.MESSAGE_PLEDGE_RECEIVED;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bwc.articlex.intake.Money;
import org.bwc.articlex.intake.RequestRecord;
import org.bwc.articlex.intake.RequestRepository;
import org.bwc.articlex.matching.OfferRepository;
import org.bwc.articlex.matching.OfferService;
import org.bwc.articlex.matching.OfferView;
import org.bwc.articlex.metrics.CaseMetrics;
import org.bwc.articlex.reference.Organisations;
import org.bwc.articlex.reference.StatesRegistry;
import org.bwc.articlex.security.Caller;
import org.bwc.articlex.web.ConflictException;
import org.bwc.articlex.web.FieldProblem;
import org.bwc.articlex.web.ForbiddenException;
import org.bwc.articlex.web.InvalidInputException;
import org.bwc.articlex.web.NotFoundException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donors' pledges to a request, and where its funding stands. */
@Service
public class FundingService {

    private final RequestRepository requests;
    private final FundingCases fundingCases;
    private final Pledges pledges;
    private final FundingEstimator estimator;
    private final OfferRepository offers;
    private final StatesRegistry states;
    private final RuntimeService runtime;
    private final CaseMetrics metrics;
    private final Clock clock;

    FundingService(RequestRepository requests, FundingCases fundingCases, Pledges pledges, FundingEstimator estimator,
            OfferRepository offers, StatesRegistry states, RuntimeService runtime, CaseMetrics metrics, Clock clock) {
        this.requests = requests;
        this.fundingCases = fundingCases;
        this.pledges = pledges;
        this.estimator = estimator;
        this.offers = offers;
        this.states = states;
        this.runtime = runtime;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Records a pledge. While the request is raising funds the pledge is recorded in the transaction of its
     * {@code PledgeReceived} message; once its funding is secured (a round that ended funded or with a reduced
     * scope, implementation, reporting, completed) it is kept as surplus. In any other status: 409, nothing changes.
     *
     * @param donor a State Party (ISO3) or a recognised organisation that the caller speaks for; the secretariat may
     *            record a pledge on a donor's behalf
     */
    @Transactional
    public FundingView.PledgeView pledge(String requestId, String donor, Money amount, Caller caller) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        String currency = estimator.currency(request.estimatedCostCurrency());
        List<FieldProblem> problems = new ArrayList<>();
        boolean knownDonor = states.isStateParty(donor) || Organisations.isRecognised(donor);
        if (!knownDonor) {
            problems.add(new FieldProblem("donor", states.isNonParty(donor)
                    ? donor + " is not a State Party to the Biological Weapons Convention"
                    : "unknown donor " + donor + ": a State Party (ISO3 code) or a recognised organisation ("
                            + String.join(", ", Organisations.all().keySet()) + ")"));
        }
        BigDecimal value = amount.decimal();
        if (value.signum() <= 0) {
            problems.add(new FieldProblem("amount.amount", "must be greater than zero"));
        }
        if (!currency.equals(amount.currency())) {
            problems.add(new FieldProblem("amount.currency", "must be " + currency + ", the currency request " + requestId
                    + " is funded in"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!caller.groups().contains(OfferService.groupOf(donor)) && !caller.isSecretariat()) {
            throw new ForbiddenException("You may pledge only for the State or organisation you represent");
        }
        RequestRecord locked = requests.findForUpdate(requestId).orElseThrow();
        Optional<FundingCases.FundingCase> round = fundingCases.latest(requestId);
        boolean surplus = switch (locked.status()) {
            case FUNDING -> round.map(r -> r.status().isSecured()).orElse(false);
            case IMPLEMENTATION, REPORTING, COMPLETED -> true;
            // a donor that may not see the case learns that it takes no pledges, not where it stands
            default -> throw new ConflictException("Request " + requestId + " is not raising funds"
                    + (caller.canSee(locked.requestingState()) ? " (status " + locked.status() + ")" : ""));
        };
        Long roundId = round.filter(r -> surplus || r.status() == FundingStatus.OPEN).map(FundingCases.FundingCase::id).orElse(null);
        Pledges.Pledge pledge = pledges.insert(requestId, roundId, donor, Pledges.PLEDGE, value.setScale(WholeLifeCost.SCALE),
                currency, surplus, caller.userId(), clock.instant());
        metrics.changed(requestId);
        if (!surplus) {
            try {
                // none waiting (the round is still being estimated, or a manager is deciding): the next tally counts it
                runtime.createMessageCorrelation(MESSAGE_PLEDGE_RECEIVED).processInstanceBusinessKey(requestId).correlateAllWithResult();
            } catch (OptimisticLockingException e) {
                throw new ConflictException("Request " + requestId + " changed while the pledge was recorded; nothing was recorded, please try again");
            }
        }
        return view(pledge);
    }

    /** Visible to the requesting State, the secretariat, the matched offering party and the request's donors. */
    @Transactional(readOnly = true)
    public FundingView funding(String requestId, Caller caller) {
        RequestRecord request = requests.find(requestId).orElseThrow(() -> new NotFoundException("No request " + requestId));
        List<Pledges.Pledge> all = pledges.of(requestId);
        if (!mayFollow(request, all, caller)) {
            throw new NotFoundException("No request " + requestId);
        }
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
        FundingView.Estimate estimate = latest.map(r -> new FundingView.Estimate(r.basis().name(), money(r.oneOff(), currency),
                money(r.recurringTotal(), currency), money(r.total(), currency),
                fundingCases.lines(r.id()).stream().map(l -> new FundingView.EstimateLine(l.lineNo(), l.kind(), l.description(),
                        money(l.oneOff(), currency), money(l.annualRecurring(), currency), l.serviceLifeYears(),
                        money(l.recurringTotal(), currency), money(l.total(), currency))).toList()))
                .orElse(null);
        return new FundingView(requestId, latest.map(FundingCases.FundingCase::status).orElse(null), currency,
                requested == null ? null : money(requested, currency), money(pledged, currency), money(surplus, currency),
                gap == null ? null : money(gap, currency), latest.map(FundingCases.FundingCase::deadline).orElse(null),
                latest.map(FundingCases.FundingCase::fundedBy).orElse(null), estimate,
                all.stream().map(FundingService::view).toList(),
                fundingCases.decisions(requestId).stream().map(d -> new FundingView.DecisionView(d.decision(), d.note(),
                        money(d.requested(), currency), money(d.pledged(), currency), d.decidedBy(), d.decidedAt())).toList());
    }

    private boolean mayFollow(RequestRecord request, List<Pledges.Pledge> all, Caller caller) {
        if (caller.canSee(request.requestingState())) {
            return true;
        }
        if (all.stream().anyMatch(p -> caller.groups().contains(OfferService.groupOf(p.donor())))) {
            return true;
        }
        return request.matchedOfferId() != null && offers.find(request.matchedOfferId()).map(OfferView::offeringParty)
                .map(party -> caller.groups().contains(OfferService.groupOf(party))).orElse(false);
    }

    private static FundingView.PledgeView view(Pledges.Pledge p) {
        return new FundingView.PledgeView(p.id(), p.requestId(), p.donor(), p.source(), money(p.amount(), p.currency()),
                p.surplus(), p.pledgedBy(), p.receivedAt());
    }

    private static Money money(BigDecimal amount, String currency) {
        return Money.of(amount, currency);
    }
}
