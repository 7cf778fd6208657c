package kz.attest.identity;

import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import java.util.Base64;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Applicants sign in with their EDS authentication key by signing a one-time challenge (lifecycle.md, Submission 1). */
@SpringBootTest
@AutoConfigureMockMvc
class EdsSignInTests {

    private static final String DEMO_APPLICANT_IIN = "900315300123";

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoCertificateAuthority ca;

    @Test
    void theApplicantSignsInWithTheAuthenticationKey() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String cms = signChallenge(session, ca.issue(subject(DEMO_APPLICANT_IIN), KeyPurpose.AUTHENTICATION));

        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(authenticated().withUsername(DEMO_APPLICANT_IIN));
    }

    @Test
    void aSigningKeyIsNotAnAuthenticationKey() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String cms = signChallenge(session, ca.issue(subject(DEMO_APPLICANT_IIN), KeyPurpose.SIGNING));

        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(redirectedUrl("/login?eds=signature.refused.key-usage"))
                .andExpect(unauthenticated());
    }

    @Test
    void aCertificateWithoutAnAccountIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String cms = signChallenge(session, ca.issue(subject("851231400120"), KeyPurpose.AUTHENTICATION));

        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(redirectedUrl("/login?eds=identity.login.eds.no-account"))
                .andExpect(unauthenticated());
    }

    @Test
    void aCertificateIinFailingTheChecksumIsNotValidRatherThanNoAccount_003_1() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String cms = signChallenge(session, ca.issue(subject("123456789011"), KeyPurpose.AUTHENTICATION));

        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(redirectedUrl("/login?eds=signature.refused.invalid-iin"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("eds", "signature.refused.invalid-iin").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ИИН в сертификате недействителен")));
    }

    @Test
    void anExpiredAuthenticationKeyWithABackdatedSigningTimeIsRefused_003_1() throws Exception {
        MockHttpSession session = new MockHttpSession();
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var expired = ca.issue(subject(DEMO_APPLICANT_IIN), KeyPurpose.AUTHENTICATION,
                now.minus(12, java.time.temporal.ChronoUnit.HOURS), now.minus(1, java.time.temporal.ChronoUnit.HOURS));
        String cms = signChallenge(session, expired, now.minus(6, java.time.temporal.ChronoUnit.HOURS));

        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(redirectedUrl("/login?eds=signature.refused.expired"))
                .andExpect(unauthenticated());
    }

    @Test
    void aChallengeIsUsedOnceAndOnlyInItsSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String cms = signChallenge(session, ca.issue(subject(DEMO_APPLICANT_IIN), KeyPurpose.AUTHENTICATION));

        mvc.perform(post("/login/eds").session(new MockHttpSession()).param("cms", cms).with(csrf()))
                .andExpect(redirectedUrl("/login?eds=expired"));
        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(authenticated());
        mvc.perform(post("/login/eds").session(session).param("cms", cms).with(csrf()))
                .andExpect(redirectedUrl("/login?eds=expired"));
    }

    @Test
    void withoutCsrfTokenTheSignInIsForbidden() throws Exception {
        mvc.perform(post("/login/eds").param("cms", "x")).andExpect(status().isForbidden());
    }

    private String signChallenge(MockHttpSession session, DemoCertificateAuthority.IssuedCredential key) throws Exception {
        return signChallenge(session, key, null);
    }

    /** NCALayer's answer to the challenge; {@code claimed} (nullable) is the signingTime the signer writes. */
    private String signChallenge(MockHttpSession session, DemoCertificateAuthority.IssuedCredential key,
                                 java.time.Instant claimed) throws Exception {
        String body = mvc.perform(get("/login/eds/challenge").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        byte[] challenge = Base64.getDecoder().decode(JsonMapper.builder().build().readTree(body).path("challenge").asString());
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        JcaSignerInfoGeneratorBuilder builder = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        if (claimed != null) {
            builder.setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(
                    new org.bouncycastle.asn1.cms.AttributeTable(new org.bouncycastle.asn1.cms.Attribute(
                            org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                            new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.cms.Time(java.util.Date.from(claimed)))))));
        }
        generator.addSignerInfoGenerator(builder
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
        generator.addCertificates(new JcaCertStore(key.chain().subList(0, 2)));
        return Base64.getEncoder().encodeToString(generator.generate(new CMSProcessableByteArray(challenge), true).getEncoded());
    }

    private static CertificateSubject subject(String iin) {
        return CertificateSubject.individual(iin, "Демо", "Өтініш беруші", null);
    }
}
