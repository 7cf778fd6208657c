package kz.attest.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * A candidate the operator can assign to a session: admitted by a provider (read from the applications module, or
 * imported from a signed export file on an air-gapped node), or asked to sit a stage again after a re-score (¶26).
 *
 * @param accountId      the candidate's account on this node; 0 when an imported candidate has none here (then the
 *                       platform cannot notify them)
 * @param stages         the stages the candidate would sit at this session
 * @param creditedStages stages credited on a repeat (¶51), not sat
 * @param source         APPLICATIONS, IMPORTED or STAGE_REQUEST
 */
record EligibleCandidate(long applicationId, String registrationNumber, long accountId, String applicantIin,
                                String fullName, String service, String providerId, List<String> specialties,
                                Instant admittedAt, List<Integer> stages, List<Integer> creditedStages, String source) {

    public EligibleCandidate {
        specialties = List.copyOf(specialties);
        stages = List.copyOf(stages);
        creditedStages = List.copyOf(creditedStages);
    }

    static final String APPLICATIONS = "APPLICATIONS";
    static final String IMPORTED = "IMPORTED";
    static final String STAGE_REQUEST = "STAGE_REQUEST";
}
