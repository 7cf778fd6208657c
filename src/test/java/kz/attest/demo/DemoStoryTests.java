package kz.attest.demo;

import kz.attest.web.Workplace;
import kz.attest.web.WorkplaceCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration data shows the whole system on the first start (issue 14): an application in every state of
 * provider processing, a finished sitting with results and signed decisions, and something waiting on every role's
 * workplace; and no application of it stays admitted after its sitting (issue 10).
 */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class DemoStoryTests {

    /** The demonstration accounts, one per role (docs/demo-accounts.md). */
    static final List<String> LOGINS = List.of("900315300123", "officer", "head", "cfe-officer", "cfe-head",
            "ministry-officer", "ministry-head", "operator-admin", "proctor", "proctor2", "commission",
            "commission-chair", "author", "author2", "auditor", "admin", "quality-officer");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Workplace workplace;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<String> storyIins() {
        return Stream.concat(Stream.of(DemoCast.APPLICANT), Stream.of(DemoCast.SUBMITTED, DemoCast.REGISTERED,
                DemoCast.UNDER_REVIEW, DemoCast.RETURNED, DemoCast.WITHDRAWN, DemoCast.ADMITTED, DemoCast.FAILED,
                DemoCast.PREPARED, DemoCast.TESTED, DemoCast.AT_WORK, DemoCast.PATENT, DemoCast.EXPERT,
                DemoCast.MEDICAL).map(DemoCast.Person::iin)).toList();
    }

    @Test
    void theStoryHoldsAnApplicationInEveryStateOfProviderProcessing() {
        Set<String> states = new TreeSet<>(jdbc.sql("""
                        SELECT a.status FROM application_application a JOIN identity_account i ON i.id = a.account_id
                        WHERE i.iin IN (:iins)""").param("iins", storyIins()).query(String.class).list());
        assertThat(states).contains("SUBMITTED", "REGISTERED", "UNDER_REVIEW", "REFUSED_INCOMPLETE", "WITHDRAWN",
                "REFUSAL_PROPOSED", "ADMITTED", "TESTED", "DECISION_PREPARED", "DECIDED");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM application_draft d JOIN identity_account i ON i.id = d.account_id
                        WHERE i.iin = ? AND d.application_id IS NULL""").param(DemoCast.APPLICANT)
                .query(Long.class).single()).as("a draft of the demonstration applicant").isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM decision_outcome o JOIN application_application a "
                        + "ON a.id = o.application_id JOIN identity_account i ON i.id = a.account_id "
                        + "WHERE i.iin = ? AND o.status = 'SIGNED'").param(DemoCast.APPLICANT).query(Long.class).single())
                .as("the demonstration applicant's signed decision").isPositive();
    }

    /**
     * Issue 10, "Done when": no application of the demonstration data stays admitted after its sitting, except while
     * the commission's interview that follows a passed test is still to be held (seeds 001, 002).
     */
    @Test
    void noApplicationOfTheDemonstrationStaysAdmittedAfterItsSitting() {
        List<String> finished = jdbc.sql("""
                        SELECT a.status FROM application_application a
                        JOIN delivery_sitting s ON s.application_id = a.id
                        JOIN identity_account i ON i.id = a.account_id
                        WHERE i.iin IN (:iins) AND s.state = 'COMPLETED'
                          AND NOT EXISTS (SELECT 1 FROM commission_interview c WHERE c.application_id = a.id)""")
                .param("iins", storyIins()).query(String.class).list();
        assertThat(finished).hasSizeGreaterThanOrEqualTo(4).doesNotContain("ADMITTED")
                .contains("TESTED", "DECISION_PREPARED", "DECIDED");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM commission_interview c JOIN application_application a ON a.id = c.application_id
                        JOIN identity_account i ON i.id = a.account_id WHERE i.iin IN (:iins)""")
                .param("iins", storyIins()).query(Long.class).single()).as("an interview after a passed test").isPositive();
    }

    @Test
    void everyRolesWorkplaceHasACardWithSomethingInIt() {
        TreeMap<String, List<String>> empty = new TreeMap<>();
        for (String login : LOGINS) {
            UserDetails person = users.loadUserByUsername(login);
            Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(person, null,
                    person.getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(authentication);
            List<Workplace.ShownCard> cards = workplace.shown(authentication);
            boolean something = cards.stream().anyMatch(card -> card.figures().stream()
                    .mapToLong(WorkplaceCard.Figure::count).sum() > 0);
            if (!something) {
                empty.put(login, cards.stream().map(c -> c.card().id()).toList());
            }
        }
        assertThat(empty).as("workplaces whose cards all count nothing (login -> cards)").isEmpty();
    }
}
