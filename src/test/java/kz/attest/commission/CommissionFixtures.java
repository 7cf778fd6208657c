package kz.attest.commission;

import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.SittingCompleted;
import kz.attest.identity.Accounts;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.testing.Applicants;
import kz.attest.testing.StoredApplications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Candidates with admitted applications written straight into the application tables, and delivery's event. */
final class CommissionFixtures {

    static final String PASSWORD = "qazaqstan2026";
    static final String SERVICE = "FORENSIC_MEDICAL_ATTESTATION";   // interview on in src/test/resources/config

    private CommissionFixtures() {
    }

    /** A fresh applicant; returns the IIN. */
    static String freshApplicant(Accounts accounts) {
        return Applicants.registerFresh(accounts);
    }

    /** An application in status ADMITTED of the provider with the specialties, with its admission step. */
    static long admittedApplication(JdbcClient jdbc, long accountId, String iin, String service, String provider,
                                    String specialties) {
        return StoredApplications.insert(jdbc, accountId, iin, service, provider, specialties, "ADMITTED", "officer",
                "CM-" + UUID.randomUUID().toString().substring(0, 8), Instant.now());
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
