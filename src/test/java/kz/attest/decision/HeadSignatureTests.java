package kz.attest.decision;

import kz.attest.testing.Applicants;
import com.jayway.jsonpath.JsonPath;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.signature.PdfSignatures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The head signs the decision's PDF with their own key through NCALayer (PAdES external CMS, the default of
 * {@code attest.decision.pades-signatures}; ¶25, ¶52, ¶96): DSS validates the embedded signature as TOTAL_PASSED.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HeadSignatureTests extends WithDecisionCollaborators {

    @Autowired
    DemoCertificateAuthority ca;
    @Autowired
    PdfSignatures signatures;

    private String prepared(String service, String provider, String officer) throws Exception {
        String iin = DecisionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider, Instant.now());
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, 85, true, Instant.now()),
                DecisionFixtures.completed(sitting, application, account, service, true, Instant.now()));
        String body = mvc.perform(post("/api/v1/office/outcomes/applications/" + application + "/prepare")
                .session(signIn(officer)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private DemoCertificateAuthority.IssuedCredential keyOf(String login) {
        String iin = jdbc.sql("""
                        SELECT s.iin FROM identity_staff_signing_iin s JOIN identity_account a ON a.id = s.account_id
                        WHERE a.username = ?""").param(login).query(String.class).single();
        return ca.issue(new CertificateSubject(iin, "Нұрланов", "Ерлан", null, "Департамент юстиции", null),
                KeyPurpose.SIGNING);
    }

    private byte[] toSign(MockHttpSession head, String id) throws Exception {
        String body = mvc.perform(get("/api/v1/office/outcomes/" + id + "/to-sign").session(head))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Base64.getDecoder().decode((String) JsonPath.read(body, "$.content"));
    }

    @Test
    void theHeadSignsThePdfWithTheirOwnKeyAndDssValidatesIt_000_25() throws Exception {
        String id = prepared("ADVOCATE_ATTESTATION", "dj-almaty", "officer");
        MockHttpSession head = signIn("head");
        byte[] data = toSign(head, id);
        // a signature by somebody else's key (the officer's IIN) is refused, nothing signed
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/signature").session(head).with(csrf()).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cms\":\"" + Applicants.sign(keyOf("officer"), data) + "\"}"))
                .andExpect(status().isBadRequest());
        // a signature over other content is refused
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/signature").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cms\":\"" + Applicants.sign(keyOf("head"), "other content".getBytes()) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/signature").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"\"}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT status FROM decision_outcome WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("PREPARED");
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/signature").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cms\":\"" + Applicants.sign(keyOf("head"), data) + "\"}"))
                .andExpect(status().isOk());
        var row = jdbc.sql("SELECT signed_pdf, number FROM decision_outcome WHERE id = ?").param(UUID.fromString(id))
                .query().singleRow();
        byte[] pdf = (byte[]) row.get("signed_pdf");
        // the signed PDF as downloaded is reported authentic, one byte changed is tampered
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/verify/pdf")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "d.pdf", "application/pdf", pdf)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.result")
                        .value("AUTHENTIC"));
        byte[] changed = pdf.clone();
        changed[changed.length / 3] ^= 0x01;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/verify/pdf")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "d.pdf", "application/pdf", changed)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.result")
                        .value("TAMPERED"));
        // PAdES by default: DSS validates the embedded signature against the demonstration CA
        var verification = signatures.verify(pdf);
        assertThat(verification.status()).as(verification.indication())
                .isEqualTo(kz.attest.signature.PdfVerification.Status.VALID);
        assertThat(verification.indication()).isEqualTo("TOTAL_PASSED");
    }

    @Test
    void onlyTheHeadOrAnAuthorisedSignerLaysTheDecisionOutForSigning_000_96() throws Exception {
        String id = prepared("PATENT_ATTORNEY_ATTESTATION", "ministry", "ministry-officer");
        mvc.perform(get("/api/v1/office/outcomes/" + id + "/to-sign").session(signIn("ministry-officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/signature").session(signIn("ministry-head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"AAAA\"}"))
                .andExpect(status().isConflict());   // not laid out for signing yet
    }
}
