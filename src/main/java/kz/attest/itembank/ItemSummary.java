package kz.attest.itembank;

import java.time.Instant;
import java.util.UUID;

/** A question without its confidential content, for lists. */
record ItemSummary(UUID id, String topic, ItemStatus status, int version, int optionCount, String author,
                          String editedBy, String reviewer, boolean practice, boolean demonstration, Instant updatedAt) {
}
