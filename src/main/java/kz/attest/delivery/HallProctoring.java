package kz.attest.delivery;

import kz.attest.audit.AuditLog;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The proctor's side of a running session: the live view of a hall, pause and resume with a reason (the deadline
 * moves by the paused time), the act of violation with removal (¶18, ¶44, ¶69, ¶92) and the act of suspension (¶20,
 * ¶45, ¶70, ¶93). Scoped to the proctor's test centre; every action is an act row and an audit entry.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HallProctoring {

    private final ExamRows rows;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Every seat of the hall with its candidate, state, answered count and time left. */
    @Transactional(readOnly = true)
    public List<SeatLine> live(UUID hallId) {
        List<SittingRow> sittings = rows.sittingsInHall(hallId);
        Set<String> centres = new HashSet<>();
        sittings.forEach(s -> centres.add(s.centreId()));
        centres.forEach(currentUser::requireMemberOf);
        Instant now = clock.instant();
        List<SeatLine> lines = new ArrayList<>();
        for (SittingRow sitting : sittings) {
            Optional<AttemptRow> current = current(rows.attempts(sitting.id()));
            lines.add(new SeatLine(sitting.id(), sitting.seatLabel(), sitting.fullName(), sitting.iin(), sitting.state(),
                    current.map(AttemptRow::stage).orElse(null), current.map(AttemptRow::state).orElse(null),
                    current.filter(a -> a.questionCount() != null).map(a -> rows.answeredCount(a.id())).orElse(0),
                    current.map(AttemptRow::questionCount).orElse(null),
                    current.map(a -> a.remainingSeconds(now)).orElse(null)));
        }
        return lines;
    }

    /** One seat with its stages and acts, for the proctor's action forms. */
    @Transactional(readOnly = true)
    public SittingDetail detail(UUID sittingId) {
        SittingRow sitting = scoped(rows.sitting(sittingId));
        return new SittingDetail(sitting, rows.attempts(sittingId), rows.acts(sittingId), clock.instant());
    }

    /** The proctor stops the candidate's clock; the resume gives the time back (¶21's whole time is the candidate's). */
    @Transactional
    public void pause(UUID sittingId, String reason) {
        SittingRow sitting = scoped(rows.sittingForUpdate(sittingId));
        String why = required(reason, DeliveryRefusal.Reason.REASON_REQUIRED);
        AttemptRow row = started(sittingId).orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NOT_RUNNING));
        Instant now = clock.instant();
        Attempt.of(row).pause(now, Attempt.PauseKind.PROCTOR);
        rows.pause(row.id(), now, Attempt.PauseKind.PROCTOR.name());
        act(sitting, "PAUSE", why, null, now);
        audit.record("delivery.stage-paused", "Attempt", row.id().toString(),
                "seat " + sitting.seatLabel() + ", stage " + row.stage() + ": " + why);
    }

    @Transactional
    public void resume(UUID sittingId, String reason) {
        SittingRow sitting = scoped(rows.sittingForUpdate(sittingId));
        String why = required(reason, DeliveryRefusal.Reason.REASON_REQUIRED);
        AttemptRow row = started(sittingId).orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NOT_PAUSED));
        Instant now = clock.instant();
        Attempt.of(row).resume(now);
        rows.resume(row.id(), now);
        act(sitting, "RESUME", why, null, now);
        audit.record("delivery.stage-resumed", "Attempt", row.id().toString(),
                "seat " + sitting.seatLabel() + ", stage " + row.stage() + ", paused since " + row.pausedAt()
                        + ": " + why);
    }

    /** The sitting's running or paused attempt (one at most: stages are sat in order). */
    private Optional<AttemptRow> started(UUID sittingId) {
        return rows.attempts(sittingId).stream().filter(a -> Attempt.of(a).state().started()).findFirst();
    }

    /** Act of violation: the candidate is removed from the current attestation (¶18, ¶44, ¶69, ¶92). */
    @Transactional
    public UUID violation(UUID sittingId, String description, String witnesses) {
        return close(sittingId, ActDrawnUp.Kind.VIOLATION,
                required(description, DeliveryRefusal.Reason.DESCRIPTION_REQUIRED),
                required(witnesses, DeliveryRefusal.Reason.WITNESSES_REQUIRED), "REMOVED");
    }

    /** Act of suspension for force majeure or a technical fault: the candidate sits again (¶20, ¶45, ¶70, ¶93). */
    @Transactional
    public UUID suspension(UUID sittingId, String description, String witnesses) {
        return close(sittingId, ActDrawnUp.Kind.SUSPENSION,
                required(description, DeliveryRefusal.Reason.DESCRIPTION_REQUIRED),
                witnesses == null || witnesses.isBlank() ? null : witnesses.strip(), "SUSPENDED");
    }

    private UUID close(UUID sittingId, ActDrawnUp.Kind kind, String description, String witnesses, String state) {
        SittingRow sitting = scoped(rows.sittingForUpdate(sittingId));
        if (!List.of("CHECKED_IN", "IN_PROGRESS").contains(sitting.state())) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.ACT_DRAWN);
        }
        Instant now = clock.instant();
        for (AttemptRow attempt : rows.attempts(sittingId)) {
            if (Attempt.of(attempt).cancel(now)) {
                rows.setAttemptState(attempt.id(), AttemptRow.CANCELLED, now, state);
            }
        }
        rows.setSittingState(sittingId, state, now);
        UUID act = act(sitting, kind.name(), description, witnesses, now);
        audit.record("delivery.act-" + kind.name().toLowerCase(java.util.Locale.ROOT), "Sitting", sittingId.toString(),
                "act " + act + ", seat " + sitting.seatLabel() + ", " + sitting.iin() + ": " + description
                        + (witnesses == null ? "" : "; witnesses: " + witnesses));
        events.publishEvent(new ActDrawnUp(act, sittingId, sitting.application(), sitting.accountId(), kind, now));
        return act;
    }

    private UUID act(SittingRow sitting, String kind, String description, String witnesses, Instant at) {
        UUID id = UUID.randomUUID();
        SignedInUser proctor = currentUser.require();
        rows.insertAct(id, sitting.id(), kind, description, witnesses, proctor.login(), at);
        return id;
    }

    private SittingRow scoped(Optional<SittingRow> sitting) {
        SittingRow row = sitting.orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NO_SUCH_SITTING));
        currentUser.requireMemberOf(row.centreId());
        return row;
    }

    private static String required(String text, DeliveryRefusal.Reason missing) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw new DeliveryRefusal(missing);
        }
        return text.strip();
    }

    static Optional<AttemptRow> current(List<AttemptRow> attempts) {
        return attempts.stream().filter(a -> a.running() || AttemptRow.PAUSED.equals(a.state())).findFirst()
                .or(() -> attempts.stream().filter(a -> AttemptRow.WAITING.equals(a.state())).findFirst())
                .or(() -> attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.getLast()));
    }

    /** A row of the live view. */
    record SeatLine(UUID sittingId, String seatLabel, String fullName, String iin, String sittingState, Integer stage,
                    String state, int answered, Integer questions, Long remainingSeconds) {
        public String timeLeft() {
            return remainingSeconds == null ? "" : remainingSeconds / 60 + ":" + String.format("%02d", remainingSeconds % 60);
        }
    }

    /** A seat with its stages and acts. */
    record SittingDetail(SittingRow sitting, List<AttemptRow> attempts, List<ExamRows.ActRow> acts, Instant now) {
    }
}
