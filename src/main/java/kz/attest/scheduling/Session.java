package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;
import kz.attest.web.Refusal.Kind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A test session: one service's candidates in one hall on one day from a start time (seed 001: the test from 09:00),
 * sitting the stages of the plan. Planned, then open for check-in on its day, then closed with absentees marked.
 */
record Session(UUID id, UUID hallId, ServiceCode service, LocalDate date, LocalTime startsAt, List<Integer> stages,
               SessionState state) {

    Session {
        stages = List.copyOf(stages);
    }

    LocalDateTime start() {
        return LocalDateTime.of(date, startsAt);
    }

    /** Candidates may be assigned until the session closes. */
    void requireAssignable() {
        if (state == SessionState.CLOSED) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.closed");
        }
    }

    /** The proctor opens check-in on the session's day only. */
    Session open(LocalDate today) {
        requireToday(today);
        if (state != SessionState.PLANNED) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.not-planned");
        }
        return with(SessionState.OPEN);
    }

    /** Check-in and seat moves happen on the session's day while it is open. */
    void requireCheckInOpen(LocalDate today) {
        requireToday(today);
        if (state != SessionState.OPEN) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.not-open");
        }
    }

    /** Absentees are marked once the session has started (¶98: the same day); a closed session stays closed. */
    Session close(LocalDateTime now) {
        if (state == SessionState.CLOSED) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.closed");
        }
        if (now.isBefore(start())) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.not-started", start().toString());
        }
        return with(SessionState.CLOSED);
    }

    private void requireToday(LocalDate today) {
        if (!date.equals(today)) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.session.not-today", date.toString());
        }
    }

    private Session with(SessionState next) {
        return new Session(id, hallId, service, date, startsAt, stages, next);
    }
}
