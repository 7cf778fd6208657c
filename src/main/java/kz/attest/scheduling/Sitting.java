package kz.attest.scheduling;


import kz.attest.web.Refusal.Kind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One admitted candidate's place in a session: assigned (told place, date and time), checked in with an identity
 * document at a seat, or absent. It holds the stages the candidate sits, which may be fewer than the session's plan: a
 * knowledge stage credited on a forensic repeat (¶51), or a stage sat anew after a re-score (¶26, with the provider's
 * stage request).
 */
record Sitting(UUID id, UUID sessionId, long applicationId, String registrationNumber, String providerId,
               long accountId, String iin, String fullName, Optional<String> specialty, SittingState state,
               Optional<IdentityDocumentType> documentType, Optional<UUID> seatId, Optional<Instant> checkedInAt,
               List<Integer> stages, List<Integer> creditedStages, Optional<Long> stageRequestId) {

    Sitting {
        stages = List.copyOf(stages);
        creditedStages = List.copyOf(creditedStages);
    }

    /** The stages the candidate sits: the sitting's own (¶26, ¶51), or the session's plan for an older row. */
    List<Integer> stagesOf(Session session) {
        return stages.isEmpty() ? session.stages() : stages;
    }

    void requireCheckInPossible() {
        switch (state) {
            case CHECKED_IN -> throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.check-in.already-checked-in");
            case ABSENT -> throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.check-in.absent");
            case ASSIGNED -> {
            }
        }
    }

    void requireCheckedIn() {
        if (state != SittingState.CHECKED_IN) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.move.not-checked-in");
        }
    }

    boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return iin.startsWith(q) || fullName.toLowerCase(java.util.Locale.ROOT).contains(q)
                || (registrationNumber != null && registrationNumber.toLowerCase(java.util.Locale.ROOT).contains(q));
    }
}
