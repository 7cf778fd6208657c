package kz.attest.itembank;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The statistics of one question from delivered responses.
 *
 * @param caseQuestion   empty for a bank question; the 0-based number within the case for a case question
 * @param topic          the bank question's topic, empty for a case question
 * @param facility       share of correct answers (0..1)
 * @param discrimination point-biserial correlation of the question's score with the rest of the attempt's score;
 *                       empty while it is undefined (fewer than two responses, or no spread in either score)
 * @param optionCounts   how often each option (in the bank's stored order) was chosen
 * @param omitted        how often nothing was chosen
 * @param flags          the raised flags, in the order of {@link Flag}
 */
public record QuestionStatistics(UUID questionId, Optional<Integer> caseQuestion, Optional<String> topic, int shown,
                                 double facility, Optional<Double> discrimination, List<Integer> optionCounts,
                                 int omitted, List<Flag> flags) {

    /** Why a question deserves an author's look. */
    public enum Flag { TOO_EASY, TOO_HARD, NON_DISCRIMINATING }

    public QuestionStatistics {
        optionCounts = List.copyOf(optionCounts);
        flags = List.copyOf(flags);
    }
}
