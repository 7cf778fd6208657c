package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Item analysis with numbers worked out by hand (see each test's comment). */
class StatisticsCalculatorTests {

    static final StatisticsProperties EVERY_RESPONSE = new StatisticsProperties(0.95, 0.2, 0.1, 1);

    static StatisticsCalculator.Observation seen(Integer chosen, boolean correct, int total) {
        return new StatisticsCalculator.Observation(chosen, correct, BigDecimal.valueOf(total));
    }

    static QuestionStatistics compute(StatisticsProperties thresholds, int options,
                                      List<StatisticsCalculator.Observation> observations) {
        return new StatisticsCalculator(thresholds).compute(UUID.randomUUID(), Optional.empty(),
                Optional.of("CIVIL_CODE"), options, observations);
    }

    /**
     * Five attempts, key = stored option 2. Item scores x = 1,1,0,1,0; totals 8,6,5,9,3, so rest scores
     * y = 7,5,5,8,3. Means 0.6 and 5.6; Σdxdy = 3.2, Σdx² = 1.2, Σdy² = 15.2; r = 3.2 / √18.24 = 0.74927.
     * (Check by the textbook form: (M1 − M0) / s_y · √(pq) = (20/3 − 4) / √3.04 · √0.24 = 0.74927.)
     */
    @Test
    void facilityDiscriminationAndOptionCountsByHand() {
        QuestionStatistics s = compute(EVERY_RESPONSE, 4, List.of(
                seen(2, true, 8), seen(2, true, 6), seen(0, false, 5), seen(2, true, 9), seen(null, false, 3)));
        assertThat(s.shown()).isEqualTo(5);
        assertThat(s.facility()).isCloseTo(0.6, within(1e-12));
        assertThat(s.discrimination()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.74927, within(1e-5)));
        assertThat(s.optionCounts()).containsExactly(1, 0, 3, 0);
        assertThat(s.omitted()).isEqualTo(1);
        assertThat(s.flags()).isEmpty();
    }

    /**
     * The strong candidates miss it, the weak ones get it: x = 0,0,1,1; totals 9,8,3,2 → y = 9,8,2,1;
     * means 0.5 and 5; Σdxdy = −0.5·4 −0.5·3 +0.5·(−3) +0.5·(−4) = −7, Σdx² = 1, Σdy² = 16+9+9+16 = 50;
     * r = −7 / √50 = −0.98995 → non-discriminating.
     */
    @Test
    void aQuestionTheStrongMissIsFlaggedNonDiscriminating() {
        QuestionStatistics s = compute(EVERY_RESPONSE, 3, List.of(
                seen(1, false, 9), seen(1, false, 8), seen(0, true, 3), seen(0, true, 2)));
        assertThat(s.facility()).isEqualTo(0.5);
        assertThat(s.discrimination()).hasValueSatisfying(r -> assertThat(r).isCloseTo(-0.98995, within(1e-5)));
        assertThat(s.flags()).containsExactly(QuestionStatistics.Flag.NON_DISCRIMINATING);
        assertThat(s.optionCounts()).containsExactly(2, 2, 0);
    }

    /** Everyone right: facility 1 > 0.95 → too easy; no spread in the item score → discrimination undefined. */
    @Test
    void aQuestionEveryoneAnswersIsTooEasyAndHasNoDiscrimination() {
        QuestionStatistics s = compute(EVERY_RESPONSE, 3, List.of(seen(0, true, 5), seen(0, true, 7), seen(0, true, 3)));
        assertThat(s.facility()).isEqualTo(1.0);
        assertThat(s.discrimination()).isEmpty();
        assertThat(s.flags()).containsExactly(QuestionStatistics.Flag.TOO_EASY);
    }

    /** Thresholds are strict: exactly 0.95 is not too easy, exactly 0.2 is not too hard; 1 of 10 (0.1) is too hard. */
    @ParameterizedTest
    @CsvSource({"19, 20, false, false", "1, 5, false, false", "1, 10, false, true", "20, 20, true, false"})
    void theThresholdsAreStrict(int correct, int shown, boolean tooEasy, boolean tooHard) {
        List<StatisticsCalculator.Observation> observations = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            observations.add(seen(i < correct ? 0 : 1, i < correct, i < correct ? 10 : 2));
        }
        QuestionStatistics s = compute(EVERY_RESPONSE, 3, observations);
        assertThat(s.flags().contains(QuestionStatistics.Flag.TOO_EASY)).isEqualTo(tooEasy);
        assertThat(s.flags().contains(QuestionStatistics.Flag.TOO_HARD)).isEqualTo(tooHard);
    }

    /** No flag before the configured least number of responses; the thresholds are settings. */
    @Test
    void flagsWaitForEnoughResponsesAndFollowTheSettings() {
        List<StatisticsCalculator.Observation> all = List.of(seen(0, true, 5), seen(0, true, 7));
        assertThat(compute(new StatisticsProperties(0.95, 0.2, 0.1, 3), 3, all).flags()).isEmpty();
        assertThat(compute(new StatisticsProperties(0.95, 0.2, 0.1, 2), 3, all).flags())
                .containsExactly(QuestionStatistics.Flag.TOO_EASY);
        // facility 0.5 is too hard when the bar is raised to 0.6
        assertThat(compute(new StatisticsProperties(0.95, 0.6, -1, 1), 3,
                List.of(seen(0, true, 5), seen(1, false, 2))).flags())
                .containsExactly(QuestionStatistics.Flag.TOO_HARD);
    }

    @Test
    void aSingleResponseHasNoDiscrimination() {
        assertThat(StatisticsCalculator.pointBiserial(List.of(seen(0, true, 4)))).isEmpty();
        assertThat(StatisticsCalculator.pointBiserial(List.of())).isEmpty();
    }
}
