package org.bwc.articlex.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A row of {@code metrics_cell}: the requests submitted in one calendar month ({@code M}) or year ({@code Y}), UTC,
 * of one region (or {@link #ALL}) and one category (or {@link #ALL}); or ({@code X}) the requests matched in one
 * calendar year, which count only towards {@code matched}.
 */
record CellKey(char grain, LocalDate periodStart, String region, String category) implements Comparable<CellKey> {

    static final String ALL = "*";
    static final char MONTH = 'M';
    static final char YEAR = 'Y';
    static final char MATCH_YEAR = 'X';

    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::region)
            .thenComparing(CellKey::category).thenComparing(CellKey::grain).thenComparing(CellKey::periodStart);

    /**
     * The cells a case counts in: the month and year of its submission, each for its region and category and their
     * totals; once matched, also the year of the match (four more).
     */
    static List<CellKey> of(CaseFacts facts) {
        LocalDate day = LocalDate.ofInstant(facts.createdAt(), ZoneOffset.UTC);
        LocalDate month = day.withDayOfMonth(1);
        LocalDate year = day.withDayOfYear(1);
        LocalDate matched = facts.matchedAt() == null ? null
                : LocalDate.ofInstant(facts.matchedAt(), ZoneOffset.UTC).withDayOfYear(1);
        List<CellKey> keys = new ArrayList<>(12);
        for (String region : new String[] {facts.region(), ALL}) {
            for (String category : new String[] {facts.category(), ALL}) {
                keys.add(new CellKey(MONTH, month, region, category));
                keys.add(new CellKey(YEAR, year, region, category));
                if (matched != null) {
                    keys.add(new CellKey(MATCH_YEAR, matched, region, category));
                }
            }
        }
        return keys;
    }

    /** Adds a case's contribution to this cell: everything, or for a match-year cell its match alone. */
    void contribute(CellSummary cell, CaseFacts facts, int sign) {
        if (grain == MATCH_YEAR) {
            cell.matched += sign;
        } else {
            cell.add(facts, sign);
        }
    }

    static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public int compareTo(CellKey other) {
        return ORDER.compare(this, other);
    }
}
