package org.bwc.articlex.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;

/**
 * Immutable snapshot of the published offers, bucketed by category and eligible region, so that ranking
 * reads only the offers that can fit a request instead of the whole registry.
 * <p>
 * Build once per change of the offer registry (an offer published, expired or matched) and share: it is
 * thread-safe. Build is O(n·r) time and references, r ≤ 5 being the regions an offer is open to.
 * Offers with no remaining capacity are left out, since no request can use them until the next snapshot;
 * expiry depends on the day of ranking and is checked by {@link MatchRanking}.
 */
public final class OfferIndex {

    private static final OfferCandidate[] EMPTY = new OfferCandidate[0];

    private final Map<AssistanceCategory, Map<Region, OfferCandidate[]>> buckets;
    private final int size;

    private OfferIndex(Map<AssistanceCategory, Map<Region, OfferCandidate[]>> buckets, int size) {
        this.buckets = buckets;
        this.size = size;
    }

    /** @throws IllegalArgumentException if two offers share an id (a broken snapshot would rank one offer twice) */
    public static OfferIndex of(Collection<OfferCandidate> offers) {
        Map<AssistanceCategory, Map<Region, List<OfferCandidate>>> lists = new EnumMap<>(AssistanceCategory.class);
        Set<String> ids = new HashSet<>(offers.size() * 4 / 3 + 1);
        int size = 0;
        for (OfferCandidate offer : offers) {
            if (!ids.add(offer.offerId())) {
                throw new IllegalArgumentException("duplicate offerId " + offer.offerId());
            }
            if (offer.remainingCapacity() <= 0) {
                continue;
            }
            Map<Region, List<OfferCandidate>> byRegion =
                    lists.computeIfAbsent(offer.category(), c -> new EnumMap<>(Region.class));
            for (Region region : offer.eligibleRegions()) {
                byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(offer);
            }
            size++;
        }
        // Arrays, not lists: the ranking loop is the hot path and iterates them without iterators or casts.
        Map<AssistanceCategory, Map<Region, OfferCandidate[]>> buckets = new EnumMap<>(AssistanceCategory.class);
        lists.forEach((category, byRegion) -> {
            Map<Region, OfferCandidate[]> arrays = new EnumMap<>(Region.class);
            byRegion.forEach((region, list) -> arrays.put(region, list.toArray(EMPTY)));
            buckets.put(category, arrays);
        });
        return new OfferIndex(buckets, size);
    }

    /** Number of indexed offers (those with capacity left), each counted once whatever its regions. */
    public int size() {
        return size;
    }

    /** The offers of this category open to this region, with capacity left; shared array, do not modify. */
    OfferCandidate[] bucket(AssistanceCategory category, Region region) {
        Map<Region, OfferCandidate[]> byRegion = buckets.get(category);
        if (byRegion == null) {
            return EMPTY;
        }
        return byRegion.getOrDefault(region, EMPTY);
    }
}
