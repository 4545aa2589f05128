package org.bwc.articlex.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a period of submission dates is read: whole years from the year cells, whole months from the month cells, and
 * the days of a partial month at either end from the facts. From 2019-03-15 to 2023-08-10, say: the facts of
 * 15–31 March 2019, the months April–December 2019, the years 2020–2022, the months January–July 2023 and the facts
 * of 1–10 August 2023. Nulls mean unbounded.
 *
 * @param years  one range of year cells {@code [from, to)} by period start, or null for none
 * @param months ranges of month cells {@code [from, to)}
 * @param days   ranges of submission instants {@code [from, to)} read from the facts
 */
record PeriodPlan(Range<LocalDate> years, List<Range<LocalDate>> months, List<Range<Instant>> days) {

    record Range<T>(T from, T to) {
    }

    /** @param from first day (inclusive), or null; @param to last day (inclusive), or null */
    static PeriodPlan of(LocalDate from, LocalDate to) {
        LocalDate start = from;
        LocalDate end = to == null ? null : to.plusDays(1);
        List<Range<Instant>> days = new ArrayList<>();
        List<Range<LocalDate>> months = new ArrayList<>();
        if (start != null && end != null && !start.isBefore(end)) {
            return new PeriodPlan(null, months, days);
        }
        LocalDate monthsFrom = start == null ? null : ceilMonth(start);
        LocalDate monthsTo = end == null ? null : end.withDayOfMonth(1);
        if (monthsFrom != null && monthsTo != null && !monthsFrom.isBefore(monthsTo)) {
            // within one month, or across one month boundary without a whole month between: days only
            days.add(new Range<>(CellKey.startOfDay(start), CellKey.startOfDay(end)));
            return new PeriodPlan(null, months, days);
        }
        if (start != null && !start.equals(monthsFrom)) {
            days.add(new Range<>(CellKey.startOfDay(start), CellKey.startOfDay(monthsFrom)));
        }
        if (end != null && !end.equals(monthsTo)) {
            days.add(new Range<>(CellKey.startOfDay(monthsTo), CellKey.startOfDay(end)));
        }
        LocalDate yearsFrom = monthsFrom == null ? null : ceilYear(monthsFrom);
        LocalDate yearsTo = monthsTo == null ? null : monthsTo.withDayOfYear(1);
        if (yearsFrom != null && yearsTo != null && !yearsFrom.isBefore(yearsTo)) {
            months.add(new Range<>(monthsFrom, monthsTo));
            return new PeriodPlan(null, months, days);
        }
        if (monthsFrom != null && !monthsFrom.equals(yearsFrom)) {
            months.add(new Range<>(monthsFrom, yearsFrom));
        }
        if (monthsTo != null && !monthsTo.equals(yearsTo)) {
            months.add(new Range<>(yearsTo, monthsTo));
        }
        return new PeriodPlan(new Range<>(yearsFrom, yearsTo), months, days);
    }

    private static LocalDate ceilMonth(LocalDate day) {
        return day.getDayOfMonth() == 1 ? day : day.withDayOfMonth(1).plusMonths(1);
    }

    private static LocalDate ceilYear(LocalDate firstOfMonth) {
        return firstOfMonth.getDayOfYear() == 1 ? firstOfMonth : firstOfMonth.withDayOfYear(1).plusYears(1);
    }
}
