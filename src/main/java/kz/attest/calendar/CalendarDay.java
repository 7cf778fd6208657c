package kz.attest.calendar;

import java.time.LocalDate;

/**
 * A date that differs from the plain Monday–Friday week, as the calendar resolves it.
 *
 * @param movedFrom for a {@link DayKind#MOVED_DAY_OFF}, the weekend holiday it replaces; otherwise null
 */
record CalendarDay(LocalDate date, DayKind kind, boolean religious, DayName name, String legalSource,
                          LocalDate movedFrom) {

    static CalendarDay of(SpecialDay day) {
        return new CalendarDay(day.date(), day.kind(), day.religious(), day.name(), day.legalSource(), null);
    }

    public boolean isDayOff() {
        return kind.isDayOff();
    }
}
