package kz.attest.application;

import kz.attest.testing.Applicants;
import kz.attest.testing.StoredApplications;
import kz.attest.identity.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application module booted with what it depends on: an upheld complaint against a signed decision revokes it
 * (¶100–¶102) and announces {@link DecisionRevokedOnAppeal} for the decision module, which marks the decision revoked
 * in the register. The scenario waits for the event instead of polling the register.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ApplicationModuleTests {

    private static final String SERVICE = "BAILIFF_ATTESTATION";

    @Autowired
    private Accounts accounts;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Applications applications;
    @Autowired
    private UserDetailsService users;
    /** The decision module (not booted here) implements the module's required ¶19/¶23 port. */
    @MockitoBean
    private RetakeEligibility retakes;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anUpheldComplaintRevokesTheDecisionAndTellsTheRegister_000_100_000_101(Scenario scenario) {
        long id = decidedApplication(freshApplicant());
        UserDetails head = users.loadUserByUsername("head");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(head, null, head.getAuthorities()));

        scenario.stimulate(() -> applications.reopenAfterAppeal(id, "APPEAL-15"))
                .andWaitForEventOfType(DecisionRevokedOnAppeal.class)
                .matching(event -> event.applicationId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.appealReference()).isEqualTo("APPEAL-15");
                    assertThat(jdbc.sql("SELECT status FROM application_application WHERE id = ?").param(id)
                            .query(String.class).single()).isEqualTo("TESTED");
                });
    }

    private String freshApplicant() {
        return Applicants.registerFresh(accounts);
    }

    /** A decided application of the applicant at the Almaty department, as the decision module leaves it. */
    private long decidedApplication(String iin) {
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        return StoredApplications.insert(jdbc, account, iin, SERVICE, "dj-almaty", "", "DECIDED", "head",
                "AM-" + UUID.randomUUID().toString().substring(0, 8), Instant.now());
    }
}
