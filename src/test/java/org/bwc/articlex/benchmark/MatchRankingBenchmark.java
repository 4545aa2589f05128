package org.bwc.articlex.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.bwc.articlex.matching.MatchNeed;
import org.bwc.articlex.matching.MatchRanking;
import org.bwc.articlex.matching.OfferCandidate;
import org.bwc.articlex.matching.OfferIndex;
import org.bwc.articlex.matching.RankedCandidate;
import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching (docs/tasklist-walkthrough.md, step 5) against 100,000 published offers: rank one request, top 10. Target: median
 * under 20 ms. {@code rankIndexed} is the production path; {@code rankScan} ranks the raw collection,
 * for comparison; {@code buildIndex} is the one-off cost of a new registry snapshot.
 * Command and results: BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchRankingBenchmark {

    static final int OFFERS = 100_000;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    // Skewed like a real registry: training and equipment dominate, legislation and "other" are rare.
    private static final double[] CATEGORY_WEIGHTS = {20, 18, 12, 10, 4, 8, 7, 12, 6, 3}; // AssistanceCategory order
    private static final double[] REGION_WEIGHTS = {35, 25, 12, 20, 8};                   // Region order
    private static final String[] LANGUAGES = {"en", "fr", "es", "ar", "ru", "zh", "pt"};
    private static final double[] LANGUAGE_ODDS = {0.80, 0.40, 0.30, 0.15, 0.10, 0.08, 0.05};

    private List<OfferCandidate> offers;
    private OfferIndex index;
    private MatchNeed need;

    @Setup
    public void setUp() {
        offers = generateOffers(new Random(20260601L), OFFERS);
        index = OfferIndex.of(offers);
        // The largest bucket (training × African Group) is the worst case for the indexed path.
        need = new MatchNeed("REQ-2026-0042", "KEN", AssistanceCategory.BIOSAFETY_BIOSECURITY_TRAINING,
                Region.AFRICAN, "fr", true);
    }

    @Benchmark
    public List<RankedCandidate> rankIndexed() {
        return MatchRanking.rank(need, index, TODAY, 10);
    }

    @Benchmark
    public List<RankedCandidate> rankScan() {
        return MatchRanking.rank(need, offers, TODAY, 10);
    }

    @Benchmark
    public OfferIndex buildIndex() {
        return OfferIndex.of(offers);
    }

    static List<OfferCandidate> generateOffers(Random random, int count) {
        AssistanceCategory[] categories = AssistanceCategory.values();
        Region[] regions = Region.values();
        List<OfferCandidate> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            AssistanceCategory category = categories[weighted(random, CATEGORY_WEIGHTS)];

            Set<Region> eligible = EnumSet.noneOf(Region.class);
            double breadth = random.nextDouble();
            if (breadth < 0.15) {
                eligible.addAll(EnumSet.allOf(Region.class));         // global offers (WHO, ...)
            } else {
                int wanted = breadth < 0.55 ? 1 : breadth < 0.85 ? 2 : 3;
                while (eligible.size() < wanted) {
                    eligible.add(regions[weighted(random, REGION_WEIGHTS)]);
                }
            }

            Set<String> languages = new LinkedHashSet<>();
            for (int l = 0; l < LANGUAGES.length; l++) {
                if (random.nextDouble() < LANGUAGE_ODDS[l]) {
                    languages.add(LANGUAGES[l]);
                }
            }
            if (languages.isEmpty()) {
                languages.add("en");
            }

            // 10 % fully taken; otherwise mostly a handful of places, a few large programmes.
            int capacity = random.nextDouble() < 0.10 ? 0 : 1 + (int) Math.min(49, -Math.log(1 - random.nextDouble()) * 4);
            boolean funding = random.nextDouble() < 0.40;
            LocalDate validUntil = TODAY.plusDays(random.nextInt(760) - 30); // ~4 % already expired

            generated.add(new OfferCandidate("OFF-%d-%06d".formatted(2024 + i % 3, i), "P" + random.nextInt(250),
                    category, eligible, languages, capacity, funding, validUntil));
        }
        return generated;
    }

    private static int weighted(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
