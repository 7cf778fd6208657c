package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a started workstation keeps in its HTTP session: whose sitting, the hash of its secret token (checked against
 * the database on every request, so a workstation left behind by a seat move is dead at once) and its hall's policy.
 */
record SeatSession(UUID sittingId, String tokenHash, String sebKeyHex, List<String> allowedIpRanges,
                   boolean trial, SafeExamBrowserKeyKind sebKeyKind) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = SeatSession.class.getName();

    SeatSession {
        allowedIpRanges = List.copyOf(allowedIpRanges);
    }
}
