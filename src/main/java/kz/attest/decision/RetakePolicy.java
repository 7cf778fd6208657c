package kz.attest.decision;

import kz.attest.catalogue.RetakeRules;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Term;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a candidate may apply again, from the catalogue's data and the candidate's history of one service:
 * <ul>
 * <li>after a removal for a violation, not before the catalogue's {@code banAfterViolation} term from the act (¶19);</li>
 * <li>after a failed test, not before {@code retake.earliest} from the test day (¶23, ¶50, ¶74, ¶97) and, where the
 * rules bound it, the repeat is open until {@code retake.latest} (¶50, ¶74);</li>
 * <li>where repeats are limited (¶49: once), a candidate who failed the allowed repeats starts a new attestation only
 * after the last repeat's window ({@code latest}) has passed;</li>
 * <li>a passed knowledge stage is credited in the repeat where the rules say so (¶51).</li>
 * </ul>
 * Pure: no clock, no database.
 */
final class RetakePolicy {

    /** One sitting the candidate sat (or an unexcused no-show that counts as failed, ¶98). */
    record Sitting(LocalDate testDate, boolean passed, boolean knowledgeStagePassed) {
    }

    /** The outcome: the earliest day to apply, the latest (when bounded), and what the repeat carries over. */
    record Eligibility(LocalDate earliest, Optional<LocalDate> latest, Reason reason, boolean knowledgeStageCredited,
                       boolean additionalTrainingRequired) {

        boolean allowsOn(LocalDate day) {
            return !day.isBefore(earliest);
        }
    }

    enum Reason { NONE, FAILED, REPEATS_USED, VIOLATION }

    private RetakePolicy() {
    }

    static Eligibility evaluate(ServiceDefinition service, List<Sitting> history, List<LocalDate> violations) {
        Eligibility result = new Eligibility(LocalDate.MIN, Optional.empty(), Reason.NONE, false, false);
        List<Sitting> sittings = history.stream().sorted(Comparator.comparing(Sitting::testDate)).toList();
        if (!sittings.isEmpty() && !sittings.getLast().passed() && service.retake().isPresent()) {
            result = afterFailure(service.retake().get(), sittings);
        }
        Optional<Term> ban = service.banAfterViolation();
        Optional<LocalDate> lastViolation = violations.stream().max(Comparator.naturalOrder());
        if (ban.isPresent() && lastViolation.isPresent()) {
            LocalDate until = ban.get().after(lastViolation.get());
            if (until.isAfter(result.earliest())) {
                result = new Eligibility(until, Optional.empty(), Reason.VIOLATION, false, false);
            }
        }
        return result;
    }

    private static Eligibility afterFailure(RetakeRules rules, List<Sitting> sittings) {
        Sitting last = sittings.getLast();
        int repeats = repeatsSoFar(rules, sittings);
        if (!rules.allowsAnotherRepeat(repeats)) {
            LocalDate fresh = rules.latestRetake(last.testDate()).orElse(rules.earliestRetake(last.testDate()));
            return new Eligibility(fresh.plusDays(rules.latest().isPresent() ? 1 : 0), Optional.empty(),
                    Reason.REPEATS_USED, false, false);
        }
        return new Eligibility(rules.earliestRetake(last.testDate()), rules.latestRetake(last.testDate()),
                Reason.FAILED, rules.passedKnowledgeStageCredited() && last.knowledgeStagePassed(),
                rules.additionalTrainingRequired());
    }

    /**
     * How many repeats the trailing run of failures already used: each failure sat within the window of the one before
     * it is a repeat of it; a failure after the window closed starts a new attestation.
     */
    static int repeatsSoFar(RetakeRules rules, List<Sitting> sittings) {
        int repeats = 0;
        for (int i = sittings.size() - 1; i > 0; i--) {
            Sitting current = sittings.get(i);
            Sitting before = sittings.get(i - 1);
            if (current.passed() || before.passed()) {
                break;
            }
            Optional<LocalDate> latest = rules.latestRetake(before.testDate());
            if (latest.isPresent() && current.testDate().isAfter(latest.get())) {
                break;
            }
            repeats++;
        }
        return repeats;
    }
}
