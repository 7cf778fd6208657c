package kz.attest.commission;

import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.SittingCompleted;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.Iin;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.testing.Applicants;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Candidates with admitted applications written straight into the application tables, and delivery's event. */
final class CommissionFixtures {

    static final String PASSWORD = "qazaqstan2026";
    static final String SERVICE = "FORENSIC_MEDICAL_ATTESTATION";   // interview on in src/test/resources/config

    private CommissionFixtures() {
    }

    /** A fresh applicant; returns the IIN. */
    static String freshApplicant(Accounts accounts) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String firstEleven = String.format("%02d%02d%02d%d%04d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
            int check = Iin.checkDigitFor(firstEleven);
            if (check >= 0 && accounts.findByLoginName(firstEleven + check).isEmpty()) {
                String iin = firstEleven + check;
                accounts.register(new ApplicantRegistration(iin, "Сериков", "Асан", "Болатұлы",
                        iin + "@example.kz", "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
                return iin;
            }
        }
    }

    /** An application in status ADMITTED of the provider with the specialties, with its admission step. */
    static long admittedApplication(JdbcClient jdbc, long accountId, String iin, String service, String provider,
                                    String specialties) {
        UUID draft = UUID.randomUUID();
        Instant at = Instant.now();
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id,
                                                       specialties, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft, accountId, iin, service, provider, specialties, Timestamp.from(at), Timestamp.from(at))
                .update();
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, ?, ?, 'ADMITTED', ?, ?, ?) RETURNING id""")
                .params(draft, "CM-" + draft.toString().substring(0, 8), accountId, iin, service, provider,
                        Timestamp.from(at), new byte[]{1}, new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("UPDATE application_draft SET application_id = ? WHERE id = ?").params(id, draft).update();
        jdbc.sql("""
                        INSERT INTO application_step (application_id, seq, status, actor, at)
                        VALUES (?, 1, 'ADMITTED', 'officer', ?)""").params(id, Timestamp.from(at)).update();
        return id;
    }

    static void publish(ApplicationEventPublisher events, TransactionTemplate tx, Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    static SittingCompleted completed(UUID sitting, long application, long account, String service, boolean passed) {
        return new SittingCompleted(sitting, Optional.of(application), account, new ServiceCode(service), passed,
                Instant.now());
    }

    static MockHttpSession signIn(MockMvc mvc, String login, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(login).password(password))
                .andReturn().getRequest().getSession(false);
    }

    static MockHttpSession staff(MockMvc mvc, String login) throws Exception {
        return signIn(mvc, login, "demo-" + login + "-2026");
    }

    /** A demo-CA signing key for an IIN. */
    static DemoCertificateAuthority.IssuedCredential key(DemoCertificateAuthority ca, String iin) {
        return ca.issue(CertificateSubject.individual(iin, "Әбдірахманов", "Марат", null), KeyPurpose.SIGNING);
    }

    /** A detached CMS signature, base64, as NCALayer returns it. */
    static String sign(DemoCertificateAuthority.IssuedCredential key, byte[] data) throws Exception {
        return Applicants.sign(key, data);
    }
}
