package kz.attest.delivery;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything that opens: the workstation's start with the one-time code (bound to its seat, checked against the
 * hall's policy), an applicant's trial (¶28), the language (¶17) and each stage's start with the form prepared ahead
 * and the server's deadline (¶16, ¶21, ¶22).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttemptStarts {

    private static final Logger log = LoggerFactory.getLogger(AttemptStarts.class);
    private static final List<String> STARTABLE_SITTING = List.of("CHECKED_IN", "IN_PROGRESS");

    private final ExamRows rows;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;
    private final BoundSittings bound;
    private final DeadlineSweep deadlines;

    /** The workstation at {@code seatId} presents the one-time code: the sitting is bound to it from now on. */
    @Transactional
    public SeatSession start(UUID seatId, String code, WorkstationRequest request) {
        if (code == null || code.isBlank()) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.CODE_REQUIRED);
        }
        Optional<SittingRow> found = rows.sittingByCode(DigestUtils.sha256Hex(code.strip()));
        if (found.isEmpty()) {
            log.warn("Workstation {} presented a code of no checked-in candidate", seatId);
            throw new DeliveryRefusal(DeliveryRefusal.Reason.UNKNOWN_CODE);
        }
        SittingRow sitting = found.get();
        if (!sitting.seatId().equals(seatId)) {
            log.warn("Sitting {} started from seat {} instead of its seat {}", sitting.id(), seatId, sitting.seatId());
            throw new DeliveryRefusal(DeliveryRefusal.Reason.OTHER_SEAT);
        }
        HallGuard.check(request, sitting.sebKeyHex(), sitting.sebKeyKind(), sitting.allowedIpRanges());
        if (!STARTABLE_SITTING.contains(sitting.state())) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.SITTING_CLOSED);
        }
        String tokenHash = DigestUtils.sha256Hex(Hashes.secret());
        rows.useCode(sitting.id(), tokenHash, "IN_PROGRESS");
        Instant now = clock.instant();
        for (AttemptRow row : rows.attempts(sitting.id())) {
            Attempt attempt = Attempt.of(row);
            // paused by the seat move: the start at the new seat resumes it with the time it had
            if (attempt.state() == Attempt.State.PAUSED && attempt.pauseKind() == Attempt.PauseKind.MOVE) {
                attempt.resume(now);
                rows.resume(row.id(), now);
                audit.record("workstation", "delivery.stage-resumed", "Attempt", row.id().toString(),
                        "after a seat move, at " + sitting.seatLabel());
            }
        }
        audit.record("workstation", "delivery.workstation-started", "Sitting", sitting.id().toString(),
                "seat " + sitting.seatLabel());
        return new SeatSession(sitting.id(), tokenHash, sitting.sebKeyHex(), sitting.allowedIpRanges(), sitting.trial(),
                sitting.sebKeyKind());
    }

    /**
     * A signed-in applicant opens a trial of a tested service (¶28, ¶55, ¶76, ¶99): a sitting of its own with every
     * stage, no check-in, no seat and no hall policy; its forms come from the practice pool only, and its scores go
     * to no one (no events, no statistics), so it has no effect on results or eligibility.
     */
    @Transactional
    public SeatSession startTrial(long accountId, String iin, String fullName, String serviceCode) {
        ServiceDefinition service = catalogue.get(serviceCode);
        if (service.stages().isEmpty()) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_TESTED, serviceCode);
        }
        UUID id = UUID.randomUUID();
        String tokenHash = DigestUtils.sha256Hex(Hashes.secret());
        String specialty = catalogue.specialtiesFor(service.code()).stream().findFirst()
                .map(s -> String.valueOf(s.code())).orElse(null);
        rows.insertSitting(new SittingRow(id, id, null, accountId, iin == null ? "" : iin, fullName,
                service.code().value(), specialty, "trial", id, id, "—", null, List.of(), null, "IN_PROGRESS",
                clock.instant(), true, null), null);
        rows.useCode(id, tokenHash, "IN_PROGRESS");
        for (Stage stage : service.stages()) {
            rows.insertAttempt(UUID.randomUUID(), id, stage.number(), SittingPreparation.durationSeconds(stage));
        }
        audit.record(iin == null ? Long.toString(accountId) : iin, "delivery.trial-started", "Sitting", id.toString(),
                service.code() + " trial");
        return new SeatSession(id, tokenHash, null, List.of(), true, null);
    }

    /** The candidate chooses Kazakh or Russian once, before the first stage (¶17). */
    @Transactional
    public void chooseLanguage(SeatSession seat, String language, WorkstationRequest request) {
        if (!"kk".equals(language) && !"ru".equals(language)) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.LANGUAGE_INVALID);
        }
        SittingRow sitting = bound.sitting(seat, request);
        rows.setLanguage(sitting.id(), language);
        audit.record("workstation", "delivery.language-chosen", "Sitting", sitting.id().toString(), language);
    }

    /**
     * Starts a stage in one short transaction (issue 12, the Start burst): the attempt's row locked, the rules checked
     * (¶17 the language, ¶16/¶22 the stage order and locks), then one UPDATE turns the form prepared ahead
     * ({@link FormPreparation}) into the attempt's form with the server's deadline from now (¶16), and the audit entry
     * last, so the audit chain's lock is held for a moment. No form is assembled or decrypted here. Starting a started
     * stage again is harmless: a double press waits on the row lock and then finds the stage started, with its one
     * form and its first deadline. Without a prepared form nothing changes and the caller prepares one first.
     */
    @Transactional
    public Start startStage(SeatSession seat, int number, WorkstationRequest request) {
        SittingRow sitting = bound.sitting(seat, request);
        List<AttemptRow> all = rows.attempts(sitting.id());
        if (deadlines.finishOverdue(all)) {
            all = rows.attempts(sitting.id());
        }
        AttemptRow found = all.stream().filter(a -> a.stage() == number).findFirst()
                .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NO_SUCH_STAGE, number));
        AttemptRow row = rows.attemptStateForUpdate(found.id()).orElseThrow(); // a double press waits for the first
        Attempt attempt = Attempt.of(row);
        if (attempt.state().started()) {
            return new Start(row, sitting, false, false);
        }
        if (attempt.state() == Attempt.State.WAITING && sitting.language() == null) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.LANGUAGE_REQUIRED);
        }
        ServiceDefinition service = catalogue.get(sitting.service());
        boolean requiresEarlierPassed = Attempts.stageOf(service, number).requiresPreviousStagePassed();
        List<Attempt> sittingAttempts = all.stream().map(Attempt::of).toList();
        Instant now = clock.instant();
        Instant deadline = attempt.start(now, sittingAttempts, requiresEarlierPassed);
        Optional<ExamRows.StartedForm> started = rows.startPrepared(row.id(), now, deadline);
        if (started.isEmpty()) {
            return new Start(row, sitting, true, false);
        }
        audit.record("workstation", "delivery.stage-started", "Attempt", row.id().toString(),
                "sitting " + sitting.id() + ", stage " + number + ", " + started.get().questionCount()
                        + " questions, seed " + started.get().seed() + ", deadline " + deadline);
        return new Start(new AttemptRow(row.id(), row.sittingId(), row.stage(), AttemptRow.RUNNING,
                row.durationSeconds(), started.get().questionCount(), started.get().formJson(), now, deadline, null,
                null, null, null, null, null, null, null), sitting, false, true);
    }

    /**
     * A Start's outcome: the attempt as it is now and its sitting; with {@code needsForm}, unchanged for want of a
     * prepared form; {@code startedNow} when this press started the stage (it has no answers and no flags yet).
     */
    record Start(AttemptRow attempt, SittingRow sitting, boolean needsForm, boolean startedNow) {
    }
}
