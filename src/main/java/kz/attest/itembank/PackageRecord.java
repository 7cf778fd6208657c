package kz.attest.itembank;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One package in a registry: the Ministry's ({@code EXPORTED}) or the operator's ({@code IMPORTED}). A destroyed
 * package keeps its record — the account of its destruction — but no longer has its file.
 */
record PackageRecord(Side side, UUID id, String line, int version, Status status, List<String> services,
                            int items, int cases, int insertedItems, int insertedCases, Instant notBefore,
                            Instant notAfter, String signer, String fileSha256, boolean fileKept, String recordedBy,
                            Instant recordedAt, UUID supersededBy, String withdrawnBy, Instant withdrawnAt,
                            String withdrawalReason, String destroyedBy, Instant destroyedAt) {

    /** Whose registry. */
    public enum Side { EXPORTED, IMPORTED }

    /** EXPORTED on the Ministry's side; ACTIVE → SUPERSEDED / WITHDRAWN → DESTROYED on the operator's. */
    public enum Status { EXPORTED, ACTIVE, SUPERSEDED, WITHDRAWN, DESTROYED }

    public PackageRecord {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
