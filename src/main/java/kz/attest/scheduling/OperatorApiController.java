package kz.attest.scheduling;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The operator administrator's API: halls and seats, sessions, and assigning admitted candidates (¶9–¶10). */
@RestController
@RequestMapping("/api/v1/operator")
@PreAuthorize("hasRole('OPERATOR_ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OperatorApiController {

    private final Halls halls;
    private final Sessions sessions;
    private final AdmittedImports imports;

    /** An air-gapped node imports the provider's signed admitted-list file (¶9, ¶84). */
    @PostMapping(path = "/admitted/import", consumes = "multipart/form-data")
    AdmittedImports.ImportResult importAdmitted(@RequestParam(required = false) MultipartFile file) throws IOException {
        return imports.importFile(file == null ? null : file.getBytes());
    }

    @GetMapping("/halls")
    List<Hall> halls() {
        return halls.visible();
    }

    @PostMapping("/halls")
    @ResponseStatus(HttpStatus.CREATED)
    Hall createHall(@RequestBody HallRequest request) {
        return halls.create(new Halls.NewHall(request.centreId(), request.name(), request.address(),
                request.capacity() == null ? 0 : request.capacity(), Optional.ofNullable(request.seats()),
                Boolean.TRUE.equals(request.sebRequired()), request.sebKeyHex(), request.allowedIpRanges(),
                request.sebKeyKind()));
    }

    @GetMapping("/halls/{id}")
    Hall hall(@PathVariable UUID id) {
        return halls.get(id);
    }

    @PutMapping("/halls/{id}/policy")
    Hall policy(@PathVariable UUID id, @RequestBody PolicyRequest request) {
        return halls.changePolicy(id, Boolean.TRUE.equals(request.sebRequired()), request.sebKeyHex(),
                request.sebKeyKind(), request.allowedIpRanges());
    }

    @PostMapping("/halls/{id}/seats")
    @ResponseStatus(HttpStatus.CREATED)
    Hall.Seat addSeat(@PathVariable UUID id, @RequestBody SeatRequest request) {
        return halls.addSeat(id, request.label());
    }

    @PutMapping("/halls/{id}/seats/{seatId}")
    Hall.Seat seat(@PathVariable UUID id, @PathVariable UUID seatId, @RequestBody SeatState request) {
        return halls.setSeatActive(id, seatId, request.active());
    }

    @GetMapping("/sessions")
    List<SessionView> sessions(@RequestParam(required = false) LocalDate date) {
        return sessions.visible(Optional.ofNullable(date));
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView plan(@RequestBody SessionRequest request) {
        return sessions.plan(new Sessions.NewSession(request.hallId(), request.service(), request.date(),
                Optional.ofNullable(request.startsAt()), Optional.ofNullable(request.stages())));
    }

    @GetMapping("/sessions/{id}")
    SessionView session(@PathVariable UUID id) {
        return sessions.get(id);
    }

    @GetMapping("/sessions/{id}/sittings")
    List<SittingView> sittings(@PathVariable UUID id, @RequestParam(required = false) String q) {
        return sessions.sittings(id, q);
    }

    @GetMapping("/sessions/{id}/eligible")
    List<EligibleCandidate> eligible(@PathVariable UUID id) {
        return sessions.eligible(id);
    }

    @PostMapping("/sessions/{id}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    List<SittingView> assign(@PathVariable UUID id, @RequestBody(required = false) AssignRequest request) {
        return sessions.assign(id, Optional.ofNullable(request).map(AssignRequest::applicationIds));
    }

    record HallRequest(String centreId, String name, String address, Integer capacity, Integer seats,
                       Boolean sebRequired, String sebKeyHex, List<String> allowedIpRanges, String sebKeyKind) {
    }

    /** {@code sebKeyKind}: {@code CONFIG_KEY} (the default) or {@code BROWSER_EXAM_KEY}. */
    record PolicyRequest(Boolean sebRequired, String sebKeyHex, List<String> allowedIpRanges, String sebKeyKind) {
    }

    record SeatRequest(String label) {
    }

    record SeatState(boolean active) {
    }

    record SessionRequest(UUID hallId, String service, LocalDate date, LocalTime startsAt, List<Integer> stages) {
    }

    record AssignRequest(List<Long> applicationIds) {
    }
}
