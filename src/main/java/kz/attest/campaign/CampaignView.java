package kz.attest.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign with its exam days and the experts called, each with the day they sit and whether they were notified. */
record CampaignView(long id, String providerId, CampaignKind kind, String title, ExtraordinaryDecider decidedBy,
                           String basis, CampaignStatus status, String createdBy, Instant createdAt, String announcedBy,
                           Instant announcedAt, List<ExamDay> days, List<Participant> participants) {

    /** The first exam day: notices must go out at least 30 calendar days before it (¶30). */
    public LocalDate firstExamDay() {
        return days.isEmpty() ? null : days.getFirst().examDate();
    }

    /** An expert called to the campaign. */
    public record Participant(long expertId, String iin, String fullName, ExpertKind kind, LocalDate examDate,
                              LocalDate submissionDate, boolean hasAccount, boolean notified) {
    }
}
