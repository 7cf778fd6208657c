package kz.attest.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads the {@code from} parameter: an ISO instant or offset date-time, or a local date-time read as Almaty time. */
final class ReceiptTime {

    private ReceiptTime() {
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            throw CalendarRefusal.invalid("calendar.error.from-missing");
        }
        String value = text.strip();
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                instant = LocalDateTime.parse(value).atZone(WorkingCalendar.ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw CalendarRefusal.invalid("calendar.error.from-invalid", value);
            }
        }
        int year = LocalDate.ofInstant(instant, WorkingCalendar.ZONE).getYear();
        if (year < CalendarYears.FIRST || year > CalendarYears.LAST) {
            throw CalendarRefusal.invalid("calendar.error.year-invalid", CalendarYears.FIRST, CalendarYears.LAST);
        }
        return instant;
    }
}
