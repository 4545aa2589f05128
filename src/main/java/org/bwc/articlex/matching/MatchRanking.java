package org.bwc.articlex.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

import org.bwc.articlex.reference.Region;

/**
 * Ranks the published offers that fit a request (docs/tasklist-walkthrough.md, step 5).
 * <p>
 * <b>Hard filters</b> — an offer is not a candidate at all when its category differs, the requesting
 * State's region is not eligible, it has no remaining capacity, or it expired ({@code validUntil < today}).
 * <p>
 * <b>Score</b> (0–100, every part shown to the caseworker):
 * <table>
 *   <tr><th>criterion</th><th>points</th><th>why</th></tr>
 *   <tr><td>category</td><td>40</td><td>baseline: every candidate fits the category (hard filter)</td></tr>
 *   <tr><td>region</td><td>20</td><td>baseline: every candidate is open to the region (hard filter)</td></tr>
 *   <tr><td>language</td><td>15</td><td>delivered in the request's preferred language; the strongest
 *       soft factor, since training and expertise are of little use in a language the staff lack</td></tr>
 *   <tr><td>capacity</td><td>0–10</td><td>1 point per remaining place, capped at 10: prefer offers
 *       that will not be exhausted by this match</td></tr>
 *   <tr><td>funding</td><td>10</td><td>the offer brings its own funding, so no funding gap to close</td></tr>
 *   <tr><td>developing-State priority</td><td>5</td><td>funded offers for developing States Parties (§4.2
 *       priority): for them funding (10 + 5) weighs as much as language, and the tie-break then
 *       prefers the funded offer</td></tr>
 * </table>
 * The two baselines are constant within one ranking; they keep scores comparable across requests and
 * make the parts a complete account of fit.
 * <p>
 * <b>Order</b>: score desc, then funding included first, remaining capacity desc, validUntil asc (use
 * offers before they lapse), offerId asc — total, so the same inputs always give the same list.
 * <p>
 * <b>Cost</b>: with an {@link OfferIndex}, O(b·log k) for a bucket of b offers (the category × region
 * slice of the registry) and k = limit, via a bounded heap of the k best instead of a full sort;
 * explanations are built only for the k winners. From a raw collection it is O(n·log k).
 */
public final class MatchRanking {

    public static final int CATEGORY_POINTS = 40;
    public static final int REGION_POINTS = 20;
    public static final int LANGUAGE_POINTS = 15;
    public static final int CAPACITY_POINTS_MAX = 10;
    public static final int FUNDING_POINTS = 10;
    public static final int DEVELOPING_STATE_PRIORITY_POINTS = 5;

    private MatchRanking() {
    }

    /** Ranks a raw collection of offers; prefer {@link #rank(MatchNeed, OfferIndex, LocalDate, int)} for repeated use. */
    public static List<RankedCandidate> rank(MatchNeed need, Collection<OfferCandidate> offers, LocalDate today, int limit) {
        return rank(need, offers, today, limit, Set.of());
    }

    /**
     * As {@link #rank(MatchNeed, Collection, LocalDate, int)}, leaving out the given offers: those that
     * already declined or let the proposal for this request time out, so that the next candidate comes up.
     */
    public static List<RankedCandidate> rank(MatchNeed need, Collection<OfferCandidate> offers, LocalDate today, int limit,
                                             Set<String> excludedOfferIds) {
        TopK top = new TopK(limit);
        for (OfferCandidate offer : offers) {
            if (isCandidate(need, offer, today) && !excludedOfferIds.contains(offer.offerId())) {
                top.consider(offer, score(need, offer));
            }
        }
        return top.ranked(need);
    }

    /** Ranks the offers of a prebuilt index: reads only the need's category × region bucket. */
    public static List<RankedCandidate> rank(MatchNeed need, OfferIndex index, LocalDate today, int limit) {
        return rank(need, index, today, limit, Set.of());
    }

    /** As {@link #rank(MatchNeed, OfferIndex, LocalDate, int)}, leaving out the given offers (see the collection variant). */
    public static List<RankedCandidate> rank(MatchNeed need, OfferIndex index, LocalDate today, int limit,
                                             Set<String> excludedOfferIds) {
        TopK top = new TopK(limit);
        // The bucket already satisfies the category, region and capacity filters; only expiry depends on today.
        for (OfferCandidate offer : index.bucket(need.category(), need.region())) {
            if (!offer.validUntil().isBefore(today) && !excludedOfferIds.contains(offer.offerId())) {
                top.consider(offer, score(need, offer));
            }
        }
        return top.ranked(need);
    }

    /** The hard filters: whether the offer may be proposed for the need at all. */
    public static boolean isCandidate(MatchNeed need, OfferCandidate offer, LocalDate today) {
        return offer.category() == need.category()
                && offer.eligibleRegions().contains(need.region())
                && offer.remainingCapacity() > 0
                && !offer.validUntil().isBefore(today);
    }

    /** The score of a candidate; equals the sum of {@link #explain}'s parts. */
    public static int score(MatchNeed need, OfferCandidate offer) {
        return CATEGORY_POINTS + REGION_POINTS + languagePoints(need, offer) + capacityPoints(offer)
                + fundingPoints(offer) + priorityPoints(need, offer);
    }

