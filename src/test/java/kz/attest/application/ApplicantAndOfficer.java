package kz.attest.application;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpSession;

/**
 * The fixture the application's and the appeals' API tests share: the whole application behind MockMvc, a fresh
 * applicant with a demo signing certificate, and the Almaty officer signed in, before each test.
 */
public abstract class ApplicantAndOfficer extends WithMockMvc {

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
