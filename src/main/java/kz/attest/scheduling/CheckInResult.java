package kz.attest.scheduling;

import java.util.UUID;

/** The seat given and the one-time code the candidate types at its workstation; shown to the proctor once. */
public record CheckInResult(UUID sittingId, UUID seatId, String seatLabel, String workstationCode) {
}
