package kz.attest.itembank;

import java.time.Instant;
import java.util.UUID;

/**
 * A case (practical task of stage 2) was invalidated on an act of technical failure (seed 000 ¶26): it is retired
 * from future forms, and every candidate whose scored stage showed it is sent to that stage again. Published in the
 * invalidating transaction.
 *
 * @param actReference the number and date of the act of technical failure
 * @param by           the reviewer's login
 */
public record CaseInvalidated(UUID caseId, String reason, String actReference, Instant invalidatedAt, String by) {
}
