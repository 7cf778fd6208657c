package kz.attest.scheduling;

import kz.attest.web.LocalizedException;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One admitted candidate's place in a session: assigned (told place, date and time), checked in with an identity
 * document at a seat, or absent.
 */
record Sitting(UUID id, UUID sessionId, long applicationId, String registrationNumber, String providerId,
               long accountId, String iin, String fullName, Optional<String> specialty, SittingState state,
               Optional<IdentityDocumentType> documentType, Optional<UUID> seatId, Optional<Instant> checkedInAt) {

    void requireCheckInPossible() {
        switch (state) {
            case CHECKED_IN -> throw LocalizedException.conflict("scheduling.check-in.already-checked-in");
            case ABSENT -> throw LocalizedException.conflict("scheduling.check-in.absent");
            case ASSIGNED -> {
            }
        }
    }

    void requireCheckedIn() {
        if (state != SittingState.CHECKED_IN) {
            throw LocalizedException.conflict("scheduling.move.not-checked-in");
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
