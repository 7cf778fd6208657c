package kz.attest.delivery;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The proctor drew up an act about a sitting: a violation with removal (¶18, ¶44, ¶69, ¶92 — a new application is
 * blocked for the catalogue's term from the decision, ¶19) or a suspension for force majeure or a technical fault
 * (¶20, ¶45, ¶70, ¶93 — the candidate sits again).
 */
public record ActDrawnUp(UUID actId, UUID sittingId, Optional<Long> applicationId, long accountId, Kind kind,
                         Instant drawnAt) {

    public enum Kind { VIOLATION, SUSPENSION }
}
