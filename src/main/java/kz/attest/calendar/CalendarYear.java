package kz.attest.calendar;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * One year of the calendar: its stored special days plus the days off that weekend holidays move to. Immutable;
 * built once per load and shared by every request.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class CalendarYear {

    private final int year;
    private final boolean maintained;
    /** Every special date, including moved days off; a moved day off may spill into the next year. */
    private final NavigableMap<LocalDate, CalendarDay> days;

    /** The year as an administrator keeps it in the calendar. */
    static CalendarYear of(int year, Collection<SpecialDay> stored) {
        NavigableMap<LocalDate, CalendarDay> days = new TreeMap<>();
        for (SpecialDay day : stored) {
            if (day.date().getYear() != year || !day.kind().isStored()) {
                throw new IllegalArgumentException("Not a stored day of " + year + ": " + day);
            }
            days.put(day.date(), CalendarDay.of(day));
        }
        addMovedDaysOff(days);
        return new CalendarYear(year, true, days);
    }

    /** A year the calendar does not hold: weekends and the fixed statutory holidays only. */
    static CalendarYear byStatute(int year) {
        CalendarYear rule = of(year, StatutoryHolidays.forYear(year));
        return new CalendarYear(year, false, rule.days);
    }

    /*
     * Labour Code art. 85: when a holiday falls on a day off, the next working day after the holiday is a day off,
     * except for religious holidays. Holidays are taken in date order, so Nauryz on Saturday and Sunday followed by a
     * Monday holiday gives Tuesday and Wednesday (2026: 24 and 25 March).
     */
    private static void addMovedDaysOff(NavigableMap<LocalDate, CalendarDay> days) {
        Set<LocalDate> taken = new HashSet<>();
        days.values().stream().filter(CalendarDay::isDayOff).forEach(d -> taken.add(d.date()));
        List<CalendarDay> weekendHolidays = days.values().stream()
                .filter(d -> d.kind() == DayKind.HOLIDAY && !d.religious() && isWeekend(d.date()))
                .sorted(Comparator.comparing(CalendarDay::date))
                .toList();
        for (CalendarDay holiday : weekendHolidays) {
            LocalDate moved = holiday.date().plusDays(1);
            while (isWeekend(moved) || taken.contains(moved)) {
                moved = moved.plusDays(1);
            }
            taken.add(moved);
            days.put(moved, new CalendarDay(moved, DayKind.MOVED_DAY_OFF, false, holiday.name(),
                    holiday.legalSource(), holiday.date()));
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    int year() {
        return year;
    }

    boolean maintained() {
        return maintained;
    }

    /** The resolved special day on a date this year answers for (its own dates and spilled moved days). */
    CalendarDay day(LocalDate date) {
        return days.get(date);
    }

    /** Whether a date of this year is worked: a weekday that is no day off, or a weekend day made working. */
    boolean isWorkingDay(LocalDate date) {
        CalendarDay special = days.get(date);
        return special != null ? !special.isDayOff() : !isWeekend(date);
    }

    /** This year's special days in date order, without days spilled into the next year. */
    List<CalendarDay> days() {
        return days.headMap(LocalDate.of(year + 1, 1, 1), false).values().stream().toList();
    }

    /** Moved days off that a late-December holiday pushed into the next year. */
    Map<LocalDate, CalendarDay> spilledIntoNextYear() {
        return days.tailMap(LocalDate.of(year + 1, 1, 1), true);
    }
}
