package kz.attest.appeal;

import kz.attest.calendar.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A complaint and its answer, as the applicant and the addressee's staff see it.
 *
 * @param reference          the complaint's reference, e.g. {@code APL-42}
 * @param applicationNumber  the registration number of the application complained about, or {@code null}
 * @param applicationStatus  the application's status when the complaint was filed
 * @param addresseeOrganisation the organisation that must answer
 * @param registeredOn       the working day the complaint counts as registered on (after hours: the next one)
 * @param dueDate            the last working day of the answer (¶101)
 * @param reopened           whether an upheld answer reopened the application's step or revoked its decision
 */
record AppealView(long id, String reference, long applicationId, String applicationNumber, String service,
                         String providerId, String applicationStatus, AppealAddressee addressee,
                         String addresseeOrganisation, AppealSubject subject, String text, Instant filedAt,
                         LocalDate registeredOn, LocalDate dueDate, AppealStatus status, String answer,
                         String answeredBy, Instant answeredAt, boolean reopened, boolean overdue,
                         List<AppealFileView> files) {

    public boolean open() {
        return status == AppealStatus.OPEN;
    }

    public LocalDateTime filedLocal() {
        return LocalDateTime.ofInstant(filedAt, WorkingCalendar.ZONE);
    }

    public LocalDateTime answeredLocal() {
        return answeredAt == null ? null : LocalDateTime.ofInstant(answeredAt, WorkingCalendar.ZONE);
    }
}
