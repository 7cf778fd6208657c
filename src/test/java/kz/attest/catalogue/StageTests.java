package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pass/fail is an integer comparison against the threshold; texts resolve per language. */
class StageTests {

    private static Stage stage(int threshold) {
        return new Stage(1, StageKind.KNOWLEDGE_TEST, 100, new Term(90, TermUnit.MINUTES, LegalRef.parse("000 ¶21")),
                threshold, 3, Optional.empty(), Optional.empty(), false, LegalRef.parse("000 ¶22"));
    }

    @ParameterizedTest
    @CsvSource({"70, 70, 100, true", "70, 69, 100, false", "65, 24, 36, true", "65, 23, 36, false",
            "70, 7, 10, true", "70, 6, 10, false", "0, 0, 10, true", "100, 36, 36, true", "100, 35, 36, false"})
    void passesWhenCorrectTimesHundredReachesThresholdTimesTotal_000_22(int threshold, int correct, int total,
                                                                          boolean passes) {
        assertThat(stage(threshold).passes(correct, total)).isEqualTo(passes);
    }

    @Test
    void sixtyFivePercentOfThirtySixNeedsTwentyFourCorrect_000_22() {
        assertThat(stage(65).correctAnswersNeeded(36)).isEqualTo(24);
        assertThat(stage(70).correctAnswersNeeded(100)).isEqualTo(70);
    }

    @Test
    void anImpossibleScoreIsRefused() {
        assertThatThrownBy(() -> stage(70).passes(11, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localizedTextFallsBackToRussian() {
        LocalizedText text = new LocalizedText("қазақша", "по-русски", "in English");
        assertThat(text.in(Locale.forLanguageTag("kk"))).isEqualTo("қазақша");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("in English");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("по-русски");
    }

    @Test
    void legalReferenceReadsSeedAndProvision() {
        LegalRef ref = LegalRef.parse("004 app.2 ¶7(3)");
        assertThat(ref.seed()).isEqualTo("004");
        assertThat(ref.provision()).isEqualTo("app.2 ¶7(3)");
        assertThat(ref).hasToString("004 app.2 ¶7(3)");
    }
}
