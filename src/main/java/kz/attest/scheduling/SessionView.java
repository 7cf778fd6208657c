package kz.attest.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A session for the operator's and the proctor's screens: where, when, what, and how many came. */
record SessionView(UUID id, UUID hallId, String hallName, String hallAddress, String centreId, String service,
                   LocalDate date, LocalTime startsAt, List<Integer> stages, SessionState state, long activeSeats,
                   long assigned, long checkedIn, long absent) {
}
