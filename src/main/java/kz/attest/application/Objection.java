package kz.attest.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The applicant's objection to a preliminary refusal (¶7, ¶37, ¶62, ¶81), shown to the provider's officers.
 *
 * @param dueDate the last day an objection was accepted (2 working days after the notice)
 */
record Objection(long id, long applicationId, String text, String submittedBy, Instant submittedAt,
                        LocalDate dueDate, List<File> files) {

    public Objection {
        files = List.copyOf(files);
    }

    /** When it was submitted, in Almaty time. */
    public LocalDateTime submittedAtLocal() {
        return LocalDateTime.ofInstant(submittedAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }

    /** A file attached to the objection (content type detected from its bytes). */
    public record File(UUID id, String fileName, String contentType, long size, String sha256) {
    }
}
