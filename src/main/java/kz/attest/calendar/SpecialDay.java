package kz.attest.calendar;

import java.time.LocalDate;

/**
 * One stored calendar entry: a holiday, or one side of a yearly transfer.
 *
 * @param religious   religious holidays (7 January, Kurban Ait) do not move when they fall on a weekend
 * @param legalSource the act that makes the date special (decree number and date when known)
 */
record SpecialDay(LocalDate date, DayKind kind, boolean religious, DayName name, String legalSource) {

    /** A public holiday that moves to the next working day when it falls on a weekend. */
    public static SpecialDay holiday(LocalDate date, DayName name, String legalSource) {
        return new SpecialDay(date, DayKind.HOLIDAY, false, name, legalSource);
    }

    /** A religious holiday: a day off, but never moved (Labour Code art. 85). */
    public static SpecialDay religiousHoliday(LocalDate date, DayName name, String legalSource) {
        return new SpecialDay(date, DayKind.HOLIDAY, true, name, legalSource);
    }
}
