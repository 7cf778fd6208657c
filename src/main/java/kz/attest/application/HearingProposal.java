package kz.attest.application;

import java.time.Instant;

/** The preliminary decision to refuse (¶7): its reason and the time and place (or way) of the hearing. */
public record HearingProposal(String reason, Instant hearingAt, String place) {
}
