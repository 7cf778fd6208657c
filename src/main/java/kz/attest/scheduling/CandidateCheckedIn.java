package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The proctor checked a candidate in and gave a seat (¶15, ¶42, ¶67): the delivery module prepares the attempt and
 * accepts the one-time code at that seat only. Published in the check-in's transaction.
 *
 * @param sittingId       the candidate's place in the session (stable across seat changes)
 * @param applicationId   the admitted application the sitting is for; empty for a trial
 * @param stages          the stage numbers the candidate sits in this session, in order (e.g. [1, 2], or [2] when a
 *                        passed stage 1 is credited)
 * @param specialty       the expert specialty the form is drawn for, when the service is per specialty
 * @param workstationCode the one-time code the workstation at {@code seatId} presents to start the attempt
 * @param startsAt        the session's start, Almaty local time
 */
public record CandidateCheckedIn(UUID sittingId, UUID sessionId, Optional<Long> applicationId, long accountId,
                                 String iin, String fullName, ServiceCode service, List<Integer> stages,
                                 Optional<String> specialty, String centreId, UUID hallId, UUID seatId,
                                 String seatLabel, HallPolicy hallPolicy, String workstationCode,
                                 LocalDateTime startsAt, Instant checkedInAt, String proctor) {

    public CandidateCheckedIn {
        stages = List.copyOf(stages);
    }
}
