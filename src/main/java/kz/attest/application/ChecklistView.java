package kz.attest.application;

import kz.attest.catalogue.LegalRef;
import kz.attest.catalogue.LocalizedText;
import kz.attest.catalogue.QualificationRequirement.RegistryKind;

import java.time.Instant;
import java.util.List;

/**
 * The qualification-requirements checklist of one application (¶5, ¶80): each catalogue item with its mark (met or
 * not, the note, who checked and when; {@code met} is {@code null} while unmarked) and the registry checks run so far.
 */
public record ChecklistView(long applicationId, String registrationNumber, String applicantIin,
                            ApplicationStatus status, boolean open, List<Item> items,
                            List<RegistryCheckView> registryChecks) {

    /** Whether every item is marked and met, so the applicant may be admitted. */
    public boolean allMet() {
        return items.stream().allMatch(i -> Boolean.TRUE.equals(i.met()));
    }

    /** One item of the checklist with its mark. */
    public record Item(String code, LocalizedText label, LegalRef ref, RegistryKind registry, Boolean met, String note,
                       String checkedBy, Instant checkedAt) {

        /** When it was marked, in Almaty time, or {@code null}. */
        public java.time.LocalDateTime checkedLocal() {
            return checkedAt == null ? null : java.time.LocalDateTime.ofInstant(checkedAt,
                    kz.attest.calendar.WorkingCalendar.ZONE);
        }
    }
}
