package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Classical item analysis of one question from its responses: facility, point-biserial discrimination against the
 * rest of the attempt's score (the attempt's total without this question's point, so the question does not correlate
 * with itself), option choice counts, and the flags of {@link StatisticsProperties}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class StatisticsCalculator {

    private final StatisticsProperties thresholds;

    /** One delivered answer to the question: the chosen stored option (or null), whether correct, the attempt total. */
    record Observation(Integer chosenOption, boolean correct, BigDecimal totalScore) {
    }

    QuestionStatistics compute(UUID questionId, Optional<Integer> caseQuestion, Optional<String> topic,
                               int knownOptions, List<Observation> observations) {
        int n = observations.size();
        int correct = 0;
        int omitted = 0;
        int options = Math.max(knownOptions, 0);
        for (Observation o : observations) {
            if (o.correct()) {
                correct++;
            }
            if (o.chosenOption() == null) {
                omitted++;
            } else {
                options = Math.max(options, o.chosenOption() + 1);
            }
        }
        List<Integer> counts = new ArrayList<>(java.util.Collections.nCopies(options, 0));
        for (Observation o : observations) {
            if (o.chosenOption() != null && o.chosenOption() >= 0) {
                counts.set(o.chosenOption(), counts.get(o.chosenOption()) + 1);
            }
        }
        double facility = n == 0 ? 0 : (double) correct / n;
        Optional<Double> discrimination = pointBiserial(observations);
        List<QuestionStatistics.Flag> flags = new ArrayList<>();
        if (n > 0 && n >= thresholds.minimumResponses()) {
            if (facility > thresholds.tooEasy()) {
                flags.add(QuestionStatistics.Flag.TOO_EASY);
            }
            if (facility < thresholds.tooHard()) {
                flags.add(QuestionStatistics.Flag.TOO_HARD);
            }
            if (discrimination.isPresent() && discrimination.get() < thresholds.nonDiscriminating()) {
                flags.add(QuestionStatistics.Flag.NON_DISCRIMINATING);
            }
        }
        return new QuestionStatistics(questionId, caseQuestion, topic, n, facility, discrimination, counts, omitted,
                flags);
    }

    /** Pearson's correlation of the 0/1 question score with the rest score; empty when either has no spread. */
    static Optional<Double> pointBiserial(List<Observation> observations) {
        int n = observations.size();
        if (n < 2) {
            return Optional.empty();
        }
        double[] x = new double[n];
        double[] y = new double[n];
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            x[i] = o.correct() ? 1 : 0;
            y[i] = o.totalScore().doubleValue() - x[i];
            sumX += x[i];
            sumY += y[i];
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Optional.empty();
        }
        return Optional.of(sxy / Math.sqrt(sxx * syy));
    }
}
