package kz.attest.signature;

import kz.attest.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator revokes a demonstration certificate; the CRL shows it and the action is audited. */
@SpringBootTest
@AutoConfigureMockMvc
class PkiAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoCertificateAuthority ca;
    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
    void anAdministratorRevokesACertificate() throws Exception {
        var credential = ca.issue(CertificateSubject.individual("900101300017", "Сериков", "Асан", null), KeyPurpose.SIGNING);
        String serial = credential.certificate().getSerialNumber().toString(16);

        mvc.perform(post("/admin/pki/revoke").param("serialNumber", serial).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(ca.crl().isRevoked(credential.certificate())).isTrue();
        assertThat(auditLog.history("Certificate", serial)).hasSize(1);
        mvc.perform(get("/admin/pki")).andExpect(status().isOk());
    }

    @Test
    @WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
    void aSerialThatIsNotHexIsRefused() throws Exception {
        mvc.perform(post("/admin/pki/revoke").param("serialNumber", "xyz").with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "officer", roles = "PROVIDER_OFFICER")
    void othersMayNotRevoke() throws Exception {
        mvc.perform(post("/admin/pki/revoke").param("serialNumber", "abc").with(csrf()))
                .andExpect(status().isForbidden());
    }
}
