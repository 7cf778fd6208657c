package kz.attest.licensing;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The officer's pages (queue, request with checklist and actions, registry), the cabinet and public verification. */
class LicensingPageTests extends WithMockMvc {

    @Autowired
    kz.attest.signature.PdfSignatures pdfSignatures;

    @Test
    void theOfficerSeesTheQueueAndAChecklistWithARegistryThatDidNotAnswer_004_8_4_004_8_5() throws Exception {
        LicensingFixtures down = LicensingFixtures.applicant(mvc, accounts, ca, "96");
        down.holds("APP_3", "APP3-" + down.iin, List.of(), null);
        long id = down.submittedRequest(LicensingFlowTests.BAILIFF, LicensingFlowTests.BAILIFF_DOCUMENTS);
        var officer = LicensingFixtures.officer(mvc);
        mvc.perform(get("/office/licences").session(officer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("licence-queue")))
                .andExpect(content().string(containsString("Register")));
        mvc.perform(get("/office/licences/requests/" + id).session(officer).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("The registry did not answer")))
                .andExpect(content().string(not(containsString("Confirmed by the registry"))));
        mvc.perform(post("/office/licences/requests/" + id + "/steps/REGISTER").session(officer).with(csrf()))
                .andExpect(redirectedUrl("/office/licences/requests/" + id));
        mvc.perform(post("/office/licences/requests/" + id + "/steps/LICENCE_APPROVAL").session(officer).with(csrf())
                        .param("lang", "ru"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void aLicenceIsVerifiedPubliclyAndListedInTheRegistryAndTheCabinet_003_3() throws Exception {
        LicensingFixtures expert = LicensingFixtures.applicant(mvc, accounts, ca, "");
        expert.holds("APP_5", "APP5-" + expert.iin, List.of("HANDWRITING", "BALLISTICS"), null);
        String licence = expert.issued(expert.submittedRequest(LicensingFlowTests.FORENSIC,
                LicensingFlowTests.FORENSIC_DOCUMENTS), LicensingFlowTests.FORENSIC_OFFICER_STEPS, List.of());
        byte[] pdf = mvc.perform(get("/api/v1/licences/" + licence + "/pdf").session(expert.session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        org.assertj.core.api.Assertions.assertThat(pdfSignatures.verify(pdf).status())
                .isEqualTo(kz.attest.signature.PdfVerification.Status.VALID);   // PAdES by the Ministry's key
        mvc.perform(get("/licences/verify/" + licence).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Active")))
                .andExpect(content().string(not(containsString(expert.iin))));
        mvc.perform(get("/api/v1/public/licences/NO-SUCH").param("lang", "en")).andExpect(status().isNotFound());
        mvc.perform(get("/office/licences/registry").session(LicensingFixtures.head(mvc)).param("lang", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(licence)));
        mvc.perform(get("/cabinet/licences").session(expert.session).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(licence)));
    }

    /** The verification code of the QR code, as printed (with the URL) on the e-licence. */
    static String codeOnThePdf(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var matcher = java.util.regex.Pattern.compile("code=([0-9a-f]{32})")
                    .matcher(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", ""));
            org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
            return matcher.group(1);
        }
    }

    @Test
    void aLicenceAndItsReissueAreVerifiedOnTheSharedVerifyPageByNumberAndCode_004_3() throws Exception {
        LicensingFixtures bailiff = LicensingFixtures.applicant(mvc, accounts, ca, "");
        bailiff.holds("APP_3", "APP3-" + bailiff.iin, List.of(), java.time.LocalDate.now().plusYears(2));
        String licence = bailiff.issued(bailiff.submittedRequest(LicensingFlowTests.BAILIFF,
                        LicensingFlowTests.BAILIFF_DOCUMENTS), LicensingFlowTests.BAILIFF_OFFICER_STEPS,
                List.of("LICENCE_APPROVAL"));
        String code = codeOnThePdf(mvc.perform(get("/api/v1/licences/" + licence + "/pdf").session(bailiff.session))
                .andReturn().getResponse().getContentAsByteArray());
        mvc.perform(get("/verify").param("number", licence).param("code", code).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("private bailiff activity")))
                .andExpect(content().string(containsString("Active")))
                .andExpect(content().string(not(containsString(bailiff.iin))));
        mvc.perform(get("/verify").param("number", licence).param("code", "0".repeat(32)).param("lang", "en"))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("id=\"licence\""))));

        long again = bailiff.submittedRequest("""
                {"service":"BAILIFF_LICENSE","kind":"REISSUE","replaces":"%s","reason":"change of surname"}"""
                .formatted(licence), LicensingFlowTests.BAILIFF_DOCUMENTS);
        String renewed = bailiff.issued(again, LicensingFlowTests.BAILIFF_OFFICER_STEPS, List.of("LICENCE_APPROVAL"));
        mvc.perform(get("/verify").param("number", licence).param("code", code).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Переоформлена")))
                .andExpect(content().string(containsString(renewed)));
        String renewedCode = codeOnThePdf(mvc.perform(get("/api/v1/licences/" + renewed + "/pdf")
                .session(bailiff.session)).andReturn().getResponse().getContentAsByteArray());
        mvc.perform(get("/verify").param("number", renewed).param("code", renewedCode).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(licence)))
                .andExpect(content().string(containsString("change of surname")));
    }

    @Test
    void theHeadsSlaViewAndTheQueueListALicenceRequestsPendingStepWithItsDueMinute_004_7() throws Exception {
        LicensingFixtures bailiff = LicensingFixtures.applicant(mvc, accounts, ca, "");
        bailiff.holds("APP_3", "APP3-" + bailiff.iin, List.of(), java.time.LocalDate.now().plusYears(2));
        long id = bailiff.submittedRequest(LicensingFlowTests.BAILIFF, LicensingFlowTests.BAILIFF_DOCUMENTS);
        String number = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/licences/requests/" + id)
                .session(bailiff.session)).andReturn().getResponse().getContentAsString(), "$.number");
        mvc.perform(get("/office/sla").session(LicensingFixtures.head(mvc)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("licence-steps")))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("private bailiff activity")));
        mvc.perform(get("/office/licences").session(LicensingFixtures.officer(mvc)).param("lang", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)))
                .andExpect(content().string(not(containsString("BAILIFF_LICENSE"))));
    }
}
