package org.bwc.articlex.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bwc.articlex.process.Actor;
import org.bwc.articlex.process.RequestStatus;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.StateParty;
import org.bwc.articlex.screening.DecisionKind;

/**
 * Lives one historic request through the lifecycle of {@code assistance-request} (docs/processes.md), from its submission
 * until it closes or until the end of the generated history, whichever comes first: every status it passes with who
 * moved it and when, the decision records of its screening and Balance review, the offers proposed to it. Plain Java
 * driven by a seeded {@link Random}, so a seed always gives the same history. The transition odds and the durations
 * (log-normal around a median) are plausible for a secretariat of this kind, not measured ones.
 */
final class CaseSimulator {

    static final String CASEWORKER = "caseworker";
    static final String MANAGER = "manager";

    record Item(String kind, String description, int quantity, String controlCode) {
    }

    record Step(RequestStatus status, Instant at, String by, String note) {
    }

    /** A decision record; {@code screening} is set for ARTICLE_III_SCREENING and ARTICLE_X_BALANCE. */
    record Decision(DecisionKind kind, String outcome, List<String> rules, Instant at, String by, String justification,
            String legalGround, ScreeningDraw screening, boolean deniedInFull) {
    }

    record Proposal(String offerId, int score, String status, Instant proposedAt, String respondedBy, Instant respondedAt,
            String note) {
    }

    /** Money promised while the request was in FUNDING: by a donor ({@code PLEDGE}) or the offer itself ({@code OFFER}). */
    record Pledge(String donor, String source, BigDecimal amount, Instant at, boolean surplus) {
    }

    /** What the screening found, item by item: the overall outcome sits on {@code restrictedItem}, the rest is cleared. */
    record ScreeningDraw(String outcome, int restrictedItem, List<String> rules, List<String> conditions, boolean priority,
            boolean inconsistent) {
    }

    record SimulatedCase(String id, StateParty state, AssistanceCategory category, String title, String description,
            String endUseStatement, String facility, int biosafetyLevel, BigDecimal cost, String currency,
            String language, Instant createdAt, List<Item> items, List<Step> history, List<Decision> decisions,
            List<Proposal> proposals, String matchedOfferId, List<Pledge> pledges) {

        RequestStatus status() {
            return history.get(history.size() - 1).status();
        }

        Instant updatedAt() {
            return history.get(history.size() - 1).at();
        }

        String submittedBy() {
            return history.get(0).by();
        }
    }

    /** Where proposed offers come from; null when no offer of the category is open. */
    interface OfferPool {
        String pick(AssistanceCategory category, Instant at, Random random);
    }

    private final Random random;
    private final Instant until;
    private final OfferPool offers;
    private final List<String> donors;

    /** @param donors the parties that pledge (none: no pledges are simulated) */
    CaseSimulator(Random random, Instant until, OfferPool offers, List<String> donors) {
        this.random = random;
        this.until = until;
        this.offers = offers;
        this.donors = List.copyOf(donors);
    }

    /** Thrown inside {@link #simulate} when the next step would lie after the end of the history: the case stays. */
    private static final class EndOfHistory extends RuntimeException {
        EndOfHistory() {
            super(null, null, false, false);
        }
    }

    private final class Life {
        final List<Step> history = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<Proposal> proposals = new ArrayList<>();
        final List<Pledge> pledges = new ArrayList<>();
        String matchedOfferId;
        Instant now;
        BigDecimal cost;

        void move(RequestStatus status, Duration after, String by, String note) {
            Instant at = now.plus(after);
            if (at.isAfter(until)) {
                throw new EndOfHistory();
            }
            now = at;
            history.add(new Step(status, at, by, note));
        }

        void decide(Decision decision) {
            if (decision.at().isAfter(until)) {
                throw new EndOfHistory();
            }
            decisions.add(decision);
        }
    }

