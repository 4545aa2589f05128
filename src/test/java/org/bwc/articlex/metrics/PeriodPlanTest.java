package org.bwc.articlex.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.bwc.articlex.metrics.PeriodPlan.Range;
import org.junit.jupiter.api.Test;

class PeriodPlanTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Range<Instant> days(String from, String to) {
        return new Range<>(Instant.parse(from + "T00:00:00Z"), Instant.parse(to + "T00:00:00Z"));
    }

    private static Range<LocalDate> months(String from, String to) {
        return new Range<>(d(from), d(to));
    }

    @Test
    void noPeriodReadsEveryYearCell() {
        PeriodPlan plan = PeriodPlan.of(null, null);
        assertThat(plan.years()).isEqualTo(new Range<LocalDate>(null, null));
        assertThat(plan.months()).isEmpty();
        assertThat(plan.days()).isEmpty();
    }

    @Test
    void anArbitraryPeriodIsReadAsPartialMonthsWholeMonthsAndWholeYears() {
        PeriodPlan plan = PeriodPlan.of(d("2019-03-15"), d("2023-08-10"));
        assertThat(plan.days()).containsExactly(days("2019-03-15", "2019-04-01"), days("2023-08-01", "2023-08-11"));
        assertThat(plan.months()).containsExactly(months("2019-04-01", "2020-01-01"), months("2023-01-01", "2023-08-01"));
        assertThat(plan.years()).isEqualTo(months("2020-01-01", "2023-01-01"));
    }

    @Test
    void aCalendarYearIsOneYearCell() {
        PeriodPlan plan = PeriodPlan.of(d("2020-01-01"), d("2020-12-31"));
        assertThat(plan.years()).isEqualTo(months("2020-01-01", "2021-01-01"));
        assertThat(plan.months()).isEmpty();
        assertThat(plan.days()).isEmpty();
    }

    @Test
    void wholeMonthsWithinAYearAreMonthCells() {
        PeriodPlan plan = PeriodPlan.of(d("2020-03-01"), d("2020-05-31"));
        assertThat(plan.years()).isNull();
        assertThat(plan.months()).containsExactly(months("2020-03-01", "2020-06-01"));
        assertThat(plan.days()).isEmpty();
    }

    @Test
    void aPeriodWithinOneMonthOrAcrossOneBoundaryIsReadFromTheFacts() {
        assertThat(PeriodPlan.of(d("2020-05-15"), d("2020-05-20")).days()).containsExactly(days("2020-05-15", "2020-05-21"));
        PeriodPlan across = PeriodPlan.of(d("2020-05-15"), d("2020-06-10"));
        assertThat(across.days()).containsExactly(days("2020-05-15", "2020-06-11"));
        assertThat(across.months()).isEmpty();
        assertThat(across.years()).isNull();
    }

    @Test
    void openEndedPeriods() {
        PeriodPlan since = PeriodPlan.of(d("2020-05-15"), null);
        assertThat(since.days()).containsExactly(days("2020-05-15", "2020-06-01"));
        assertThat(since.months()).containsExactly(months("2020-06-01", "2021-01-01"));
        assertThat(since.years()).isEqualTo(new Range<>(d("2021-01-01"), null));
        PeriodPlan until = PeriodPlan.of(null, d("2020-05-14"));
        assertThat(until.days()).containsExactly(days("2020-05-01", "2020-05-15"));
        assertThat(until.months()).containsExactly(months("2020-01-01", "2020-05-01"));
        assertThat(until.years()).isEqualTo(new Range<>(null, d("2020-01-01")));
    }

    @Test
    void everyDayIsReadExactlyOnce() {
        LocalDate start = d("2018-11-20");
        for (int from = 0; from < 800; from += 37) {
            for (int length = 0; length < 900; length += 29) {
                LocalDate a = start.plusDays(from);
                LocalDate b = a.plusDays(length);
                PeriodPlan plan = PeriodPlan.of(a, b);
                for (LocalDate day = a.minusDays(3); !day.isAfter(b.plusDays(3)); day = day.plusDays(1)) {
                    int reads = reads(plan, day);
                    boolean inside = !day.isBefore(a) && !day.isAfter(b);
                    assertThat(reads).as("%s in %s..%s", day, a, b).isEqualTo(inside ? 1 : 0);
                }
            }
        }
    }

    private static int reads(PeriodPlan plan, LocalDate day) {
        int reads = 0;
        Instant at = CellKey.startOfDay(day);
        for (Range<Instant> range : plan.days()) {
            reads += !at.isBefore(range.from()) && at.isBefore(range.to()) ? 1 : 0;
        }
        for (Range<LocalDate> range : plan.months()) {
            reads += in(day.withDayOfMonth(1), range) ? 1 : 0;
        }
        if (plan.years() != null) {
            reads += in(day.withDayOfYear(1), plan.years()) ? 1 : 0;
        }
        return reads;
    }

    private static boolean in(LocalDate periodStart, Range<LocalDate> range) {
        return (range.from() == null || !periodStart.isBefore(range.from()))
                && (range.to() == null || periodStart.isBefore(range.to()));
    }
}
