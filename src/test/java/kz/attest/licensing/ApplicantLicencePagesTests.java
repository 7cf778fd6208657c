package kz.attest.licensing;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The applicant's licence pages (seed 003 appendix 1 diagram 1, seed 004 appendix 2): apply, see the prerequisite, attach
 * the documents, pay through the demonstration gateway, and the signing control; refusals told on the page.
 */
class ApplicantLicencePagesTests extends WithMockMvc {

    private long requestsOf(String iin) {
        return jdbc.sql("SELECT count(*) FROM licensing_request WHERE applicant_iin = ?").param(iin)
                .query(Long.class).single();
    }

    @Test
    void anExpertWithoutACertificateIsRefusedOnTheApplyPageBeforePaying_003_6_3() throws Exception {
        LicensingFixtures expert = LicensingFixtures.applicant(mvc, accounts, ca, "");
        mvc.perform(get("/cabinet/licences").session(expert.session).param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/cabinet/licences/apply")));
        for (String lang : List.of("kk", "ru", "en")) {
            mvc.perform(get("/cabinet/licences/apply").session(expert.session).param("lang", lang))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("FORENSIC_EXPERT_QUALIFICATION"))));
        }
        mvc.perform(post("/cabinet/licences/apply").session(expert.session).with(csrf()).param("lang", "ru")
                        .param("service", "FORENSIC_ACTIVITY_LICENSE").param("kind", "ISSUE")
                        .param("specialties", "HANDWRITING"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("У вас нет действующего документа")));
        assertThat(requestsOf(expert.iin)).isZero();
    }

    @Test
    void aBailiffAppliesSeesThePrerequisiteAttachesPaysAndMaySign_004_8_3() throws Exception {
        LicensingFixtures bailiff = LicensingFixtures.applicant(mvc, accounts, ca, "");
        bailiff.holds("APP_3", "APP3-" + bailiff.iin, List.of(), LocalDate.now().plusYears(2));
        String location = mvc.perform(post("/cabinet/licences/apply").session(bailiff.session).with(csrf())
                        .param("service", "BAILIFF_LICENSE").param("kind", "ISSUE"))
                .andExpect(redirectedUrlPattern("/cabinet/licences/requests/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(bailiff.session).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The registry holds a valid document")))
                .andExpect(content().string(containsString("not attached")))
                .andExpect(content().string(containsString("id=\"pay-button\"")));
        for (String type : LicensingFlowTests.BAILIFF_DOCUMENTS) {
            mvc.perform(multipart(location + "/documents")
                            .file(new MockMultipartFile("file", "d.pdf", "application/pdf", LicensingFixtures.PDF))
                            .param("type", type).session(bailiff.session).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        // a pending payment (demonstration digit 8) stays pending when checked again: never taken as paid
        mvc.perform(post(location + "/payment").param("demoDigit", "8").session(bailiff.session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/payment/check").session(bailiff.session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).session(bailiff.session).param("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("В обработке")))
                .andExpect(content().string(containsString("disabled")));
        mvc.perform(get(location).session(bailiff.session).param("lang", "kk")).andExpect(status().isOk())
                .andExpect(content().string(containsString("eds-sign.js")))
                .andExpect(content().string(not(containsString("BAILIFF_LICENSE"))));
    }

    @Test
    void aReissueOfALicenceThatIsNotTheApplicantsIsToldOnTheApplyPage_004_3() throws Exception {
        LicensingFixtures bailiff = LicensingFixtures.applicant(mvc, accounts, ca, "");
        bailiff.holds("APP_3", "APP3-" + bailiff.iin, List.of(), LocalDate.now().plusYears(2));
        mvc.perform(post("/cabinet/licences/apply").session(bailiff.session).with(csrf()).param("lang", "en")
                        .param("service", "BAILIFF_LICENSE").param("kind", "REISSUE")
                        .param("replaces", "LIC-2026-999999").param("reason", "change of surname"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("LIC-2026-999999")));
        assertThat(requestsOf(bailiff.iin)).isZero();
    }
}
