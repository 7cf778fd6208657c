package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Optional;

/**
 * One stage of a test: its kind, questions, time, pass threshold (percent) and make-up — a blueprint for a knowledge
 * test, a case structure for a practical one.
 */
public record Stage(@JsonProperty(required = true) int number,
                    StageKind kind,
                    @JsonProperty(required = true) int questions,
                    Term duration,
                    @JsonProperty(required = true) int passThreshold,
                    @JsonProperty(required = true) int minAnswerOptions,
                    Optional<Blueprint> blueprint,
                    Optional<CaseStructure> cases,
                    boolean requiresPreviousStagePassed,
                    LegalRef ref) {

    public Stage {
        blueprint = blueprint == null ? Optional.empty() : blueprint;
        cases = cases == null ? Optional.empty() : cases;
    }

    /**
     * Whether {@code correct} answers out of {@code total} reach the threshold. Integers only, never floating point
     * (services.md): {@code correct * 100 >= threshold * total}.
     */
    public boolean passes(int correct, int total) {
        if (correct < 0 || total < 0 || correct > total) {
            throw new IllegalArgumentException("Impossible score " + correct + " of " + total);
        }
        return (long) correct * 100 >= (long) passThreshold * total;
    }

    /** The least number of correct answers out of {@code total} that passes. */
    public int correctAnswersNeeded(int total) {
        return (int) (((long) passThreshold * total + 99) / 100);
    }
}
