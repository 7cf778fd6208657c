package kz.attest.application;

import kz.attest.testing.Responses;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicant's pages, the cabinet's "My applications" and the provider's back office. */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationPageTests extends WithApplicant {

    @Test
    void theApplicantChoosesAServiceAndARegionalDepartment() throws Exception {
        mvc.perform(get("/applications/new").session(applicant.session).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("Проведение аттестации лиц, претендующих на занятие адвокатской деятельностью",
                        "value=\"dj-almaty\""));

        String location = mvc.perform(post("/applications/drafts").session(applicant.session).with(csrf())
                        .param("service", "ADVOCATE_ATTESTATION").param("provider", "dj-almaty"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).session(applicant.session).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("name=\"attest-ncalayer-url\" content=\"wss://127.0.0.1:13579\"",
                        "Жоғары заң білімі туралы диплом", "/js/eds-sign.js"));
    }

    @Test
    void theFormIsSavedFromThePage() throws Exception {
        String draft = applicant.startDraft("FORENSIC_EXPERT_QUALIFICATION", "cfe");

        mvc.perform(post("/applications/drafts/" + draft).session(applicant.session).with(csrf())
                        .param("specialties", "HANDWRITING", "DOCUMENT_TECHNICAL")
                        .param("declarations", "PERSONAL_RESPONSIBILITY", "OFFICIAL_CONTACTS")
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/applications/drafts/" + draft + "?step=sign&saved"));
        mvc.perform(get("/api/v1/applications/drafts/" + draft).session(applicant.session))
                .andExpect(Responses.json("$.specialties.length()", 2, "$.consent", true));
    }

    @Test
    void theCabinetListsTheApplicationWithItsStatusAndDeadline() throws Exception {
        long id = applicant.submitted();

        mvc.perform(get("/cabinet").session(applicant.session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/applications/" + id)))
                .andExpect(Responses.showing("Submitted", "Registration — due by"));
        mvc.perform(get("/applications/" + id).session(applicant.session).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("Withdraw the application", "not registered yet"));
    }

    @Test
    void theOfficerRegistersFromTheQueue_000_4() throws Exception {
        long id = applicant.submitted();
        MockHttpSession officer = ApplicationFixtures.signIn(mvc, "officer", "demo-officer-2026");

        mvc.perform(get("/office/applications").session(officer).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/office/applications/" + id)));
        mvc.perform(post("/office/applications/" + id + "/register").session(officer).with(csrf()))
                .andExpect(redirectedUrl("/office/applications/" + id));
        mvc.perform(get("/office/applications/" + id).session(officer).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("Зарегистрировано", "Проверка полноты документов"));
        String body = mvc.perform(get("/api/v1/applications/" + id).session(applicant.session))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(body, "$.registrationNumber")).startsWith("DJ-ALMATY-");
    }

    @Test
    void anotherOrganisationsOfficerCannotOpenTheApplicationPage() throws Exception {
        long id = applicant.submitted();
        MockHttpSession ministry = ApplicationFixtures.signIn(mvc, "ministry-officer", "demo-ministry-officer-2026");

        mvc.perform(get("/office/applications/" + id).session(ministry)).andExpect(status().isForbidden());
        mvc.perform(post("/office/applications/" + id + "/register").session(ministry).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