    /** The parts of a candidate's score, one per criterion, in the order of the class documentation. */
    public static List<ScorePart> explain(MatchNeed need, OfferCandidate offer) {
        return List.of(
                new ScorePart(ScorePart.CATEGORY, CATEGORY_POINTS,
                        "offers " + need.category().label() + ", the category requested"),
                new ScorePart(ScorePart.REGION, REGION_POINTS,
                        "open to States of the " + regionLabel(need.region())),
                new ScorePart(ScorePart.LANGUAGE, languagePoints(need, offer), languageExplanation(need, offer)),
                new ScorePart(ScorePart.CAPACITY, capacityPoints(offer), capacityExplanation(offer)),
                new ScorePart(ScorePart.FUNDING, fundingPoints(offer), offer.fundingIncluded()
                        ? "funding included"
                        : "no funding included: it must be mobilised separately"),
                new ScorePart(ScorePart.DEVELOPING_STATE_PRIORITY, priorityPoints(need, offer),
                        priorityExplanation(need, offer)));
    }

    private static int languagePoints(MatchNeed need, OfferCandidate offer) {
        String preferred = need.preferredLanguage();
        return preferred != null && offer.languages().contains(preferred) ? LANGUAGE_POINTS : 0;
    }

    private static int capacityPoints(OfferCandidate offer) {
        return Math.max(0, Math.min(offer.remainingCapacity(), CAPACITY_POINTS_MAX));
    }

    private static int fundingPoints(OfferCandidate offer) {
        return offer.fundingIncluded() ? FUNDING_POINTS : 0;
    }

    private static int priorityPoints(MatchNeed need, OfferCandidate offer) {
        return need.developingState() && offer.fundingIncluded() ? DEVELOPING_STATE_PRIORITY_POINTS : 0;
    }

    private static String languageExplanation(MatchNeed need, OfferCandidate offer) {
        String preferred = need.preferredLanguage();
        if (preferred == null) {
            return "no preferred language stated";
        }
        if (offer.languages().contains(preferred)) {
            return "delivered in the preferred language (" + preferred + ")";
        }
        String offered = offer.languages().isEmpty()
                ? "no language stated"
                : "offered in " + offer.languages().stream().sorted().collect(Collectors.joining(", "));
        return "not delivered in the preferred language (" + preferred + "): " + offered;
    }

    private static String capacityExplanation(OfferCandidate offer) {
        int left = offer.remainingCapacity();
        return left + (left == 1 ? " place" : " places") + " left (1 point each, at most " + CAPACITY_POINTS_MAX + ")";
    }

    private static String priorityExplanation(MatchNeed need, OfferCandidate offer) {
        if (!need.developingState()) {
            return "not a developing State Party";
        }
        return offer.fundingIncluded()
                ? "developing State Party and the offer brings funding (Article X priority)"
                : "developing State Party, but the offer brings no funding";
    }

    static String regionLabel(Region region) {
        return switch (region) {
            case AFRICAN -> "African Group";
            case ASIA_PACIFIC -> "Asia-Pacific Group";
            case EASTERN_EUROPEAN -> "Eastern European Group";
            case LATIN_AMERICAN_CARIBBEAN -> "Latin American and Caribbean Group";
            case WESTERN_EUROPEAN_OTHERS -> "Western European and Others Group";
        };
    }

    /** Best first; see the class documentation for the order. */
    static int compareBestFirst(OfferCandidate a, int scoreA, OfferCandidate b, int scoreB) {
        int c = Integer.compare(scoreB, scoreA);
        if (c == 0) {
            c = Boolean.compare(b.fundingIncluded(), a.fundingIncluded());
        }
        if (c == 0) {
            c = Integer.compare(b.remainingCapacity(), a.remainingCapacity());
        }
        if (c == 0) {
            c = a.validUntil().compareTo(b.validUntil());
        }
        if (c == 0) {
            c = a.offerId().compareTo(b.offerId());
        }
        return c;
    }

    private record Scored(OfferCandidate offer, int score) {
    }

    /** The k best candidates seen so far, in a heap whose head is the worst of them. */
    private static final class TopK {
        private final int limit;
        private final PriorityQueue<Scored> heap;

        TopK(int limit) {
            if (limit <= 0) {
                throw new IllegalArgumentException("limit must be positive, got " + limit);
            }
            this.limit = limit;
            // Worst first: reverse of the ranking order. Capacity hint capped: limit may be "all".
            this.heap = new PriorityQueue<>(Math.min(limit, 1024) + 1,
                    (x, y) -> compareBestFirst(y.offer(), y.score(), x.offer(), x.score()));
        }

        void consider(OfferCandidate offer, int score) {
            if (heap.size() < limit) {
                heap.add(new Scored(offer, score));
                return;
            }
            Scored worst = heap.peek();
            // Cheap reject on score first: once the heap is full almost every offer stops here.
            if (score < worst.score()
                    || compareBestFirst(offer, score, worst.offer(), worst.score()) >= 0) {
                return;
            }
            heap.poll();
            heap.add(new Scored(offer, score));
        }

        List<RankedCandidate> ranked(MatchNeed need) {
            List<Scored> best = new ArrayList<>(heap);
            best.sort((x, y) -> compareBestFirst(x.offer(), x.score(), y.offer(), y.score()));
            List<RankedCandidate> ranked = new ArrayList<>(best.size());
            for (Scored s : best) {
                ranked.add(new RankedCandidate(s.offer().offerId(), s.offer().offeringParty(), s.score(),
                        explain(need, s.offer())));
            }
            return List.copyOf(ranked);
        }
    }
}
