package kz.attest.application;

import kz.attest.identity.Accounts;
import kz.attest.signature.DemoCertificateAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fixture the application's and the appeals' API tests share: the whole application behind MockMvc, a fresh
 * applicant with a demo signing certificate, and the Almaty officer signed in, before each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ApplicantAndOfficer {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected DemoCertificateAuthority ca;
    @Autowired
    protected JdbcClient jdbc;

    ApplicationFixtures applicant;
    protected MockHttpSession officer;

    @BeforeEach
    void signInApplicantAndOfficer() throws Exception {
        applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        officer = ApplicationFixtures.signIn(mvc, "officer", "demo-officer-2026");
    }

    /** The applicant's signed application to the Almaty justice department. */
    protected ApplicationTestSupport.Submitted submittedApplication() throws Exception {
        return new ApplicationTestSupport.Submitted(applicant.submitted(), applicant.iin, applicant.session);
    }
}
