package kz.attest.notification;

import kz.attest.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A notice as its recipient reads it in the cabinet, put into words in the reader's language.
 *
 * @param read whether the recipient has marked it read
 */
public record NoticeView(long id, String template, String subject, String body, Instant createdAt, boolean read,
                         String subjectType, String subjectId) {

    /** When it was received, on Almaty time. */
    public LocalDateTime createdAtLocal() {
        return LocalDateTime.ofInstant(createdAt, WorkingCalendar.ZONE);
    }
}
