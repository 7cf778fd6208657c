package kz.attest.application;

import com.jayway.jsonpath.JsonPath;
import kz.attest.identity.Accounts;
import kz.attest.signature.DemoCertificateAuthority;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicant's and provider's flow beyond submission: one open application per service (lifecycle.md). */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationFlowTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    DemoCertificateAuthority ca;
    @Autowired
    JdbcClient jdbc;

    ApplicationFixtures applicant;
    MockHttpSession officer;

    @BeforeEach
    void setUp() throws Exception {
        applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        officer = ApplicationFixtures.signIn(mvc, "officer", "demo-officer-2026");
    }

    @Test
    void aSecondOpenApplicationForTheSameServiceIsRefused_000_3() throws Exception {
        long first = applicant.submitted();
        String second = applicant.readyDraft();

        applicant.submit(second, applicant.signingKey).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.error.already-open"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("#" + first)));
        assertThat(jdbc.sql("SELECT count(*) FROM application_application WHERE account_id = "
                + "(SELECT account_id FROM application_application WHERE id = ?)").param(first)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/applications/" + first + "/withdraw").session(applicant.session).with(csrf()))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        applicant.submit(second, applicant.signingKey).andExpect(status().isCreated());
    }

    ResultActions officerDoes(long id, String action) throws Exception {
        return mvc.perform(post("/api/v1/applications/" + id + "/" + action).session(officer).with(csrf()));
    }

    List<String> templatesOf(long id) {
        return jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'Application' AND subject_id = ? ORDER BY id")
                .param(Long.toString(id)).query(String.class).list();
    }
}
