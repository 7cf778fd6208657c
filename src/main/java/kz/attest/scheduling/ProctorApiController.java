package kz.attest.scheduling;

import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The proctor's API for the test day: today's sessions, check-in (¶15, ¶42, ¶67), seat moves, absentees (¶98). */
@RestController
@RequestMapping("/api/v1/check-in")
@PreAuthorize("hasRole('PROCTOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProctorApiController {

    private final CheckIns checkIns;
    private final Sessions sessions;
    private final Halls halls;

    @GetMapping("/sessions")
    List<SessionView> today() {
        return checkIns.today();
    }

    @GetMapping("/sessions/{id}")
    SessionView session(@PathVariable UUID id) {
        return sessions.get(id);
    }

    /** The candidates, found by IIN (its beginning), name or registration number. */
    @GetMapping("/sessions/{id}/sittings")
    List<SittingView> sittings(@PathVariable UUID id, @RequestParam(required = false) String q) {
        return sessions.sittings(id, q);
    }

    @GetMapping("/sessions/{id}/seats")
    List<Hall.Seat> seats(@PathVariable UUID id) {
        return halls.get(sessions.get(id).hallId()).seats();
    }

    @PostMapping("/sessions/{id}/open")
    SessionView open(@PathVariable UUID id) {
        return checkIns.open(id);
    }

    @PostMapping("/sessions/{id}/sittings/{sittingId}/check-in")
    CheckInResult checkIn(@PathVariable UUID id, @PathVariable UUID sittingId, @RequestBody CheckInBody body) {
        return checkIns.checkIn(id, sittingId, new CheckIns.CheckInRequest(body.documentType(), body.documentNumber(),
                Optional.ofNullable(body.seatId())));
    }

    @PostMapping("/sessions/{id}/sittings/{sittingId}/move")
    CheckInResult move(@PathVariable UUID id, @PathVariable UUID sittingId, @RequestBody MoveBody body) {
        if (body.seatId() == null) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.seat.not-found");
        }
        return checkIns.move(id, sittingId, body.seatId(), body.reason());
    }

    /** Closes the session and marks the candidates not checked in as absent; answers with the absentees. */
    @PostMapping("/sessions/{id}/close")
    List<SittingView> close(@PathVariable UUID id) {
        return checkIns.close(id);
    }

    record CheckInBody(String documentType, String documentNumber, UUID seatId) {
    }

    record MoveBody(UUID seatId, String reason) {
    }
}
