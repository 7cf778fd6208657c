package kz.attest.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** In the demonstration, an applicant downloads EDS keys for their own IIN as PKCS#12. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoKeysTests {

    @Autowired
    MockMvc mvc;

    @Test
    @WithUserDetails("900315300123")
    void theApplicantGetsASigningAndAnAuthenticationKeyForTheirIin() throws Exception {
        byte[] p12 = mvc.perform(get("/cabinet/demo-keys.p12")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), DemoKeysController.PASSWORD.toCharArray());
        assertThat(Collections.list(store.aliases())).containsExactlyInAnyOrder("sign", "auth");
        X509Certificate signing = (X509Certificate) store.getCertificate("sign");
        assertThat(signing.getSubjectX500Principal().toString()).contains("IIN900315300123");
        assertThat(signing.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.4");
    }

    @Test
    @WithUserDetails("officer")
    void staffCannotDownloadApplicantKeys() throws Exception {
        mvc.perform(get("/cabinet/demo-keys.p12")).andExpect(status().isForbidden());
    }
}
