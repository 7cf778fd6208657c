package kz.attest.scheduling;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.NoShowRules;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Term;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The proctor's day at a test centre: open a session, identify and check candidates in with a seat and a one-time
 * workstation code (¶15, ¶42, ¶67), move a candidate to another seat, and mark the absentees at the end (¶27, ¶98).
 * Each step is audited and published in its own transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CheckIns {

    static final String ENTITY = "Sitting";
    static final String NOTICE_ABSENT = "scheduling.absent";
    static final int MAX_REASON = 500;
    private static final int CODE_ATTEMPTS = 20;
    private static final Set<Channel> CABINET_SMS_EMAIL = Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL);

    private final SessionRows rows;
    private final Sessions sessions;
    private final Halls halls;
    private final Catalogue catalogue;
    private final DigitalDocuments digitalDocuments;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final kz.attest.itembank.Forms forms;

    /** Today's sessions at the proctor's centre. */
    @Transactional(readOnly = true)
    List<SessionView> today() {
        return sessions.visible(Optional.of(sessions.today()));
    }

    @Transactional
    SessionView open(UUID sessionId) {
        Locked locked = lock(sessionId);
        Session opened = locked.session().open(sessions.today());
        requireBankReady(locked.session());
        rows.setState(opened.id(), opened.state(), clock.instant());
        audit.record(locked.proctor().login(), "scheduling.session.opened", Sessions.ENTITY, sessionId.toString(),
                "check-in opened at " + locked.hall().name());
        return sessions.view(opened, locked.hall());
    }

    /**
     * A session cannot start on a bank that cannot fill its blueprint (¶12, ¶40, ¶65, ¶87): every stage of the plan
     * must be fillable by the approved live bank; for per-specialty services only the specialties of this session's
     * candidates count. The refusal names the stage, the topic (or specialty) and the shortfall.
     */
    private void requireBankReady(Session session) {
        java.util.Set<String> specialties = new java.util.HashSet<>();
        rows.sittings(session.id()).forEach(s -> s.specialty().ifPresent(specialties::add));
        for (int stage : session.stages()) {
            kz.attest.itembank.StageReadiness readiness = forms.readiness(session.service(), stage);
            for (kz.attest.itembank.Shortfall shortfall : readiness.shortfalls()) {
                if ("SPECIALTY".equals(shortfall.kind()) && !specialties.contains(shortfall.code())) {
                    continue;
                }
                throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.bank-not-ready", stage, shortfall.code(),
                        shortfall.needed(), shortfall.available());
            }
        }
    }

    /**
     * Checks a candidate in. A digital ID is confirmed with the digital documents service first, outside the
     * transaction (no remote call holds the session's lock); the check-in itself is one transaction.
     */
    CheckInResult checkIn(UUID sessionId, UUID sittingId, CheckInRequest request) {
        IdentityDocumentType type = IdentityDocumentType.parse(request.documentType());
        String number = type.number(request.documentNumber());
        if (type == IdentityDocumentType.DIGITAL_ID) {
            String iin = transactions.execute(status -> lock(sessionId).sitting(sittingId).iin());
            if (!digitalDocuments.confirms(iin, number)) {
                throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.check-in.digital-id-not-confirmed");
            }
        }
        return transactions.execute(status -> checkIn(sessionId, sittingId, type, number, request.seatId()));
    }

    private CheckInResult checkIn(UUID sessionId, UUID sittingId, IdentityDocumentType type, String number,
                                  Optional<UUID> seatId) {
        Locked locked = lock(sessionId);
        Sitting sitting = locked.sitting(sittingId);
        locked.session().requireCheckInOpen(sessions.today());
        sitting.requireCheckInPossible();
        Hall.Seat seat = seatId.map(id -> locked.freeSeat(id))
                .orElseGet(() -> locked.firstFreeSeat()
                        .orElseThrow(() -> new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.seat.none-free")));
        String code = newCode(sessionId);
        Instant now = clock.instant();
        rows.checkIn(sitting.id(), type, number, seat.id(), WorkstationCodes.hash(code), locked.proctor().login(), now);
        Session session = locked.session();
        Hall hall = locked.hall();
        events.publishEvent(new CandidateCheckedIn(sitting.id(), session.id(), Optional.of(sitting.applicationId()),
                sitting.accountId(), sitting.iin(), sitting.fullName(), session.service(), sitting.stagesOf(session),
                sitting.specialty(), hall.centreId(), hall.id(), seat.id(), seat.label(), hall.policy(), code,
                session.start(), now, locked.proctor().login()));
        audit.record(locked.proctor().login(), "scheduling.sitting.checked-in", ENTITY, sitting.id().toString(),
                "application %d checked in with %s at seat %s of %s, stages %s%s".formatted(sitting.applicationId(),
                        type, seat.label(), hall.name(), sitting.stagesOf(session),
                        sitting.creditedStages().isEmpty() ? "" : ", credited " + sitting.creditedStages() + " (¶51)"));
        return new CheckInResult(sitting.id(), seat.id(), seat.label(), code);
    }

    /** A failed workstation: the candidate continues at another free seat with a new code (issue 5, "Resume"). */
    @Transactional
    CheckInResult move(UUID sessionId, UUID sittingId, UUID seatId, String reason) {
        Locked locked = lock(sessionId);
        Sitting sitting = locked.sitting(sittingId);
        locked.session().requireCheckInOpen(sessions.today());
        sitting.requireCheckedIn();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.move.reason-required", MAX_REASON);
        }
        if (sitting.seatId().filter(seatId::equals).isPresent()) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.move.same-seat");
        }
        Hall.Seat seat = locked.freeSeat(seatId);
        String code = newCode(sessionId);
        Instant now = clock.instant();
        rows.move(sitting.id(), seat.id(), WorkstationCodes.hash(code));
        events.publishEvent(new CandidateMovedSeat(sitting.id(), locked.hall().id(), seat.id(), seat.label(), code,
                why, now, locked.proctor().login()));
        String from = sitting.seatId().flatMap(locked.hall()::seat).map(Hall.Seat::label).orElse("?");
        audit.record(locked.proctor().login(), "scheduling.sitting.moved", ENTITY, sitting.id().toString(),
                "seat %s -> %s: %s".formatted(from, seat.label(), why));
        return new CheckInResult(sitting.id(), seat.id(), seat.label(), code);
    }

    /**
     * Closes the session and marks every candidate not checked in as absent: the provider learns of it the same day
     * (¶98) by {@link CandidateAbsent}, and the applicant is told the last day to file a valid-reason request (¶27,
     * ¶54, ¶75, ¶98: 5 working days, from the catalogue's no-show rules).
     */
    @Transactional
    List<SittingView> close(UUID sessionId) {
        Locked locked = lock(sessionId);
        Instant now = clock.instant();
        Session closed = locked.session().close(LocalDateTime.ofInstant(now, WorkingCalendar.ZONE));
        rows.setState(closed.id(), closed.state(), now);
        ServiceDefinition service = catalogue.get(closed.service());
        Optional<NoShowRules> rules = service.noShow();
        Optional<LocalDate> validReasonUntil = rules.map(NoShowRules::validReasonWindow)
                .map(window -> until(closed.date(), window));
        boolean countsAsFailure = rules.map(NoShowRules::countsAsFailure).orElse(false);
        String proctor = locked.proctor().login();
        List<Sitting> absent = locked.sittings().stream().filter(s -> s.state() == SittingState.ASSIGNED).toList();
        for (Sitting sitting : absent) {
            rows.markAbsent(sitting.id(), now);
            events.publishEvent(new CandidateAbsent(sitting.id(), closed.id(), sitting.applicationId(),
                    sitting.accountId(), closed.service(), sitting.providerId(), closed.date(), validReasonUntil,
                    countsAsFailure, now, proctor));
            audit.record(proctor, "scheduling.sitting.absent", ENTITY, sitting.id().toString(),
                    "application %d absent on %s".formatted(sitting.applicationId(), closed.date()));
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("service", closed.service().value());
            parameters.put("date", closed.date().toString());
            parameters.put("until", validReasonUntil.map(LocalDate::toString).orElse(""));
            notifications.notify(new Notice(sitting.accountId(), NOTICE_ABSENT, parameters, CABINET_SMS_EMAIL,
                    "Application", Long.toString(sitting.applicationId())));
        }
        audit.record(proctor, "scheduling.session.closed", Sessions.ENTITY, sessionId.toString(),
                "%d checked in, %d absent".formatted(
                        locked.sittings().stream().filter(s -> s.state() == SittingState.CHECKED_IN).count(),
                        absent.size()));
        return rows.sittings(sessionId).stream().filter(s -> absent.stream().anyMatch(a -> a.id().equals(s.id())))
                .map(s -> SittingView.of(s, locked.hall())).toList();
    }

    /** "Not later than N working days from the day of the missed test" (¶27): counted from the day after. */
    private LocalDate until(LocalDate missed, Term window) {
        return window.inWorkingDays() ? calendar.addWorkingDays(missed, window.amount()) : window.after(missed);
    }

    private String newCode(UUID sessionId) {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = WorkstationCodes.next();
            if (!rows.codeInUse(sessionId, WorkstationCodes.hash(code))) {
                return code;
            }
        }
        throw new IllegalStateException("No free workstation code after " + CODE_ATTEMPTS + " attempts");
    }

    /** The session under lock, its hall (the proctor must work at its centre: 403 otherwise) and its sittings. */
    private Locked lock(UUID sessionId) {
        Session session = sessions.find(sessionId);
        Hall hall = halls.get(session.hallId());
        SignedInUser proctor = currentUser.requireMemberOf(hall.centreId());
        session = rows.lock(sessionId).orElseThrow();
        return new Locked(session, halls.get(session.hallId()), proctor, rows.sittings(sessionId));
    }

    private record Locked(Session session, Hall hall, SignedInUser proctor, List<Sitting> sittings) {

        Sitting sitting(UUID sittingId) {
            return sittings.stream().filter(s -> s.id().equals(sittingId)).findFirst()
                    .orElseThrow(() -> new SchedulingRefusal(Kind.NOT_FOUND, "scheduling.sitting.not-in-session"));
        }

        boolean taken(UUID seatId) {
            return sittings.stream().anyMatch(s -> s.seatId().filter(seatId::equals).isPresent());
        }

        Hall.Seat freeSeat(UUID seatId) {
            Hall.Seat seat = hall.seat(seatId).orElseThrow(() -> new SchedulingRefusal(Kind.NOT_FOUND, "scheduling.seat.not-found"));
            if (!seat.active()) {
                throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.seat.out-of-order", seat.label());
            }
            if (taken(seat.id())) {
                throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.seat.taken", seat.label());
            }
            return seat;
        }

        Optional<Hall.Seat> firstFreeSeat() {
            return hall.seats().stream().filter(Hall.Seat::active).filter(s -> !taken(s.id())).findFirst();
        }
    }

    /** What the proctor records at check-in; without a seat the first free seat in service is given. */
    record CheckInRequest(String documentType, String documentNumber, Optional<UUID> seatId) {

        CheckInRequest {
            seatId = seatId == null ? Optional.empty() : seatId;
        }
    }
}
