package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a candidate who failed may sit again: not before {@code earliest} and, where the seed says so, not after
 * {@code latest}, both counted from the test date; how many repeats are allowed (empty: no limit); whether a passed
 * knowledge stage is credited so the candidate sits the practical stage only (¶51); whether additional qualification
 * training must come first (¶74), and the documents a retake must carry (optional otherwise, e.g. the certificate of that
 * training, ¶74).
 */
public record RetakeRules(Term earliest,
                          Optional<Term> latest,
                          Optional<Integer> maxRepeats,
                          @JsonProperty(required = true) boolean passedKnowledgeStageCredited,
                          @JsonProperty(required = true) boolean additionalTrainingRequired,
                          List<String> requiredDocuments) {

    public RetakeRules {
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        latest = latest == null ? Optional.empty() : latest;
        maxRepeats = maxRepeats == null ? Optional.empty() : maxRepeats;
    }

    public LocalDate earliestRetake(LocalDate testDate) {
        return earliest.after(testDate);
    }

    public Optional<LocalDate> latestRetake(LocalDate testDate) {
        return latest.map(term -> term.after(testDate));
    }

    /** Whether one more repeat is allowed after {@code repeatsSoFar} repeats. */
    public boolean allowsAnotherRepeat(int repeatsSoFar) {
        return maxRepeats.map(max -> repeatsSoFar < max).orElse(true);
    }
}
