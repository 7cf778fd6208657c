package kz.attest.application;

import com.jayway.jsonpath.JsonPath;
import kz.attest.identity.Accounts;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.testing.Applicants;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A fresh applicant with a demo-CA signing key, and the API calls of a submission, for the web tests. */
final class ApplicationFixtures {

    static final String PASSWORD = Applicants.PASSWORD;
    static final String ALL_DECLARATIONS = """
            {"specialties": [], "declarations": ["PERSONAL_RESPONSIBILITY", "OFFICIAL_CONTACTS",
             "NOT_BARRED_BY_COURT", "DOCUMENTS_GENUINE"], "consent": true}""";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    private final MockMvc mvc;
    final String iin;
    final MockHttpSession session;
    final DemoCertificateAuthority.IssuedCredential signingKey;

    private ApplicationFixtures(MockMvc mvc, String iin, MockHttpSession session,
                                DemoCertificateAuthority.IssuedCredential signingKey) {
        this.mvc = mvc;
        this.iin = iin;
        this.session = session;
        this.signingKey = signingKey;
    }

    static ApplicationFixtures applicant(MockMvc mvc, Accounts accounts, DemoCertificateAuthority ca) throws Exception {
        return applicant(mvc, accounts, ca, freshIin());
    }

    /** A fresh applicant under a chosen IIN (e.g. one the demonstration registries answer for in a given way). */
    static ApplicationFixtures applicant(MockMvc mvc, Accounts accounts, DemoCertificateAuthority ca, String iin)
            throws Exception {
        DemoCertificateAuthority.IssuedCredential key = Applicants.register(accounts, ca, iin);
        return new ApplicationFixtures(mvc, iin, signIn(mvc, iin, PASSWORD), key);
    }

    static MockHttpSession signIn(MockMvc mvc, String login, String password) throws Exception {
        return Applicants.signIn(mvc, login, password);
    }

    /** A draft to the Almaty justice department with every document attached and every box ticked. */
    String readyDraft() throws Exception {
        String draft = startDraft("ADVOCATE_ATTESTATION", "dj-almaty");
        for (String type : new String[]{"IDENTITY_DOCUMENT", "LAW_DIPLOMA", "WORK_EXPERIENCE_PROOF", "INTERNSHIP_CERTIFICATE"}) {
            attach(draft, type, type.toLowerCase() + ".pdf", PDF).andExpect(status().isCreated());
        }
        mvc.perform(put("/api/v1/applications/drafts/" + draft).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(ALL_DECLARATIONS)).andExpect(status().isOk());
        return draft;
    }

    String startDraft(String service, String provider) throws Exception {
        String body = mvc.perform(post("/api/v1/applications/drafts").session(session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"" + service + "\",\"provider\":\"" + provider + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    ResultActions attach(String draft, String type, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/applications/drafts/" + draft + "/documents")
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .param("type", type).param("lang", "en").session(session).with(csrf()));
    }

    byte[] content(String draft) throws Exception {
        String body = mvc.perform(get("/api/v1/applications/drafts/" + draft + "/content").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Base64.getDecoder().decode((String) JsonPath.read(body, "$.content"));
    }

    ResultActions submit(String draft, DemoCertificateAuthority.IssuedCredential key) throws Exception {
        String cms = sign(key, content(draft));
        return mvc.perform(post("/api/v1/applications/drafts/" + draft + "/submit").session(session).with(csrf())
                .param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + cms + "\"}"));
    }

    /** Submits a ready draft signed with the applicant's own key; returns the application id. */
    long submitted() throws Exception {
        String body = submit(readyDraft(), signingKey).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** What the officer does before admitting (¶5): registers the application, finds it complete, meets every requirement. */
    static void readyForAdmission(MockMvc mvc, MockHttpSession officer, long id) throws Exception {
        mvc.perform(post("/api/v1/applications/" + id + "/register").session(officer).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/complete").session(officer).with(csrf()))
                .andExpect(status().isOk());
        meetAllRequirements(mvc, officer, id);
    }

    /** ¶5, ¶80: the officer marks every item of the application's qualification-requirements checklist as met. */
    static void meetAllRequirements(MockMvc mvc, MockHttpSession officer, long id) throws Exception {
        String checklist = mvc.perform(get("/api/v1/applications/" + id + "/requirements").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<String> codes = JsonPath.read(checklist, "$.items[*].code");
        for (String code : codes) {
            mvc.perform(put("/api/v1/applications/" + id + "/requirements/" + code).session(officer).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"met\": true, \"note\": \"checked\"}"))
                    .andExpect(status().isOk());
        }
    }

    /** A detached CMS signature, base64, as NCALayer returns it. */
    static String sign(DemoCertificateAuthority.IssuedCredential key, byte[] data) throws Exception {
        return Applicants.sign(key, data);
    }

    /**
     * The head ({@code login}) signs the prepared motivated decision of an application with a demo-CA key issued for
     * the IIN on record for them (¶7); returns the response of the signing call.
     */
    static ResultActions headSigns(MockMvc mvc, org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                   DemoCertificateAuthority ca, long id, String login) throws Exception {
        MockHttpSession head = signIn(mvc, login, "demo-" + login + "-2026");
        String body = mvc.perform(get("/api/v1/applications/" + id + "/decision/content").session(head))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] content = Base64.getDecoder().decode((String) JsonPath.read(body, "$.content"));
        String cms = sign(staffKey(jdbc, ca, login), content);
        return mvc.perform(post("/api/v1/applications/" + id + "/decision/sign").session(head).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + cms + "\"}"));
    }

    /** A demo-CA signing key for a staff member's IIN on record, carrying their organisation. */
    static DemoCertificateAuthority.IssuedCredential staffKey(org.springframework.jdbc.core.simple.JdbcClient jdbc,
                                                              DemoCertificateAuthority ca, String login) {
        String iin = jdbc.sql("""
                        SELECT s.iin FROM identity_staff_signing_iin s JOIN identity_account a ON a.id = s.account_id
                        WHERE a.username = ?""").param(login).query(String.class).single();
        return ca.issue(new CertificateSubject(iin, "Нұрланов", "Ерлан", null, "Департамент юстиции", null),
                KeyPurpose.SIGNING);
    }

    /** A fresh valid IIN whose serial number starts with {@code marker} (two digits, the 8th and 9th of the IIN). */
    static String freshIinMarked(String marker) {
        return kz.attest.identity.TestIins.marked(marker);
    }

    static String freshIin() {
        return kz.attest.identity.TestIins.fresh();
    }
}
