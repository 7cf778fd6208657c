package kz.attest.signature;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demonstration CA is created on first start and publishes its certificates and CRL to anyone. */
class PkiEndpointsTests extends WithMockMvc {

    @Test
    void rootCertificateIsPublishedAndNamedDemo() throws Exception {
        mvc.perform(get("/pki/demo-root.crt"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("-----BEGIN CERTIFICATE-----")));
        assertThat(ca.rootCertificate().getSubjectX500Principal().getName()).contains("DEMO");
    }

    @Test
    void issuingCrlIsPublishedAndSignedByTheIssuingCa() throws Exception {
        byte[] der = mvc.perform(get("/pki/demo-issuing.crl")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        crl.verify(ca.issuingCertificate().getPublicKey());
    }
}
