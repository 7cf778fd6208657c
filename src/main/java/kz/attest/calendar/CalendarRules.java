package kz.attest.calendar;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Working-day arithmetic over years supplied by a source (the database cache, or fixed data in tests). */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class CalendarRules implements WorkingCalendar {

    /** More working days than any legal term; a guard against looping forever over a broken calendar. */
    private static final int MAX_STEPS = 20_000;

    private final IntFunction<CalendarYear> years;
    private final WorkingHours hours;

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (date.getMonth() == Month.JANUARY) {
            // a late-December holiday on a weekend may move its day off into January
            CalendarDay spilled = years.apply(date.getYear() - 1).spilledIntoNextYear().get(date);
            if (spilled != null) {
                return false;
            }
        }
        return years.apply(date.getYear()).isWorkingDay(date);
    }

    @Override
    public LocalDate receiptDay(Instant received) {
        ZonedDateTime local = received.atZone(ZONE);
        LocalDate day = local.toLocalDate();
        // seed 000 ¶4: received after working hours, on a weekend or a holiday → the next working day
        return isWorkingDay(day) && !hours.isOver(local.toLocalTime()) ? day : nextWorkingDay(day);
    }

    @Override
    public LocalDate addWorkingDays(Instant received, int n) {
        return addWorkingDays(receiptDay(received), n);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        for (int i = 0; i < Math.abs(n); i++) {
            day = n > 0 ? nextWorkingDay(day) : previousWorkingDay(day);
        }
        return day;
    }

    @Override
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        return addWorkingDays(date, -n);
    }

    @Override
    public Deadline deadline(Instant received, int n) {
        LocalDate receiptDay = receiptDay(received);
        LocalDate due = addWorkingDays(receiptDay, n);
        return new Deadline(received, receiptDay, n, due, endOfWorkingDay(due));
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        return step(date, 1);
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        return step(date, -1);
    }

    private LocalDate step(LocalDate date, int direction) {
        LocalDate day = date.plusDays(direction);
        for (int i = 0; i < MAX_STEPS; i++) {
            if (isWorkingDay(day)) {
                return day;
            }
            day = day.plusDays(direction);
        }
        throw new IllegalStateException("No working day within " + MAX_STEPS + " days of " + date);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public Instant addWorkingMinutes(Instant from, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Working time is counted forwards only: " + minutes);
        }
        LocalDateTime at = LocalDateTime.ofInstant(from, ZONE);
        Duration left = Duration.ofMinutes(minutes);
        for (int i = 0; i < MAX_STEPS; i++) {
            LocalDate day = at.toLocalDate();
            LocalDateTime opens = day.atTime(hours.start());
            LocalDateTime closes = day.atTime(hours.end());
            if (!isWorkingDay(day) || !at.isBefore(closes)) {
                at = nextWorkingDay(day).atTime(hours.start());
                continue;
            }
            if (at.isBefore(opens)) {
                at = opens;
            }
            Duration today = Duration.between(at, closes);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).atZone(ZONE).toInstant();
            }
            left = left.minus(today);
            at = closes;
        }
        throw new IllegalStateException("No end of " + minutes + " working minutes within " + MAX_STEPS + " days");
    }

    @Override
    public Instant endOfWorkingDay(LocalDate date) {
        return date.atTime(hours.end()).atZone(ZONE).toInstant();
    }

    @Override
    public LocalDate addCalendarDays(LocalDate date, int days) {
        return date.plusDays(days);
    }

    @Override
    public LocalDate addMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    @Override
    public List<CalendarDay> year(int year) {
        List<CalendarDay> days = new ArrayList<>(years.apply(year - 1).spilledIntoNextYear().values());
        days.addAll(years.apply(year).days());
        return List.copyOf(days);
    }

    @Override
    public boolean isMaintained(int year) {
        return years.apply(year).maintained();
    }
}
