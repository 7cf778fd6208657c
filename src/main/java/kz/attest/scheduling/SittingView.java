package kz.attest.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A candidate of a session as the operator and the proctor see them; never the workstation code. {@code stages} are
 * the stages the candidate sits; {@code creditedStages} the passed knowledge stage credited on a forensic repeat (¶51);
 * {@code restage} tells that the sitting was planned anew after a re-score (¶26).
 */
record SittingView(UUID id, long applicationId, String registrationNumber, String iin, String fullName,
                          SittingState state, UUID seatId, String seatLabel, IdentityDocumentType documentType,
                          Instant checkedInAt, List<Integer> stages, List<Integer> creditedStages, boolean restage) {

    public SittingView {
        stages = List.copyOf(stages);
        creditedStages = List.copyOf(creditedStages);
    }

    static SittingView of(Sitting sitting, Hall hall) {
        String label = sitting.seatId().flatMap(hall::seat).map(Hall.Seat::label).orElse(null);
        return new SittingView(sitting.id(), sitting.applicationId(), sitting.registrationNumber(), sitting.iin(),
                sitting.fullName(), sitting.state(), sitting.seatId().orElse(null), label,
                sitting.documentType().orElse(null), sitting.checkedInAt().orElse(null), sitting.stages(),
                sitting.creditedStages(), sitting.stageRequestId().isPresent());
    }
}
