package kz.attest.itembank;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Item statistics from delivered responses: the delivery module {@linkplain #record records} every scored attempt;
 * authors read per question the times shown, facility, point-biserial discrimination, option choices and flags.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemStatistics {

    private final StatisticsRows store;
    private final Catalogue catalogue;
    private final StatisticsProperties thresholds;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Records a scored attempt's responses. Idempotent per attempt: recording the same attempt again (for example
     * after a re-score) replaces its earlier responses, so an attempt is never counted twice.
     */
    @Transactional
    public void record(AttemptResponses attempt) {
        check(attempt);
        boolean first = store.replace(attempt, clock.instant());
        audit.record(first ? "itembank.responses-recorded" : "itembank.responses-replaced", "ItemBankAttempt",
                attempt.attemptId().toString(), attempt.service() + " stage " + attempt.stage() + ", "
                        + attempt.responses().size() + " responses, total " + attempt.totalScore().toPlainString());
    }

    /** Statistics of every question with responses, optionally only from one service's attempts or of one topic. */
    @Transactional(readOnly = true)
    public List<QuestionStatistics> report(Optional<String> service, Optional<String> topic) {
        service.ifPresent(catalogue::get);
        topic.ifPresent(catalogue::topic);
        StatisticsCalculator calculator = new StatisticsCalculator(thresholds);
        return store.responses(service, topic).stream()
                .map(r -> calculator.compute(r.questionId(),
                        r.caseQuestion() < 0 ? Optional.empty() : Optional.of(r.caseQuestion()), r.topic(),
                        r.knownOptions(), r.observations()))
                .sorted(Comparator.comparing((QuestionStatistics s) -> -s.flags().size())
                        .thenComparing(s -> s.topic().orElse("~"))
                        .thenComparing(s -> s.questionId().toString())
                        .thenComparing(s -> s.caseQuestion().orElse(-1)))
                .toList();
    }

    /** The thresholds in force, for the report's legend. */
    public StatisticsProperties thresholds() {
        return thresholds;
    }

    private void check(AttemptResponses attempt) {
        if (attempt == null || attempt.attemptId() == null || attempt.service() == null) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.statistics.attempt-incomplete");
        }
        ServiceDefinition service = catalogue.get(attempt.service());
        if (service.stage(attempt.stage()).isEmpty()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.form.unknown-stage", service.code(), attempt.stage());
        }
        if (attempt.totalScore() == null || attempt.totalScore().signum() < 0) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.statistics.attempt-incomplete");
        }
        for (AttemptResponses.Response r : attempt.responses()) {
            if (r == null || r.questionId() == null || r.caseQuestion().map(q -> q < 0).orElse(false)
                    || r.chosenOption().map(o -> o < 0 || o >= ItemContent.MAX_OPTIONS).orElse(false)) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.statistics.attempt-incomplete");
            }
        }
    }
}
