package kz.attest.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * The proctor moved a checked-in candidate to another seat, e.g. when a workstation failed: the attempt continues
 * there with the same form, answers and remaining time, and only the new code at the new seat is accepted.
 */
public record CandidateMovedSeat(UUID sittingId, UUID hallId, UUID seatId, String seatLabel, String workstationCode,
                                 String reason, Instant movedAt, String proctor) {
}