    SimulatedCase simulate(String id, StateParty state, AssistanceCategory category, Instant createdAt) {
        String ncp = state.code().toLowerCase() + "-ncp";
        List<Item> items = CaseCatalogue.items(category, random);
        boolean priced = random.nextDouble() >= 0.08;
        Life life = new Life();
        life.now = createdAt;
        life.cost = priced ? CaseCatalogue.cost(category, random) : null;
        String currency = priced ? CaseCatalogue.currency(random) : null;
        life.history.add(new Step(RequestStatus.SUBMITTED, createdAt, ncp, null));
        try {
            live(life, state, category, ncp, items.size());
        } catch (EndOfHistory stillOpen) {
            // the history ends here; the case stays in its last status
        }
        return new SimulatedCase(id, state, category, CaseCatalogue.title(category, items, state),
                CaseCatalogue.description(category, items, state, random), CaseCatalogue.endUse(category, random),
                CaseCatalogue.facility(category, state, random), 1 + random.nextInt(3), life.cost, currency,
                CaseCatalogue.language(state, random), createdAt, items, List.copyOf(life.history),
                List.copyOf(life.decisions), List.copyOf(life.proposals), life.matchedOfferId, List.copyOf(life.pledges));
    }

    private void live(Life life, StateParty state, AssistanceCategory category, String ncp, int itemCount) {
        // the start is asynchronous: minutes, or days when its job failed and waited for an operator (an incident)
        life.move(RequestStatus.UNDER_REVIEW, chance(0.005) ? lognormal(Duration.ofDays(3), 1.0) : minutes(3, 0.5),
                Actor.SYSTEM, null);
        // completeness review, with up to two clarification rounds
        for (int round = 0; ; round++) {
            Duration review = lognormal(Duration.ofHours(60), 0.8);
            if (chance(0.015)) {
                life.move(RequestStatus.WITHDRAWN, part(review), ncp, "Withdrawn by the State during review");
                return;
            }
            if (round < 2 && chance(0.2)) {
                life.move(RequestStatus.CLARIFICATION_REQUESTED, review, CASEWORKER,
                        "Please specify the end user and the facility's biosafety level");
                if (chance(0.12)) {
                    life.move(RequestStatus.LAPSED, Duration.ofDays(30), Actor.SYSTEM, "No answer within 30 days");
                    return;
                }
                life.move(RequestStatus.UNDER_REVIEW, cap(lognormal(Duration.ofDays(6), 0.7), Duration.ofDays(29)), ncp,
                        "Clarification provided");
                continue;
            }
            life.move(RequestStatus.SCREENING, review, CASEWORKER, null);
            break;
        }
        if (!screen(life, state, ncp, itemCount)) {
            return;
        }
        // matching, open needs and funding, until implementation starts
        for (int rounds = 0; ; rounds++) {
            if (rounds >= 6) {
                life.move(RequestStatus.WITHDRAWN, lognormal(Duration.ofDays(20), 0.5), ncp, "No longer needed");
                return;
            }
            if (!match(life, category)) {
                life.move(RequestStatus.OPEN_NEED, minutes(5, 0.5), Actor.SYSTEM, null);
                Duration open = lognormal(Duration.ofDays(50), 0.9);
                if (chance(0.08)) {
                    life.move(RequestStatus.WITHDRAWN, open, ncp, "Need met otherwise");
                    return;
                }
                life.move(RequestStatus.MATCHING, open, Actor.SYSTEM, "New offers published");
                continue;
            }
            Duration funding = lognormal(Duration.ofDays(35), 0.8);
            double outcome = random.nextDouble();
            if (outcome < 0.02) {
                Duration until = part(funding);
                pledges(life, until, 0.5 * random.nextDouble());
                life.move(RequestStatus.WITHDRAWN, until, ncp, "Withdrawn by the State");
                return;
            }
            if (outcome < 0.12) {
                pledges(life, funding, 0.6 * random.nextDouble());
                life.move(RequestStatus.OPEN_NEED, funding, MANAGER, "Returned to open needs: not enough funding");
                life.move(RequestStatus.MATCHING, lognormal(Duration.ofDays(40), 0.9), Actor.SYSTEM, "New offers published");
                continue;
            }
            if (chance(0.15)) {
                offerFunding(life);
            } else {
                pledges(life, funding, 1.0);
            }
            life.move(RequestStatus.IMPLEMENTATION, funding, Actor.SYSTEM, "Implementation started");
            if (chance(0.05) && !donors.isEmpty()) {
                pledge(life, life.cost == null ? null : share(life.cost, 0.05 + 0.15 * random.nextDouble()),
                        life.now.plus(lognormal(Duration.ofDays(10), 0.5)), "PLEDGE", true);
            }
            break;
        }
        life.move(RequestStatus.REPORTING, lognormal(Duration.ofDays(150), 0.6), Actor.SYSTEM, "Implementation completed");
        life.move(RequestStatus.COMPLETED, lognormal(Duration.ofDays(45), 0.7), CASEWORKER, "Completion report accepted");
    }

