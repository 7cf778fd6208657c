package kz.attest.itembank;

import java.time.Instant;
import java.util.UUID;

/**
 * A question was invalidated on an act of technical failure (seed 000 ¶26): it is retired from future forms, and
 * every attempt that showed it must be re-scored. Published in the invalidating transaction.
 *
 * @param actReference the number and date of the act of technical failure
 * @param by           the reviewer's login
 */
public record ItemInvalidated(UUID itemId, String reason, String actReference, Instant invalidatedAt, String by) {
}
