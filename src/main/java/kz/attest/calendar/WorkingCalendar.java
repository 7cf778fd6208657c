package kz.attest.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The working-day calendar of Kazakhstan: legal deadlines in working days, receipts after hours, calendar days and
 * months. Every module computing a legal deadline asks this facade; dates are local to {@link #ZONE}.
 */
public interface WorkingCalendar {

    /** All of Kazakhstan keeps UTC+5 since 2024-03-01 (tzdata 2024a), which Asia/Almaty reflects. */
    ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** Neither a weekend nor a day off, or a weekend day made working by a transfer. */
    boolean isWorkingDay(LocalDate date);

    /**
     * The working day a receipt counts as received on: its own day when that is a working day and it arrived before
     * the end of working hours; otherwise the next working day (seed 000 ¶4, ¶35, ¶60).
     */
    LocalDate receiptDay(Instant received);

    /** The due date of "within {@code n} working days of receipt": n working days after {@link #receiptDay}. */
    LocalDate addWorkingDays(Instant received, int n);

    /** The n-th working day after {@code date} (the date itself never counts); a negative n counts backwards. */
    LocalDate addWorkingDays(LocalDate date, int n);

    /** The n-th working day before {@code date} ("notice at least 3 working days before the term ends"). */
    LocalDate subtractWorkingDays(LocalDate date, int n);

    /** Receipt day, due date and the instant the term ends, for "within {@code n} working days of receipt". */
    Deadline deadline(Instant received, int n);

    /** The first working day strictly after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date);

    /** The last working day strictly before {@code date}. */
    LocalDate previousWorkingDay(LocalDate date);

    /** Working days in {@code (from, to]}: how far one date is past another; negative when {@code to} is earlier. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The instant {@code minutes} of working time after {@code from}: only minutes inside working hours on working days
     * count (seed 004 appendix 2: "within 30 minutes" to register and to assign). A request received after hours, on a
     * weekend or a holiday starts counting when the next working day begins; so with a 09:00–18:30 day, 30 minutes from
     * 18:10 end at 09:10 on the next working day.
     */
    Instant addWorkingMinutes(Instant from, long minutes);

    /** The instant working hours end on {@code date} (18:30 Almaty time by default). */
    Instant endOfWorkingDay(LocalDate date);

    /** Plain calendar days ("30 calendar days' notice"), weekends and holidays included. */
    LocalDate addCalendarDays(LocalDate date, int days);

    /** Calendar months; the 31st becomes the last day of a shorter month. */
    LocalDate addMonths(LocalDate date, int months);

    /** The year's special days in date order: holidays, moved and transferred days off, weekend days made working. */
    List<CalendarDay> year(int year);

    /** Whether the calendar holds the year's data; otherwise it answers by rule (weekends and fixed holidays). */
    boolean isMaintained(int year);

    /**
     * A calendar over the given days, for tests and tools: years with at least one day are held as given, other years
     * follow the rule.
     */
    static WorkingCalendar of(Collection<SpecialDay> days, LocalTime workdayStart, LocalTime workdayEnd) {
        Map<Integer, List<SpecialDay>> byYear = days.stream().collect(Collectors.groupingBy(d -> d.date().getYear()));
        return new CalendarRules(year -> byYear.containsKey(year)
                ? CalendarYear.of(year, byYear.get(year))
                : CalendarYear.byStatute(year), new WorkingHours(workdayStart, workdayEnd));
    }
}
