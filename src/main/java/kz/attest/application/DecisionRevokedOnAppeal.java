package kz.attest.application;

import java.time.Instant;

/**
 * ¶100–¶102: an upheld complaint reopened a decided application: its signed decision is revoked (and stays on
 * record as revoked) and a new decision is due.
 */
public record DecisionRevokedOnAppeal(long applicationId, String appealReference, String actor, Instant at) {
}
