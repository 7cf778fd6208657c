package kz.attest.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A commission interview with its slot, questions, votes and (once prepared or signed) protocol.
 *
 * @param passed         the outcome once the protocol is signed (else {@code null})
 * @param tally          the votes counted so far: the outcome they give and whether the chair's vote decides a tie
 */
record InterviewView(long id, UUID sittingId, long applicationId, String registrationNumber, long accountId,
                            String candidateName, String applicantIin, String service, String organisationId,
                            List<String> specialties, LocalDate testDay, InterviewStatus status, Instant startsAt,
                            Instant endsAt, String room, String link, int version, boolean protocolPrepared,
                            boolean protocolCurrent, Boolean passed, Boolean decidedByChair, Instant signedAt,
                            String signedBy, String signerSubject, List<Question> questions, List<Vote> votes,
                            Tally tally) {

    public InterviewView {
        specialties = List.copyOf(specialties);
        questions = List.copyOf(questions);
        votes = List.copyOf(votes);
    }

    public boolean concluded() {
        return status == InterviewStatus.CONCLUDED;
    }

    /** A question asked, tagged with the expert specialty it is about. */
    public record Question(long id, String specialty, String text, String askedBy, Instant askedAt) {
    }

    /** A voting member's vote. */
    public record Vote(long accountId, String login, String fullName, MemberRole role, boolean passed,
                       Instant votedAt) {
    }

    /**
     * The votes of the current voting members: for, against, how many may vote, the outcome they give (null while no
     * outcome can be drawn: no votes, or a tie without the chair's vote) and whether the chair's vote broke a tie.
     */
    public record Tally(int pass, int fail, int voters, Boolean passed, boolean decidedByChair) {
    }
}
