package kz.attest.itembank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the delivery module reports when it scores an attempt, for item statistics: the attempt, its service and
 * stage, its total score, and every shown question with the option the candidate chose.
 *
 * @param totalScore the attempt's score, in the same units as one correct answer (1 point each)
 */
public record AttemptResponses(UUID attemptId, String service, int stage, BigDecimal totalScore,
                               List<Response> responses) {

    public AttemptResponses {
        responses = responses == null ? List.of() : List.copyOf(responses);
    }

    /**
     * One shown question.
     *
     * @param questionId   the bank question's id, or the case's id for a question of a case
     * @param caseQuestion for a question of a case its 0-based number within the case; empty for a bank question
     * @param chosenOption the chosen option in the bank's stored option order (not the shuffled order shown);
     *                     empty when the candidate chose nothing
     * @param correct      whether the answer was scored correct
     */
    public record Response(UUID questionId, Optional<Integer> caseQuestion, Optional<Integer> chosenOption,
                           boolean correct) {

        public Response {
            caseQuestion = caseQuestion == null ? Optional.empty() : caseQuestion;
            chosenOption = chosenOption == null ? Optional.empty() : chosenOption;
        }

        /** A response to a bank question. */
        public static Response item(UUID itemId, Integer chosenOption, boolean correct) {
            return new Response(itemId, Optional.empty(), Optional.ofNullable(chosenOption), correct);
        }

        /** A response to question {@code question} (0-based) of a case. */
        public static Response caseQuestion(UUID caseId, int question, Integer chosenOption, boolean correct) {
            return new Response(caseId, Optional.of(question), Optional.ofNullable(chosenOption), correct);
        }
    }
}
