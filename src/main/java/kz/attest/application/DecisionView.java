package kz.attest.application;

import java.time.Instant;

/**
 * The motivated decision after a hearing (¶7): what the officer prepared and, once the head signed it, who signed and
 * when. Only a signed decision changes the application's status.
 *
 * @param content the canonical content the head signs (UTF-8 JSON)
 */
record DecisionView(long id, long applicationId, boolean admit, String reason, String preparedBy,
                           Instant preparedAt, String content, String signedBy, Instant signedAt, String signerSubject) {

    public boolean signed() {
        return signedAt != null;
    }
}
