package kz.attest.calendar;

import java.time.LocalTime;

/** The provider's working hours on a working day, Almaty time. */
record WorkingHours(LocalTime start, LocalTime end) {

    WorkingHours {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must start before they end: " + start + "–" + end);
        }
    }

    boolean isOver(LocalTime time) {
        return !time.isBefore(end);
    }
}
