package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.AttemptResponses;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.ScoringKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Scoring a form against its key, without Spring or a database (¶47, ¶72, ¶95: the count of correct answers). */
class FormScoringTests {

    private static final UUID FIRST = UUID.randomUUID();
    private static final UUID SECOND = UUID.randomUUID();
    private static final UUID CASE = UUID.randomUUID();

    /** Two questions, then a case of two questions; each shows its options in a shuffled order. */
    private static final AssembledForm FORM = new AssembledForm(7, List.of(
            new FormItem(FIRST, 1, List.of(2, 0, 1)),
            new FormItem(SECOND, 1, List.of(1, 2, 0, 3))),
            List.of(new FormCase(CASE, 1, List.of(List.of(0, 1, 2), List.of(2, 1, 0)))));
    /** The shown position of each question's correct option. */
    private static final ScoringKey KEY = new ScoringKey(List.of(1, 3), List.of(List.of(0, 2)));

    @Test
    void theScoreIsTheCountOfCorrectAnswersOverAllPositionsQuestionsThenCaseQuestions_000_47() {
        FormScoring.Scored scored = FormScoring.score(FORM, KEY, Map.of(1, 1, 2, 0, 3, 0, 4, 2), Set.of());
        assertThat(scored.correct()).isEqualTo(3);
        assertThat(scored.total()).isEqualTo(4);
    }

    @Test
    void anUnansweredQuestionCountsAsNotCorrect() {
        FormScoring.Scored scored = FormScoring.score(FORM, KEY, Map.of(4, 2), Set.of());
        assertThat(scored.correct()).isEqualTo(1);
        assertThat(scored.total()).isEqualTo(4);
        assertThat(scored.responses().getFirst().chosenOption()).isEmpty();
    }

    @Test
    void anInvalidatedQuestionCountsAsCorrectForEveryoneItWasShownTo_000_26() {
        FormScoring.Scored unanswered = FormScoring.score(FORM, KEY, Map.of(), Set.of(SECOND));
        FormScoring.Scored wrong = FormScoring.score(FORM, KEY, Map.of(2, 0), Set.of(SECOND));
        assertThat(unanswered.correct()).isEqualTo(1);
        assertThat(wrong.correct()).isEqualTo(1);
        assertThat(wrong.responses().get(1).correct()).as("statistics still see the real answer").isFalse();
    }

    @Test
    void statisticsGetTheBanksStoredOptionNotTheShownPosition() {
        FormScoring.Scored scored = FormScoring.score(FORM, KEY, Map.of(1, 1, 3, 2, 4, 0), Set.of());
        List<AttemptResponses.Response> responses = scored.responses();
        assertThat(responses.get(0).chosenOption()).contains(0);    // shown 1 of [2, 0, 1]
        assertThat(responses.get(2).questionId()).isEqualTo(CASE);
        assertThat(responses.get(2).caseQuestion()).contains(0);
        assertThat(responses.get(2).chosenOption()).contains(2);    // shown 2 of [0, 1, 2]
        assertThat(responses.get(3).chosenOption()).contains(2);    // shown 0 of [2, 1, 0]
        assertThat(responses.get(3).correct()).isFalse();
    }

    @Test
    void anOptionOutsideTheShownOrderIsRecordedAsNoChoice() {
        FormScoring.Scored scored = FormScoring.score(FORM, KEY, Map.of(1, 7), Set.of());
        assertThat(scored.correct()).isZero();
        assertThat(scored.responses().getFirst().chosenOption()).isEqualTo(Optional.empty());
    }

    @Test
    void theFormsBankQuestionsAreTheOnesAReviewerCanInvalidate() {
        assertThat(FormScoring.itemIds(FORM)).containsExactly(FIRST, SECOND);
    }

    @Test
    void anInvalidatedCaseIsNotCountedForTheCandidateItsStageIsVoidedInstead_000_26() {
        FormScoring.Scored scored = FormScoring.score(FORM, KEY, Map.of(), Set.of(CASE));
        assertThat(scored.correct()).as("only bank questions are counted in the candidate's favour").isZero();
    }

    @Test
    void everyShownQuestionIsInTheStatisticsAndTheScoreGoesWithThem() {
        UUID attempt = UUID.randomUUID();
        AttemptResponses responses = FormScoring.score(FORM, KEY, Map.of(1, 1, 2, 3), Set.of())
                .forStatistics(attempt, "S1", 1);
        assertThat(responses.responses()).hasSize(4);
        assertThat(responses.totalScore()).isEqualByComparingTo("2");
    }
}
