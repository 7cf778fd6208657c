package kz.attest.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The years the calendar accepts in requests and edits, and parsing of year and date parameters. */
final class CalendarYears {

    static final int FIRST = 2000;
    static final int LAST = 2100;

    private CalendarYears() {
    }

    static int parseYear(String text) {
        if (text == null || text.isBlank()) {
            throw CalendarRefusal.invalid("calendar.error.year-invalid", FIRST, LAST);
        }
        int year;
        try {
            year = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw CalendarRefusal.invalid("calendar.error.year-invalid", FIRST, LAST);
        }
        return checkYear(year);
    }

    static int checkYear(int year) {
        if (year < FIRST || year > LAST) {
            throw CalendarRefusal.invalid("calendar.error.year-invalid", FIRST, LAST);
        }
        return year;
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw CalendarRefusal.invalid("calendar.error.date-invalid");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw CalendarRefusal.invalid("calendar.error.date-invalid");
        }
        checkYear(date.getYear());
        return date;
    }
}
