package kz.attest.decision;

import com.jayway.jsonpath.JsonPath;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.apache.commons.codec.digest.DigestUtils;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static kz.attest.testing.ByteArrays.indexOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ¶24 across an air gap: the operator's administrator exports one provider's results signed with the operator's key;
 * the provider's node imports the file into its register once; every bad file is refused with nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultsFileTests extends WithDecisionCollaborators {

    static final Instant FRIDAY = ResultsRegisterTests.FRIDAY;

    @Autowired
    DemoCertificateAuthority ca;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    /** A sitting of the provider with two scored stages, completed and passed, and an interview outcome. */
    private UUID sitting(String provider) {
        long account = DecisionFixtures.ACCOUNTS.incrementAndGet();
        long application = DecisionFixtures.admittedApplication(jdbc, account, "ADVOCATE_ATTESTATION", provider, FRIDAY);
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, "ADVOCATE_ATTESTATION", 1, 81, true, FRIDAY),
                DecisionFixtures.scored(sitting, application, account, "ADVOCATE_ATTESTATION", 2, 77, true,
                        FRIDAY.plusSeconds(3600)),
                DecisionFixtures.completed(sitting, application, account, "ADVOCATE_ATTESTATION", true,
                        FRIDAY.plusSeconds(3600)));
        jdbc.sql("""
                        UPDATE decision_result_sitting SET interview_passed = true, interview_decided_by_chair = true,
                            interview_concluded_at = ? WHERE sitting_id = ?""")
                .params(Timestamp.from(FRIDAY.plusSeconds(7200)), sitting).update();
        return sitting;
    }

    private byte[] operatorExport(String provider) throws Exception {
        return mvc.perform(get("/api/v1/operator/results/signed").param("provider", provider)
                        .with(as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pkcs7-mime"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions upload(byte[] file, String login) throws Exception {
        return mvc.perform(multipart("/api/v1/office/results/import")
                .file(new MockMultipartFile("file", "results.p7m", "application/pkcs7-mime", file))
                .with(as(login)).with(csrf()));
    }

    /** The provider's node has not seen the sitting (it was tested on an air-gapped operator node). */
    private void forget(UUID sitting) {
        jdbc.sql("DELETE FROM decision_result_stage WHERE sitting_id = ?").param(sitting).update();
        jdbc.sql("DELETE FROM decision_result_sitting WHERE sitting_id = ?").param(sitting).update();
    }

    private int stages(UUID sitting) {
        return jdbc.sql("SELECT count(*) FROM decision_result_stage WHERE sitting_id = ?").param(sitting)
                .query(Integer.class).single();
    }

    private boolean imported(byte[] file) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM decision_results_import WHERE sha256 = ?)")
                .param(DigestUtils.sha256Hex(file)).query(Boolean.class).single();
    }

    @Test
    void operatorExportIsImportedByTheProviderOnceAndShownInTheRegister_000_24() throws Exception {
        UUID sitting = sitting("dj-almaty");
        byte[] file = operatorExport("dj-almaty");

        CMSSignedData signed = new CMSSignedData(file);
        X509Certificate signer = new JcaX509CertificateConverter().getCertificate(
                (org.bouncycastle.cert.X509CertificateHolder) signed.getCertificates()
                        .getMatches(signed.getSignerInfos().getSigners().iterator().next().getSID()).iterator().next());
        assertThat(signer.getSubjectX500Principal().getName()).contains("OPERATOR");
        String json = new String((byte[]) signed.getSignedContent().getContent(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\":\"attest-kz/results/1\"").contains(sitting.toString());
        assertThat(jdbc.sql("""
                        SELECT actor || ' ' || entity_id || ' ' || summary FROM audit_entry
                        WHERE action = 'decision.results-exported' AND summary LIKE ?""")
                .param("%sha256 " + DigestUtils.sha256Hex(file)).query(String.class).list())
                .singleElement().asString().startsWith("operator-admin dj-almaty ").contains("signed by operator");

        forget(sitting);
        String body = upload(file, "officer").andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(false))
                .andExpect(jsonPath("$.providerId").value("dj-almaty"))
                .andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(body, "$.added")).isGreaterThanOrEqualTo(1);
        assertThat((Integer) JsonPath.read(body, "$.stagesAdded")).isGreaterThanOrEqualTo(2);
        assertThat(stages(sitting)).isEqualTo(2);

        mvc.perform(get("/api/v1/office/results").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].passed").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].dueDate").value(hasItem("2026-11-23")))
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].stages[1].correct").value(hasItem(77)))
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].interview.decidedByChair")
                        .value(hasItem(true)));
        mvc.perform(get("/office/results").with(as("head")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-link\"")));
        assertThat(jdbc.sql("""
                        SELECT actor || ' ' || summary FROM audit_entry
                        WHERE action = 'decision.results-imported' AND entity_id = ?""")
                .param(DigestUtils.sha256Hex(file)).query(String.class).list())
                .singleElement().asString().startsWith("officer provider dj-almaty");

        // the same file again: nothing new, and it says so
        upload(file, "head").andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(true))
                .andExpect(jsonPath("$.added").value(0));
        assertThat(stages(sitting)).isEqualTo(2);
        mvc.perform(multipart("/office/results/import")
                        .file(new MockMultipartFile("file", "results.p7m", "application/pkcs7-mime", file))
                        .with(as("officer")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-result\"")));
        mvc.perform(get("/office/results/import").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DigestUtils.sha256Hex(file).substring(0, 16))));
    }

    @Test
    void aSittingAlreadyKnownIsNotDuplicated_000_24() throws Exception {
        UUID sitting = sitting("cfe");
        byte[] file = operatorExport("cfe");
        upload(file, "cfe-officer").andExpect(status().isOk()).andExpect(jsonPath("$.alreadyImported").value(false));
        assertThat(stages(sitting)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM decision_result_sitting WHERE sitting_id = ?").param(sitting)
                .query(Integer.class).single()).isEqualTo(1);
        // the provider's own signed download keeps working and is importable too
        byte[] own = mvc.perform(get("/api/v1/office/results/signed").with(as("cfe-head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        upload(own, "cfe-head").andExpect(status().isOk());
        assertThat(stages(sitting)).isEqualTo(2);
    }

    @Test
    void onlyTheOperatorExportsAndOnlyTheProviderImports_000_24() throws Exception {
        mvc.perform(get("/api/v1/operator/results/signed").param("provider", "dj-almaty").with(as("officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/operator/results/signed").with(as("operator-admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/operator/results/signed").param("provider", "no-such-provider")
                        .with(as("operator-admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/operator/results").with(as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("provider=dj-almaty")));
        byte[] file = operatorExport("dj-almaty");
        upload(file, "operator-admin").andExpect(status().isForbidden());
        assertThat(imported(file)).isFalse();
    }

    @Test
    void everyBadFileIsRefusedWithNothingStored_000_24() throws Exception {
        DemoCertificateAuthority.IssuedCredential operator = ca.issue(new CertificateSubject("000000000000", "RESULTS",
                "OPERATOR", null, "operator", null), KeyPurpose.SIGNING);
        UUID fresh = UUID.randomUUID();
        byte[] good = signed(results("attest-kz/results/1", "dj-almaty", fresh), operator);

        refused(new byte[0], "decision.results.import.empty");
        refused("not a CMS file".getBytes(StandardCharsets.UTF_8), "not-cms");
        byte[] modified = good.clone();
        int at = indexOf(modified, fresh.toString().getBytes(StandardCharsets.US_ASCII));
        modified[at] = (byte) (modified[at] == 'a' ? 'b' : 'a');
        refused(modified, "modified");
        refused(signedBySelf(results("attest-kz/results/1", "dj-almaty", fresh)), "untrusted");
        refused(signed(results("attest-kz/admitted-candidates/1", "dj-almaty", fresh), operator), "format");
        refused(signed("[1, 2]".getBytes(StandardCharsets.UTF_8), operator), "not an object");
        refused(signed(("{\"format\": \"attest-kz/results/1\", \"provider\": \"dj-almaty\", \"results\": [{\"service\": 1}]}")
                .getBytes(StandardCharsets.UTF_8), operator), "entry");
        assertThat(jdbc.sql("SELECT count(*) FROM decision_result_sitting WHERE sitting_id = ?").param(fresh)
                .query(Integer.class).single()).isZero();

        // another provider's file: 403, nothing stored
        upload(good, "cfe-officer").andExpect(status().isForbidden());
        assertThat(imported(good)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM decision_result_sitting WHERE sitting_id = ?").param(fresh)
                .query(Integer.class).single()).isZero();

        // the page shows the reason with status 400
        mvc.perform(multipart("/office/results/import")
                        .file(new MockMultipartFile("file", "results.p7m", "application/pkcs7-mime", modified))
                        .with(as("officer")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"import-error\"")));

        // and the good one is taken
        upload(good, "officer").andExpect(status().isOk()).andExpect(jsonPath("$.added").value(1))
                .andExpect(jsonPath("$.stagesAdded").value(1));
        mvc.perform(get("/api/v1/office/results").with(as("officer")))
                .andExpect(jsonPath("$[?(@.sittingId == '" + fresh + "')].stages[0].correct").value(hasItem(90)));
    }

    private void refused(byte[] file, String why) throws Exception {
        String body = upload(file, "officer").andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).as(why).isNotBlank();
        if (file.length > 0) {
            assertThat(imported(file)).as(why).isFalse();
        }
    }

    private static byte[] results(String format, String provider, UUID sitting) {
        return """
                {"format": "%s", "provider": "%s", "exportedAt": "%s", "exportedBy": "operator-admin",
                 "results": [{"sittingId": "%s", "applicationId": null, "accountId": 42, "providerId": "%s",
                   "service": "ADVOCATE_ATTESTATION", "lastStageAt": "2026-11-20T06:00:00Z", "dueDate": "2026-11-23",
                   "completedAt": null, "passed": null, "interview": null,
                   "stages": [{"stage": 1, "correct": 90, "total": 100, "threshold": 70, "passed": true,
                               "finishedAt": "2026-11-20T06:00:00Z"}]}]}"""
                .formatted(format, provider, Instant.now(), sitting, provider).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] signed(byte[] content, DemoCertificateAuthority.IssuedCredential key) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
        generator.addCertificates(new JcaCertStore(key.chain()));
        return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
    }

    /** Signed by a self-made certificate that chains to no trusted root. */
    private static byte[] signedBySelf(byte[] content) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=OPERATOR,O=Forged");
        Instant now = Instant.now();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.TWO,
                Date.from(now.minusSeconds(3600)), Date.from(now.plusSeconds(3600)), name, pair.getPublic());
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(signer, certificate));
        cms.addCertificates(new JcaCertStore(List.of(certificate)));
        return cms.generate(new CMSProcessableByteArray(content), true).getEncoded();
    }
}
