package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A checked-in candidate's place in a session, as stored. */
record SittingRow(UUID id, UUID sessionId, Long applicationId, long accountId, String iin, String fullName,
                  String service, String specialty, String centreId, UUID hallId, UUID seatId, String seatLabel,
                  String sebKeyHex, List<String> allowedIpRanges, String language, String state,
                  Instant checkedInAt, boolean trial, SafeExamBrowserKeyKind sebKeyKind) {

    Optional<Long> application() {
        return Optional.ofNullable(applicationId);
    }

    /** The reference the question bank uses to avoid showing a candidate the same questions twice. */
    String candidateReference() {
        return applicationId != null ? "application-" + applicationId : "account-" + accountId;
    }
}