    /** Article III screening, the Article X balance check and, when needed, Balance review; false if the case ends. */
    private boolean screen(Life life, StateParty state, String ncp, int itemCount) {
        double draw = random.nextDouble();
        String outcome = draw < 0.60 ? "CLEARED" : draw < 0.86 ? "CONDITIONAL" : draw < 0.97 ? "REFERRED" : "DENIED";
        ScreeningDraw screening = CaseCatalogue.screening(outcome, itemCount, state.developing(), random);
        // screening runs as a job too: seconds, or days after an incident
        Instant screened = life.now.plus(chance(0.005) ? lognormal(Duration.ofDays(3), 1.0)
                : lognormal(Duration.ofSeconds(40), 0.5));
        life.decide(new Decision(DecisionKind.ARTICLE_III_SCREENING, outcome, screening.rules(), screened, Actor.SYSTEM, null,
                null, screening, false));
        boolean needsReview = outcome.equals("REFERRED") || outcome.equals("DENIED") || screening.inconsistent();
        Instant balanced = screened.plusMillis(200 + random.nextInt(800));
        life.decide(new Decision(DecisionKind.ARTICLE_X_BALANCE, needsReview ? "NEEDS_REVIEW" : "BALANCED",
                balanceFlags(screening, needsReview), balanced, Actor.SYSTEM, null, null, screening, false));
        if (!needsReview) {
            life.move(RequestStatus.MATCHING, Duration.between(life.now, balanced), Actor.SYSTEM, null);
            return true;
        }
        life.move(RequestStatus.BALANCE_REVIEW, Duration.between(life.now, balanced), Actor.SYSTEM, null);
        Duration hold = lognormal(Duration.ofDays(7), 0.75);
        if (chance(0.03)) {
            life.move(RequestStatus.WITHDRAWN, part(hold), ncp, "Withdrawn by the State during Balance review");
            return false;
        }
        if (hold.compareTo(Duration.ofDays(14)) > 0) {
            life.decide(new Decision(DecisionKind.ESCALATION, "CONTINUE", List.of(), life.now.plus(Duration.ofDays(14))
                    .plus(lognormal(Duration.ofHours(20), 0.5)), MANAGER,
                    "Held beyond the 14-day hold limit: expert opinion awaited, review continues", null, null, false));
        }
        String decision = reviewDecision(outcome, screening.inconsistent());
        boolean deniedInFull = decision.equals("DENY") && (itemCount == 1 || chance(0.5));
        String ground = decision.equals("DENY")
                ? (screening.rules().stream().anyMatch(r -> r.startsWith("UNSC-")) ? "UNSC_MEASURE" : "WEAPON_OR_MEANS_OF_DELIVERY")
                : null;
        Instant decided = life.now.plus(hold);
        life.decide(new Decision(DecisionKind.BALANCE_REVIEW, decision, screening.rules(), decided, MANAGER,
                CaseCatalogue.justification(decision, screening), ground, screening, deniedInFull));
        if (deniedInFull) {
            life.move(RequestStatus.DENIED, hold, Actor.SYSTEM, CaseCatalogue.justification(decision, screening));
            return false;
        }
        life.move(RequestStatus.MATCHING, hold, Actor.SYSTEM, null);
        return true;
    }

    private String reviewDecision(String screeningOutcome, boolean inconsistent) {
        double draw = random.nextDouble();
        return switch (screeningOutcome) {
            case "DENIED" -> draw < 0.55 ? "DENY" : "APPROVE_WITH_CONDITIONS";
            case "REFERRED" -> draw < 0.25 ? "APPROVE" : draw < 0.93 ? "APPROVE_WITH_CONDITIONS" : "DENY";
            default -> inconsistent && draw < 0.7 ? "APPROVE" : "APPROVE_WITH_CONDITIONS";
        };
    }

    private static List<String> balanceFlags(ScreeningDraw screening, boolean needsReview) {
        List<String> flags = new ArrayList<>();
        if (screening.inconsistent()) {
            flags.add("INCONSISTENT_WITH_PRECEDENT");
        }
        if (needsReview && !screening.inconsistent() && screening.restrictedItem() > 1) {
            flags.add("PARTIAL_APPROVAL");
        }
        if (screening.priority()) {
            flags.add("DEVELOPING_STATE_PRIORITY");
        }
        return flags;
    }

