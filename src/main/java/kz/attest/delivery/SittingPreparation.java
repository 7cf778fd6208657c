package kz.attest.delivery;

import kz.attest.InPublishersTransaction;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TermUnit;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.CandidateMovedSeat;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns the scheduling module's check-in into a sitting with one waiting attempt per stage, and a seat move into a
 * new one-time code at the new seat. Both synchronous, in the proctor's transaction (the exceptions to the rule of
 * docs/architecture.md, "Reactions"; the why beside each). The forms are assembled after the check-in commits, by
 * {@link FormPreparation}, never here.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SittingPreparation {

    private final ExamRows rows;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    @InPublishersTransaction(why = "the one-time code on the proctor's screen must work at once, and a check-in"
            + " without its sitting must never exist")
    public void on(CandidateCheckedIn event) {
        ServiceDefinition service = catalogue.get(event.service());
        if (event.stages().isEmpty()) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NO_STAGES);
        }
        SittingRow sitting = new SittingRow(event.sittingId(), event.sessionId(), event.applicationId().orElse(null),
                event.accountId(), event.iin(), event.fullName(), service.code().value(),
                event.specialty().orElse(null), event.centreId(), event.hallId(), event.seatId(), event.seatLabel(),
                event.hallPolicy().safeExamBrowserKeyHex().orElse(null), event.hallPolicy().allowedIpRanges(), null,
                "CHECKED_IN", event.checkedInAt(), false, event.hallPolicy().safeExamBrowserKeyKind());
        if (!rows.insertSitting(sitting, DigestUtils.sha256Hex(event.workstationCode()))) {
            return; // the same check-in delivered twice
        }
        for (int number : event.stages()) {
            Stage stage = service.stage(number)
                    .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.UNKNOWN_STAGE, number));
            rows.insertAttempt(UUID.randomUUID(), event.sittingId(), number, durationSeconds(stage));
        }
        audit.record(event.proctor(), "delivery.sitting-prepared", "Sitting", event.sittingId().toString(),
                event.iin() + ", " + service.code() + " stages " + event.stages() + ", seat " + event.seatLabel());
    }

    @InPublishersTransaction(why = "the move must never stand while the old workstation still answers and the"
            + " running stage's clock still runs")
    public void on(CandidateMovedSeat event) {
        SittingRow sitting = rows.sittingForUpdate(event.sittingId())
                .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NO_SUCH_SITTING));
        rows.moveSeat(sitting.id(), event.hallId(), event.seatId(), event.seatLabel(),
                DigestUtils.sha256Hex(event.workstationCode()));
        Instant now = clock.instant();
        for (AttemptRow row : rows.attempts(sitting.id())) {
            Attempt attempt = Attempt.of(row);
            if (attempt.state() == Attempt.State.RUNNING) { // stands still until the start at the new seat
                attempt.pause(now, Attempt.PauseKind.MOVE);
                rows.pause(row.id(), now, Attempt.PauseKind.MOVE.name());
            }
        }
        audit.record(event.proctor(), "delivery.seat-moved", "Sitting", sitting.id().toString(),
                sitting.seatLabel() + " -> " + event.seatLabel() + ": " + event.reason());
    }

    static int durationSeconds(Stage stage) {
        if (stage.duration() == null) {
            throw new IllegalStateException("Stage " + stage.number() + " has no duration in the catalogue");
        }
        if (stage.duration().unit() != TermUnit.MINUTES) {
            throw new IllegalStateException("Stage " + stage.number() + " lasts " + stage.duration() + ", not minutes");
        }
        return stage.duration().amount() * 60;
    }
}
