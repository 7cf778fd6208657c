package kz.attest.licensing;

import com.jayway.jsonpath.JsonPath;
import kz.attest.identity.Accounts;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.testing.Applicants;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An applicant with a demo-CA key and the API calls of a licence request, for the licensing web tests. */
final class LicensingFixtures {

    static final String PASSWORD = Applicants.PASSWORD;
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    final MockMvc mvc;
    final String iin;
    final MockHttpSession session;
    final DemoCertificateAuthority.IssuedCredential key;

    private LicensingFixtures(MockMvc mvc, String iin, MockHttpSession session, DemoCertificateAuthority.IssuedCredential key) {
        this.mvc = mvc;
        this.iin = iin;
        this.session = session;
        this.key = key;
    }

    static LicensingFixtures applicant(MockMvc mvc, Accounts accounts, DemoCertificateAuthority ca, String marker)
            throws Exception {
        String iin = freshIin(marker);
        DemoCertificateAuthority.IssuedCredential key = Applicants.register(accounts, ca, iin);
        return new LicensingFixtures(mvc, iin, signIn(mvc, iin, PASSWORD), key);
    }

    static MockHttpSession signIn(MockMvc mvc, String login, String password) throws Exception {
        return Applicants.signIn(mvc, login, password);
    }

    static MockHttpSession officer(MockMvc mvc) throws Exception {
        return signIn(mvc, "ministry-officer", "demo-ministry-officer-2026");
    }

    static MockHttpSession head(MockMvc mvc) throws Exception {
        return signIn(mvc, "ministry-head", "demo-ministry-head-2026");
    }

    /** The Ministry records an outcome the applicant holds (appendix-3 decision, appendix-5 certificate). */
    void holds(String form, String number, List<String> specialties, LocalDate validUntil) throws Exception {
        String body = """
                {"iin":"%s","form":"%s","number":"%s","specialties":[%s],"issuedOn":"2026-01-15"%s}"""
                .formatted(iin, form, number, String.join(",", specialties.stream().map(s -> "\"" + s + "\"").toList()),
                        validUntil == null ? "" : ",\"validUntil\":\"" + validUntil + "\"");
        mvc.perform(post("/api/v1/office/licences/prerequisites").session(officer(mvc)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }

    ResultActions start(String json) throws Exception {
        return mvc.perform(post("/api/v1/licences/requests").session(session).with(csrf()).param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long started(String json) throws Exception {
        String body = start(json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions attach(long id, String type) throws Exception {
        return mvc.perform(multipart("/api/v1/licences/requests/" + id + "/documents")
                .file(new MockMultipartFile("file", type.toLowerCase() + ".pdf", "application/octet-stream", PDF))
                .param("type", type).param("lang", "en").session(session).with(csrf()));
    }

    ResultActions pay(long id, int demoDigit) throws Exception {
        return mvc.perform(post("/api/v1/licences/requests/" + id + "/payment").session(session).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("{\"demoDigit\":" + demoDigit + "}"));
    }

    ResultActions content(long id) throws Exception {
        return mvc.perform(get("/api/v1/licences/requests/" + id + "/content").session(session).param("lang", "en"));
    }

    ResultActions submit(long id, DemoCertificateAuthority.IssuedCredential signingKey, byte[] content) throws Exception {
        return mvc.perform(post("/api/v1/licences/requests/" + id + "/submit").session(session).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"cms\":\"" + sign(signingKey, content) + "\"}"));
    }

    byte[] contentBytes(long id) throws Exception {
        String body = content(id).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Base64.getDecoder().decode((String) JsonPath.read(body, "$.content"));
    }

    /** A request with every document attached and the fee paid, ready to sign. */
    long paidRequest(String json, String... documents) throws Exception {
        long id = started(json);
        for (String type : documents) {
            attach(id, type).andExpect(status().isCreated());
        }
        pay(id, 0).andExpect(status().isOk());
        return id;
    }

    /** A request signed and submitted by the applicant. */
    long submittedRequest(String json, String... documents) throws Exception {
        long id = paidRequest(json, documents);
        submit(id, key, contentBytes(id)).andExpect(status().isOk());
        return id;
    }

    ResultActions staffDoes(MockHttpSession staff, long id, String step) throws Exception {
        return mvc.perform(post("/api/v1/office/licences/requests/" + id + "/steps/" + step).session(staff).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"ok\"}"));
    }

    /** Every provider step up to the signature, then the head signs; returns the licence number. */
    String issued(long id, List<String> officerSteps, List<String> headSteps) throws Exception {
        MockHttpSession officer = officer(mvc);
        MockHttpSession head = head(mvc);
        for (String step : officerSteps) {
            staffDoes(officer, id, step).andExpect(status().isOk());
        }
        for (String step : headSteps) {
            staffDoes(head, id, step).andExpect(status().isOk());
        }
        String body = mvc.perform(post("/api/v1/office/licences/requests/" + id + "/sign").session(head).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.number");
    }

    static String sign(DemoCertificateAuthority.IssuedCredential key, byte[] data) throws Exception {
        return Applicants.sign(key, data);
    }

    /** A fresh valid IIN; {@code marker} (two digits or empty) sets the 8th and 9th digits the demo registries read. */
    static String freshIin(String marker) {
        return marker.isEmpty() ? kz.attest.identity.TestIins.fresh() : kz.attest.identity.TestIins.marked(marker);
    }
}
