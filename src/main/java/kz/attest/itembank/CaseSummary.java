package kz.attest.itembank;

import java.time.Instant;
import java.util.UUID;

/** A case without its confidential content, for lists. */
record CaseSummary(UUID id, CaseScope scope, ItemStatus status, int version, int questionCount, String author,
                          String editedBy, String reviewer, boolean practice, boolean demonstration, Instant updatedAt) {
}
