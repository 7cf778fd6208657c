package kz.attest.application;

import kz.attest.identity.Accounts;
import kz.attest.signature.DemoCertificateAuthority;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Submitted applications for the tests of other modules (appeals, SLA), built through the REST API. */
public final class ApplicationTestSupport {

    private ApplicationTestSupport() {
    }

    /** A fresh applicant's signed application to the Almaty justice department, and the applicant's session. */
    public record Submitted(long applicationId, String iin, MockHttpSession session) {
    }

    public static Submitted submitted(MockMvc mvc, Accounts accounts, DemoCertificateAuthority ca) throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        return new Submitted(applicant.submitted(), applicant.iin, applicant.session);
    }

    public static MockHttpSession signIn(MockMvc mvc, String login, String password) throws Exception {
        return ApplicationFixtures.signIn(mvc, login, password);
    }

    /** The Almaty officer registers the application. */
    public static void register(MockMvc mvc, MockHttpSession officer, long id) throws Exception {
        mvc.perform(post("/api/v1/applications/" + id + "/register").session(officer).with(csrf()))
                .andExpect(status().isOk());
    }

    /** The Almaty officer registers the application and refuses to accept it for a missing diploma (¶5). */
    public static void refusedIncomplete(MockMvc mvc, MockHttpSession officer, long id) throws Exception {
        register(mvc, officer, id);
        mvc.perform(post("/api/v1/applications/" + id + "/refuse-incomplete").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missingDocuments\":[\"LAW_DIPLOMA\"]}"))
                .andExpect(status().isOk());
    }

    /**
     * After the hearing the officer prepares the motivated decision and the head signs it with EDS (¶7); the decision
     * takes effect with the head's signature.
     */
    public static void decidedAfterHearing(MockMvc mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                           DemoCertificateAuthority ca, MockHttpSession officer, long id,
                                           boolean admit, String reason) throws Exception {
        mvc.perform(post("/api/v1/applications/" + id + "/decision").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"admit\":" + admit + ",\"reason\":\"" + reason + "\"}"))
                .andExpect(status().isCreated());
        ApplicationFixtures.headSigns(mvc, jdbc, ca, id, "head").andExpect(status().isOk());
    }

    /** A few bytes that are a PDF by content. */
    public static byte[] pdf() {
        return ApplicationFixtures.PDF.clone();
    }
}
