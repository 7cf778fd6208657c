package kz.attest.reporting;

import kz.attest.catalogue.ServiceCode;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a results sheet shows (testing.md "Scoring"; seed 001's results page): who sat which service where and when,
 * and each stage's correct answers, percentage, threshold and outcome.
 *
 * @param language  the candidate's chosen language (kk or ru), printed first; the other follows
 * @param reference the attempt's reference, printed so that a printout can be traced
 * @param trial     a trial attempt (¶28, ¶55, ¶76, ¶99): every page says it is not a basis for a decision
 * @param copies    how many signed copies to print (two where the catalogue says so, ¶48, ¶96)
 * @param acts      the acts of technical failure applied to the stages (¶26), printed under the stages
 */
public record ResultSheet(Locale language, String reference, String candidateName, String iin, ServiceCode service,
                          String specialty, String centre, LocalDateTime sittingAt, List<StageResult> stages,
                          boolean trial, int copies, List<ActNote> acts) {

    /** An act of technical failure applied to a stage (¶26): what it did and its number and date. */
    public record ActNote(int stage, Kind kind, String actReference) {

        /** A faulty question counted in the candidate's favour; a failed stage voided and sat again; a pass standing. */
        public enum Kind { RESCORED, VOIDED, PASS_STANDS }
    }

    /** A sheet without acts. */
    public ResultSheet(Locale language, String reference, String candidateName, String iin, ServiceCode service,
                       String specialty, String centre, LocalDateTime sittingAt, List<StageResult> stages,
                       boolean trial, int copies) {
        this(language, reference, candidateName, iin, service, specialty, centre, sittingAt, stages, trial, copies,
                List.of());
    }

    public ResultSheet {
        acts = acts == null ? List.of() : List.copyOf(acts);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(candidateName, "candidateName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(sittingAt, "sittingAt");
        stages = List.copyOf(stages);
        if (stages.isEmpty() || copies < 1 || copies > 2) {
            throw new IllegalArgumentException("A results sheet needs a stage and one or two copies");
        }
    }
}
