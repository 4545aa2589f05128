package org.bwc.articlex.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bwc.articlex.reference.AssistanceCategory;
import org.bwc.articlex.reference.Region;

/**
 * A published offer as matching sees it: a snapshot, so {@code remainingCapacity} is the capacity left
 * after the matches already accepted.
 *
 * @param offerId           e.g. {@code OFF-2026-0003}
 * @param offeringParty     ISO3 code of a State Party or an organisation code ({@code WHO}, ...)
 * @param eligibleRegions   UN regional groups whose States may receive the offer; never empty
 * @param languages         languages the assistance is delivered in, normalised by {@link #normaliseLanguage}
 * @param remainingCapacity how many more requests the offer can serve
 * @param validUntil        last day on which the offer may be matched
 */
public record OfferCandidate(
        String offerId,
        String offeringParty,
        AssistanceCategory category,
        Set<Region> eligibleRegions,
        Set<String> languages,
        int remainingCapacity,
        boolean fundingIncluded,
        LocalDate validUntil) {

    private static final Pattern PRIMARY_SUBTAG_END = Pattern.compile("[-_]");

    public OfferCandidate {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(offeringParty, "offeringParty");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(validUntil, "validUntil");
        if (eligibleRegions == null || eligibleRegions.isEmpty()) {
            throw new IllegalArgumentException("eligibleRegions must name at least one region");
        }
        // An EnumSet makes the region filter a bit test; wrapped, since records should not leak mutable state.
        eligibleRegions = Collections.unmodifiableSet(EnumSet.copyOf(eligibleRegions));
        languages = normaliseLanguages(languages);
    }

    /**
     * Lower-cased primary language subtag ("en-GB" and "EN" both become "en"), so that a request's
     * preference and an offer's languages compare equal however the parties wrote them.
     * Returns null for null or blank input.
     */
    public static String normaliseLanguage(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        return PRIMARY_SUBTAG_END.split(language.strip().toLowerCase(Locale.ROOT), 2)[0];
    }

    private static Set<String> normaliseLanguages(Collection<String> languages) {
        if (languages == null) {
            return Set.of();
        }
        return languages.stream()
                .map(OfferCandidate::normaliseLanguage)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }
}
