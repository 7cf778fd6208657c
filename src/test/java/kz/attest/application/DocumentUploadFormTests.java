package kz.attest.application;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14: a refused document is told next to its field on the draft page; the page and the draft stay. */
@SpringBootTest
@AutoConfigureMockMvc
class DocumentUploadFormTests extends WithApplicant {

    @Test
    void aFakePdfIsRefusedNextToItsFieldAndNothingIsStored() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");
        MvcResult refused = mvc.perform(multipart("/applications/drafts/" + draft + "/documents")
                        .file(new MockMultipartFile("file", "diploma.pdf", "application/pdf",
                                "MZ this is a program, not a PDF".getBytes(StandardCharsets.US_ASCII)))
                        .param("type", "LAW_DIPLOMA").session(applicant.session).with(csrf()))
                .andExpect(redirectedUrl("/applications/drafts/" + draft + "?step=documents#document-LAW_DIPLOMA")).andReturn();
        String page = mvc.perform(get("/applications/drafts/" + draft).param("step", "documents").param("lang", "en").session(applicant.session)
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"document-error-LAW_DIPLOMA\"")))
                .andExpect(content().string(containsString("Each file up to 10 MB.")))
                .andReturn().getResponse().getContentAsString();
        // the message sits in the diploma's own form, after its file field
        int field = page.indexOf("id=\"document-LAW_DIPLOMA\"");
        assertThat(page.indexOf("id=\"document-error-LAW_DIPLOMA\"")).isGreaterThan(field);
        assertThat(page.substring(field, page.indexOf("id=\"document-error-LAW_DIPLOMA\""))).doesNotContain("document-row");
        mvc.perform(get("/api/v1/applications/drafts/" + draft).session(applicant.session))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("diploma.pdf"))));
    }

    @Test
    void aTwentyMegabyteFileIsToldNextToItsFieldNotByTheContainer() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");
        byte[] large = new byte[20 * 1024 * 1024];
        System.arraycopy(ApplicationFixtures.PDF, 0, large, 0, ApplicationFixtures.PDF.length);
        MvcResult refused = mvc.perform(multipart("/applications/drafts/" + draft + "/documents")
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", large))
                        .param("type", "IDENTITY_DOCUMENT").session(applicant.session).with(csrf()))
                .andExpect(redirectedUrl("/applications/drafts/" + draft + "?step=documents#document-IDENTITY_DOCUMENT")).andReturn();
        mvc.perform(get("/applications/drafts/" + draft).param("step", "documents").param("lang", "ru").session(applicant.session)
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"document-error-IDENTITY_DOCUMENT\"")))
                .andExpect(content().string(containsString("data-max-bytes=\"10485760\"")));
    }
}
