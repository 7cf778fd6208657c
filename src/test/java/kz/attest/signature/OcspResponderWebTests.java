package kz.attest.signature;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.security.cert.X509Certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demonstration CA's OCSP responder at {@code /pki/ocsp}: public, without CSRF, named in new certificates. */
@SpringBootTest
@AutoConfigureMockMvc
class OcspResponderWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoCertificateAuthority ca;

    @Test
    void theResponderAnswersGoodThenRevokedSignedByTheIssuingCa() throws Exception {
        DemoCertificateAuthority.IssuedCredential key = ca.issue(
                CertificateSubject.individual("900101300017", "Сериков", "Асан", null), KeyPurpose.SIGNING);
        assertThat(OcspClient.responders(key.certificate())).singleElement().asString().endsWith("/pki/ocsp");

        assertThat(ask(key.certificate())).isSameAs(CertificateStatus.GOOD);
        ca.revoke(key.certificate());
        assertThat(ask(key.certificate())).isInstanceOf(RevokedStatus.class);
    }

    private CertificateStatus ask(X509Certificate certificate) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(ca.issuingCertificate()), certificate.getSerialNumber());
        byte[] body = mvc.perform(post("/pki/ocsp").contentType("application/ocsp-request")
                        .content(new OCSPReqBuilder().addRequest(id).build().getEncoded()))
                .andExpect(status().isOk()).andExpect(content().contentType("application/ocsp-response"))
                .andReturn().getResponse().getContentAsByteArray();
        OCSPResp response = new OCSPResp(body);
        assertThat(response.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        BasicOCSPResp basic = (BasicOCSPResp) response.getResponseObject();
        assertThat(basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca.issuingCertificate().getPublicKey())))
                .isTrue();
        return basic.getResponses()[0].getCertStatus();
    }
}
