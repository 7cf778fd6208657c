package kz.attest.decision;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.identity.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static kz.attest.web.Refusal.Kind.NOT_FOUND;

/**
 * Seed 004 appendix 1: a provider may publish the list of who passed, who failed and who did not appear, the day after
 * the results. Switched on per provider ({@code attest.decision.public-results-providers}); only the name, the
 * service and the outcome are shown.
 */
@Service
class PublicResults {

    private final ResultRows results;
    private final NoShowRows noShows;
    private final Accounts accounts;
    private final Set<String> providers;
    private final Clock clock;

    PublicResults(ResultRows results, NoShowRows noShows, Accounts accounts,
                  @Value("${attest.decision.public-results-providers:}") Set<String> providers, Clock clock) {
        this.results = results;
        this.noShows = noShows;
        this.accounts = accounts;
        this.providers = providers;
        this.clock = clock;
    }

    /** One line of the published list: PASSED, FAILED or ABSENT. */
    public record Line(String fullName, String service, String outcome) {
    }

    /** The provider's list of the results of {@code day}, once the day has passed; 404 when not published. */
    @Transactional(readOnly = true)
    public List<Line> list(String providerId, LocalDate day) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        if (providerId == null || !providers.contains(providerId) || day == null || !day.isBefore(today)) {
            throw new DecisionRefusal(NOT_FOUND, "decision.public-results.not-published");
        }
        List<Line> lines = new ArrayList<>();
        results.completedOn(providerId, day).forEach(sitting -> lines.add(new Line(name(sitting.accountId()),
                sitting.service(), sitting.passed() ? "PASSED" : "FAILED")));
        noShows.absentOn(providerId, day).forEach(absent ->
                lines.add(new Line(name(absent.getKey()), absent.getValue(), "ABSENT")));
        lines.sort(java.util.Comparator.comparing(Line::service).thenComparing(Line::fullName));
        return lines;
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(SignedInUser::fullName).orElse("—");
    }
}
