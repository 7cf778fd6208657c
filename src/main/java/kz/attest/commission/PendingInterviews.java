package kz.attest.commission;

import kz.attest.InPublishersTransaction;
import kz.attest.application.AdmittedCandidate;
import kz.attest.application.Applications;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.delivery.SittingCompleted;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** A passed sitting of a service whose catalogue entry switches the interview on makes an interview pending. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PendingInterviews {

    private final InterviewRows rows;
    private final Applications applications;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * A passed sitting of a service with the interview switched on makes an interview pending for its application
     * (once per sitting, however often the event arrives).
     */
    @InPublishersTransaction(why = "decision.Results records in this same transaction that an interview follows the"
            + " passed sitting; the register must never wait for an interview that does not exist (nobody could plan it)")
    public void on(SittingCompleted event) {
        if (!event.passed() || event.applicationId().isEmpty()) {
            return;
        }
        if (!catalogue.find(event.service()).map(ServiceDefinition::interviewHeld).orElse(false)) {
            return;
        }
        long applicationId = event.applicationId().get();
        Optional<AdmittedCandidate> candidate = applications.admitted(Optional.of(event.service())).stream()
                .filter(c -> c.applicationId() == applicationId).findFirst();
        if (candidate.isEmpty()) {
            return;   // not an admitted application of a provider: nobody to interview for
        }
        AdmittedCandidate c = candidate.get();
        LocalDate testDay = event.completedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        if (rows.insertPending(event.sittingId(), applicationId, c.registrationNumber(), c.accountId(),
                c.applicantIin(), event.service().value(), c.providerId(), c.specialties(), testDay, clock.instant())) {
            audit.record("system", "commission.interview-pending", Interview.ENTITY, event.sittingId().toString(),
                    "application " + c.registrationNumber() + ", " + event.service() + ", provider " + c.providerId()
                            + ", test day " + testDay);
        }
    }
}