    /** One to three donors pledge {@code share} of the estimate at random moments of the funding time. */
    private void pledges(Life life, Duration funding, double share) {
        if (life.cost == null || donors.isEmpty() || share <= 0) {
            return;
        }
        BigDecimal total = share(life.cost, share);
        int count = 1 + random.nextInt(3);
        double[] weights = new double[count];
        long[] offsets = new long[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = 0.2 + random.nextDouble();
            sum += weights[i];
            offsets[i] = Math.round(funding.getSeconds() * 0.95 * random.nextDouble());
        }
        java.util.Arrays.sort(offsets);
        BigDecimal left = total;
        for (int i = 0; i < count; i++) {
            BigDecimal amount = i == count - 1 ? left : share(total, weights[i] / sum);
            left = left.subtract(amount);
            pledge(life, amount, life.now.plusSeconds(offsets[i]), "PLEDGE", false);
        }
    }

    /** The matched offer includes its funding: one pledge of the whole estimate by the offering party. */
    private void offerFunding(Life life) {
        if (life.cost != null && !donors.isEmpty()) {
            pledge(life, life.cost, life.now.plus(minutes(10, 0.5)), "OFFER", false);
        }
    }

    private void pledge(Life life, BigDecimal amount, Instant at, String source, boolean surplus) {
        if (amount == null || amount.signum() <= 0 || at.isAfter(until)) {
            return;
        }
        life.pledges.add(new Pledge(donors.get(random.nextInt(donors.size())), source, amount, at, surplus));
    }

    private static BigDecimal share(BigDecimal amount, double share) {
        return amount.multiply(BigDecimal.valueOf(share)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Up to three proposals from MATCHING; true when one is accepted (the case is then in FUNDING). */
    private boolean match(Life life, AssistanceCategory category) {
        for (int proposal = 0; proposal < 3; proposal++) {
            Duration ranking = minutes(2, 0.5);
            String offer = offers.pick(category, life.now.plus(ranking), random);
            if (offer == null || chance(0.15)) {
                return false;
            }
            Duration confirm = lognormal(Duration.ofHours(30), 0.8);
            life.move(RequestStatus.AWAITING_OFFEROR, ranking.plus(confirm), CASEWORKER, "Offer " + offer + " proposed");
            Instant proposed = life.now;
            Duration answer = lognormal(Duration.ofDays(6), 0.8);
            boolean timedOut = answer.compareTo(Duration.ofDays(21)) > 0;
            Duration waited = timedOut ? Duration.ofDays(21) : answer;
            boolean accepted = !timedOut && chance(0.75);
            Instant responded = proposed.plus(waited);
            if (responded.isAfter(until)) {
                life.proposals.add(new Proposal(offer, score(), "PROPOSED", proposed, null, null, null));
                throw new EndOfHistory();
            }
            String by = timedOut ? Actor.SYSTEM : "offeror";
            life.proposals.add(new Proposal(offer, score(), accepted ? "ACCEPTED" : timedOut ? "TIMED_OUT" : "DECLINED",
                    proposed, by, responded, accepted ? "Accepted" : timedOut ? "No answer in time" : "No capacity this year"));
            if (accepted) {
                life.matchedOfferId = offer;
                life.move(RequestStatus.FUNDING, waited, by, "Offer " + offer + " accepted");
                return true;
            }
            life.move(RequestStatus.MATCHING, waited, by, timedOut ? "No answer in time" : "Offer declined");
        }
        return false;
    }

    private int score() {
        return 40 + random.nextInt(60);
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Duration minutes(double median, double sigma) {
        return lognormal(Duration.ofSeconds(Math.round(median * 60)), sigma);
    }

    /** A log-normal duration: {@code median × e^(sigma·z)}, z standard normal. */
    private Duration lognormal(Duration median, double sigma) {
        double seconds = median.getSeconds() * Math.exp(sigma * random.nextGaussian());
        return Duration.ofSeconds(Math.max(1, Math.round(seconds)));
    }

    private Duration part(Duration whole) {
        return Duration.ofSeconds(Math.max(1, Math.round(whole.getSeconds() * random.nextDouble())));
    }

    private static Duration cap(Duration value, Duration max) {
        return value.compareTo(max) > 0 ? max : value;
    }
}
