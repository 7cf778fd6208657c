package kz.attest.application;

import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.Accounts;
import kz.attest.identity.Iin;
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

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String firstEleven = String.format("%02d%02d%02d%d%04d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
            int check = Iin.checkDigitFor(firstEleven);
            if (check >= 0 && accounts.findByLoginName(firstEleven + check).isEmpty()) {
                String iin = firstEleven + check;
                accounts.register(new ApplicantRegistration(iin, "Сериков", "Асан", "Болатұлы", iin + "@example.kz",
                        "+7701" + iin.substring(5), ApplicationFixtures.PASSWORD, ApplicationFixtures.PASSWORD, "ru"));
                return iin;
            }
        }
    }

    /** A decided application of the applicant at the Almaty department, as the decision module leaves it. */
    private long decidedApplication(String iin) {
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        UUID draft = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id,
                                                       specialties, created_at, updated_at)
                        VALUES (?, ?, ?, ?, 'dj-almaty', '', ?, ?)""")
                .params(draft, account, iin, SERVICE, at, at).update();
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, ?, 'dj-almaty', 'DECIDED', ?, ?, ?) RETURNING id""")
                .params(draft, "AM-" + draft.toString().substring(0, 8), account, iin, SERVICE, at, new byte[]{1},
                        new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("UPDATE application_draft SET application_id = ? WHERE id = ?").params(id, draft).update();
        jdbc.sql("""
                        INSERT INTO application_step (application_id, seq, status, actor, at)
                        VALUES (?, 1, 'DECIDED', 'head', ?)""").params(id, at).update();
        return id;
    }
}
