package org.bwc.articlex.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bwc.articlex.reference.AssistanceCategory.BIOSAFETY_BIOSECURITY_TRAINING;
import static org.bwc.articlex.reference.AssistanceCategory.DIAGNOSTICS;
import static org.bwc.articlex.reference.AssistanceCategory.LABORATORY_EQUIPMENT;
import static org.bwc.articlex.reference.Region.AFRICAN;
import static org.bwc.articlex.reference.Region.ASIA_PACIFIC;
import static org.bwc.articlex.reference.Region.EASTERN_EUROPEAN;
import static org.bwc.articlex.reference.Region.LATIN_AMERICAN_CARIBBEAN;
import static org.bwc.articlex.reference.Region.WESTERN_EUROPEAN_OTHERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected scores are computed by hand from the weights: category 40 + region 20 (every candidate),
 * language 15, capacity min(remaining, 10), funding 10, developing-State priority 5 (funded offers only).
 */
class MatchRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static final OfferCandidate A = offer("OFF-A", "DEU", LABORATORY_EQUIPMENT, Set.of(AFRICAN, ASIA_PACIFIC),
            Set.of("en", "fr"), 3, true, "2027-12-31");
    private static final OfferCandidate B = offer("OFF-B", "FRA", LABORATORY_EQUIPMENT, Set.of(AFRICAN),
            Set.of("fr"), 12, false, "2026-12-31");
    private static final OfferCandidate C = offer("OFF-C", "WHO", LABORATORY_EQUIPMENT, EnumSet.allOf(Region.class),
            Set.of("ar", "en", "es", "fr", "ru", "zh"), 1, true, "2026-06-01");
    private static final OfferCandidate D = offer("OFF-D", "JPN", LABORATORY_EQUIPMENT, Set.of(ASIA_PACIFIC),
            Set.of("en", "ja"), 5, true, "2027-06-30");
    private static final OfferCandidate E_NO_CAPACITY = offer("OFF-E", "NOR", LABORATORY_EQUIPMENT,
            Set.of(AFRICAN, LATIN_AMERICAN_CARIBBEAN), Set.of("en", "es"), 0, true, "2027-12-31");
    private static final OfferCandidate F_EXPIRES_31_MAY = offer("OFF-F", "CAN", LABORATORY_EQUIPMENT, Set.of(AFRICAN),
            Set.of("en", "fr"), 4, true, "2026-05-31");
    private static final OfferCandidate G_TRAINING = offer("OFF-G", "GBR", BIOSAFETY_BIOSECURITY_TRAINING,
            Set.of(AFRICAN), Set.of("en"), 10, true, "2027-12-31");
    private static final OfferCandidate H = offer("OFF-H", "USA", LABORATORY_EQUIPMENT,
            Set.of(LATIN_AMERICAN_CARIBBEAN, EASTERN_EUROPEAN), Set.of("EN", "es-419"), 2, false, "2027-01-31");

    private static final List<OfferCandidate> REGISTRY = List.of(A, B, C, D, E_NO_CAPACITY, F_EXPIRES_31_MAY, G_TRAINING, H);

    // All score 85 for a developing State asking for diagnostics in English; each pair differs in one tie-break.
    private static final List<OfferCandidate> TIES = List.of(
            offer("OFF-T2", "SWE", DIAGNOSTICS, Set.of(AFRICAN), Set.of("en"), 12, false, "2027-01-01"), // 60+15+10
            offer("OFF-T1", "SWE", DIAGNOSTICS, Set.of(AFRICAN), Set.of("fr"), 10, true, "2027-01-01"),  // 60+10+10+5
            offer("OFF-T3", "SWE", DIAGNOSTICS, Set.of(AFRICAN), Set.of("fr"), 11, true, "2027-01-01"),  // capacity 11 > 10
            offer("OFF-T5", "SWE", DIAGNOSTICS, Set.of(AFRICAN), Set.of("fr"), 11, true, "2026-09-30"),  // expires sooner
            offer("OFF-T4", "SWE", DIAGNOSTICS, Set.of(AFRICAN), Set.of("fr"), 11, true, "2026-09-30")); // id T4 < T5

    static Stream<Arguments> rankings() {
        return Stream.of(
                ranking("developing African State, English: funded offers in the language lead",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), REGISTRY, TODAY, 10,
                        "OFF-A=93", "OFF-C=91", "OFF-B=70"),
                ranking("non-developing, French: language now favours B; no priority points",
                        need("MAR", LABORATORY_EQUIPMENT, AFRICAN, "fr", false), REGISTRY, TODAY, 10,
                        "OFF-A=88", "OFF-C=86", "OFF-B=85"),
                ranking("Asia-Pacific, Japanese: only D speaks it",
                        need("LAO", LABORATORY_EQUIPMENT, ASIA_PACIFIC, "ja", true), REGISTRY, TODAY, 10,
                        "OFF-D=95", "OFF-A=78", "OFF-C=76"),
                ranking("Latin America: E has no capacity left, H has no funding",
                        need("CHL", LABORATORY_EQUIPMENT, LATIN_AMERICAN_CARIBBEAN, "es", false), REGISTRY, TODAY, 10,
                        "OFF-C=86", "OFF-H=77"),
                ranking("offer languages are normalised too (EN, es-419)",
                        need("POL", LABORATORY_EQUIPMENT, EASTERN_EUROPEAN, "en", false), REGISTRY, TODAY, 10,
                        "OFF-C=86", "OFF-H=77"),
                ranking("WEOG: only the all-regions offer",
                        need("CHE", LABORATORY_EQUIPMENT, WESTERN_EUROPEAN_OTHERS, "en", false), REGISTRY, TODAY, 10,
                        "OFF-C=86"),
                ranking("full marks: category, region, language, capacity 10, funding, priority",
                        need("KEN", BIOSAFETY_BIOSECURITY_TRAINING, AFRICAN, "en", true), REGISTRY, TODAY, 10,
                        "OFF-G=100"),
                ranking("no offer in the category: open need",
                        need("KEN", DIAGNOSTICS, AFRICAN, "en", true), REGISTRY, TODAY, 10),
                ranking("no preferred language: nobody earns language points",
                        need("NGA", LABORATORY_EQUIPMENT, AFRICAN, null, false), REGISTRY, TODAY, 10,
                        "OFF-A=73", "OFF-C=71", "OFF-B=70"),
                ranking("preferred language normalised (EN-gb is en)",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "EN-gb", true), REGISTRY, TODAY, 10,
                        "OFF-A=93", "OFF-C=91", "OFF-B=70"),
                ranking("limit keeps the best k",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), REGISTRY, TODAY, 2,
                        "OFF-A=93", "OFF-C=91"),
                ranking("limit 1",
                        need("LAO", LABORATORY_EQUIPMENT, ASIA_PACIFIC, "ja", true), REGISTRY, TODAY, 1,
                        "OFF-D=95"),
                ranking("the day after C's validUntil, C has expired",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), REGISTRY, TODAY.plusDays(1), 10,
                        "OFF-A=93", "OFF-B=70"),
                ranking("on F's validUntil, F is still valid and leads",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), REGISTRY, LocalDate.of(2026, 5, 31), 10,
                        "OFF-F=94", "OFF-A=93", "OFF-C=91", "OFF-B=70"),
                ranking("input order does not matter",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), reversed(REGISTRY), TODAY, 10,
                        "OFF-A=93", "OFF-C=91", "OFF-B=70"),
                ranking("ties: funding first, then capacity desc, then validUntil asc, then offerId asc",
                        need("UGA", DIAGNOSTICS, AFRICAN, "en", true), TIES, TODAY, 10,
                        "OFF-T4=85", "OFF-T5=85", "OFF-T3=85", "OFF-T1=85", "OFF-T2=85"),
                ranking("ties under a limit keep the winners of the tie-break",
                        need("UGA", DIAGNOSTICS, AFRICAN, "en", true), reversed(TIES), TODAY, 3,
                        "OFF-T4=85", "OFF-T5=85", "OFF-T3=85"),
                ranking("empty registry",
                        need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), List.of(), TODAY, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankings")
    void ranksFromACollection(String name, MatchNeed need, List<OfferCandidate> offers, LocalDate today, int limit,
                              List<String> expected) {
        assertThat(summary(MatchRanking.rank(need, offers, today, limit))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankings")
    void ranksFromAnIndex(String name, MatchNeed need, List<OfferCandidate> offers, LocalDate today, int limit,
                          List<String> expected) {
        assertThat(summary(MatchRanking.rank(need, OfferIndex.of(offers), today, limit))).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> hardFilters() {
        MatchNeed kenya = need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true);
        return Stream.of(
                Arguments.of("fits", kenya, A, TODAY, true),
                Arguments.of("category differs", kenya, G_TRAINING, TODAY, false),
                Arguments.of("region not eligible", kenya, D, TODAY, false),
                Arguments.of("no remaining capacity", kenya, E_NO_CAPACITY, TODAY, false),
                Arguments.of("expired yesterday", kenya, F_EXPIRES_31_MAY, TODAY, false),
                Arguments.of("valid through its last day", kenya, F_EXPIRES_31_MAY, LocalDate.of(2026, 5, 31), true),
                Arguments.of("language is soft, not a filter", kenya, B, TODAY, true),
                Arguments.of("funding is soft, not a filter", need("CHL", LABORATORY_EQUIPMENT,
                        LATIN_AMERICAN_CARIBBEAN, "es", false), H, TODAY, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardFilters")
    void appliesTheHardFilters(String name, MatchNeed need, OfferCandidate offer, LocalDate today, boolean candidate) {
        assertThat(MatchRanking.isCandidate(need, offer, today)).isEqualTo(candidate);
    }

    @Test
    void explainsEveryPartOfTheScoreToTheCaseworker() {
        MatchNeed need = need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true);

        RankedCandidate b = MatchRanking.rank(need, List.of(B), TODAY, 1).get(0);

        assertThat(b.offerId()).isEqualTo("OFF-B");
        assertThat(b.offeringParty()).isEqualTo("FRA");
        assertThat(b.parts()).containsExactly(
                new ScorePart(ScorePart.CATEGORY, 40, "offers Laboratory equipment, the category requested"),
                new ScorePart(ScorePart.REGION, 20, "open to States of the African Group"),
                new ScorePart(ScorePart.LANGUAGE, 0, "not delivered in the preferred language (en): offered in fr"),
                new ScorePart(ScorePart.CAPACITY, 10, "12 places left (1 point each, at most 10)"),
                new ScorePart(ScorePart.FUNDING, 0, "no funding included: it must be mobilised separately"),
                new ScorePart(ScorePart.DEVELOPING_STATE_PRIORITY, 0, "developing State Party, but the offer brings no funding"));
        assertThat(b.score()).isEqualTo(70);
    }

    @Test
    void explainsTheFundedMatchForADevelopingState() {
        RankedCandidate c = MatchRanking.rank(need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true), List.of(C), TODAY, 1)
                .get(0);

        assertThat(c.parts()).extracting(ScorePart::explanation).containsExactly(
                "offers Laboratory equipment, the category requested",
                "open to States of the African Group",
                "delivered in the preferred language (en)",
                "1 place left (1 point each, at most 10)",
                "funding included",
                "developing State Party and the offer brings funding (Article X priority)");
    }

    @Test
    void indexAndCollectionAgreeOnARandomRegistry() {
        Random random = new Random(42);
        List<OfferCandidate> offers = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            offers.add(randomOffer(random, i));
        }
        OfferIndex index = OfferIndex.of(offers);
        for (int i = 0; i < 200; i++) {
            MatchNeed need = need("S" + i, pick(random, AssistanceCategory.values()), pick(random, Region.values()),
                    pick(random, new String[] {"en", "fr", "es", "ar", null}), random.nextBoolean());
            List<RankedCandidate> fromIndex = MatchRanking.rank(need, index, TODAY, 10);
            List<RankedCandidate> fromCollection = MatchRanking.rank(need, offers, TODAY, 10);
            assertThat(fromIndex).isEqualTo(fromCollection);
            assertThat(fromIndex).allSatisfy(r ->
                    assertThat(r.parts().stream().mapToInt(ScorePart::points).sum()).isEqualTo(r.score()));
            assertThat(fromIndex).isSortedAccordingTo((x, y) -> Integer.compare(y.score(), x.score()));
        }
    }

    @Test
    void leavesOutOffersAlreadyDeclinedSoTheNextCandidateComesUp() {
        MatchNeed need = need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true);
        Set<String> declined = Set.of("OFF-A", "OFF-X");

        assertThat(summary(MatchRanking.rank(need, REGISTRY, TODAY, 2, declined))).containsExactly("OFF-C=91", "OFF-B=70");
        assertThat(summary(MatchRanking.rank(need, OfferIndex.of(REGISTRY), TODAY, 2, declined)))
                .containsExactly("OFF-C=91", "OFF-B=70");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(nullValues = "NULL", value = {"en, en", "EN, en", "en-GB, en", "pt_BR, pt", "' fr ', fr", "es-419, es",
            "'', NULL", "NULL, NULL"})
    void normalisesLanguagesToTheirPrimarySubtag(String written, String normalised) {
        assertThat(OfferCandidate.normaliseLanguage(written)).isEqualTo(normalised);
    }

    @Test
    void indexLeavesOutOffersWithoutCapacityAndCountsEachOfferOnce() {
        assertThat(OfferIndex.of(REGISTRY).size()).isEqualTo(REGISTRY.size() - 1);
    }

    @Test
    void indexRejectsADuplicateOfferId() {
        assertThatThrownBy(() -> OfferIndex.of(List.of(A, A)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OFF-A");
    }

    @Test
    void rejectsANonPositiveLimit() {
        MatchNeed need = need("KEN", LABORATORY_EQUIPMENT, AFRICAN, "en", true);
        assertThatThrownBy(() -> MatchRanking.rank(need, REGISTRY, TODAY, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void anOfferMustBeOpenToSomeRegion() {
        assertThatThrownBy(() -> offer("OFF-X", "DEU", DIAGNOSTICS, Set.of(), Set.of("en"), 1, true, "2027-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("eligibleRegions");
    }

    private static Arguments ranking(String name, MatchNeed need, List<OfferCandidate> offers, LocalDate today, int limit,
                                     String... expected) {
        return Arguments.of(name, need, offers, today, limit, List.of(expected));
    }

    private static List<String> summary(List<RankedCandidate> ranked) {
        return ranked.stream().map(r -> r.offerId() + "=" + r.score()).toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    static MatchNeed need(String state, AssistanceCategory category, Region region, String language, boolean developing) {
        return new MatchNeed("REQ-2026-0001", state, category, region, language, developing);
    }

    static OfferCandidate offer(String id, String party, AssistanceCategory category, Set<Region> regions,
                                Set<String> languages, int capacity, boolean funding, String validUntil) {
        return new OfferCandidate(id, party, category, regions, languages, capacity, funding, LocalDate.parse(validUntil));
    }

    private static OfferCandidate randomOffer(Random random, int i) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        do {
            regions.add(pick(random, Region.values()));
        } while (random.nextInt(3) > 0);
        // Few distinct values, so ties are common and the tie-break is exercised.
        return new OfferCandidate("OFF-" + i, "P" + random.nextInt(20), pick(random, AssistanceCategory.values()), regions,
                Set.of(pick(random, new String[] {"en", "fr", "es", "ar"})), random.nextInt(4), random.nextBoolean(),
                TODAY.plusDays(random.nextInt(20) - 5));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
