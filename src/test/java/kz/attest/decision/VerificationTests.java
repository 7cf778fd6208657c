package kz.attest.decision;

import com.jayway.jsonpath.JsonPath;
import kz.attest.application.DecisionRevokedOnAppeal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Public verification by number and code or by PDF, and the registry (documents.md; seed 000 ¶29, ¶53, ¶100). */
@SpringBootTest
@AutoConfigureMockMvc
class VerificationTests extends WithDecisionCollaborators {

    private static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Autowired
    Outcomes outcomes;

    private long account;
    private RequestPostProcessor client;

    @BeforeEach
    void fresh() {
        String iin = DecisionFixtures.freshApplicant(accounts);
        account = accounts.findByLoginName(iin).orElseThrow().accountId();
        String address = "10.77." + CLIENTS.incrementAndGet() + ".1";
        client = request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    record Issued(String id, String number, byte[] pdf, String url) {
    }

    private Issued issue(String service, String provider, String officer, String head) throws Exception {
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider, Instant.now());
        UUID sitting = UUID.randomUUID();
        Instant at = Instant.now();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, 90, true, at),
                DecisionFixtures.completed(sitting, application, account, service, true, at));
        String prepared = mvc.perform(post("/api/v1/office/outcomes/applications/" + application + "/prepare")
                .session(signIn(officer)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String id = JsonPath.read(prepared, "$.id");
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signIn(head)).with(csrf()))
                .andExpect(status().isOk());
        byte[] pdf = jdbc.sql("SELECT signed_pdf FROM decision_outcome WHERE id = ?").param(UUID.fromString(id))
                .query(byte[].class).single();
        String number = jdbc.sql("SELECT number FROM decision_outcome WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            Matcher url = Pattern.compile("https?://[^/]+(/verify\\?number=[A-Za-z0-9-]+&code=[0-9a-f]{32})").matcher(text);
            assertThat(url.find()).isTrue();
            return new Issued(id, number, pdf, url.group(1));
        }
    }

    private static String code(String url) {
        return url.substring(url.indexOf("code=") + 5);
    }

    @Test
    void theQrCodesUrlOpensTheVerificationPageWithoutSignIn_000_29() throws Exception {
        Issued issued = issue("ADVOCATE_ATTESTATION", "dj-almaty", "officer", "head");
        URI uri = URI.create(issued.url());
        String page = mvc.perform(get(uri.getPath() + "?" + uri.getRawQuery()).param("lang", "en").with(client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(issued.number()).contains("Сериков").contains("Valid");
        assertThat(page).doesNotContain(jdbc.sql("SELECT applicant_iin FROM decision_outcome WHERE id = ?")
                .param(UUID.fromString(issued.id())).query(String.class).single());
        mvc.perform(get("/api/v1/verify").param("number", issued.number()).param("code", code(issued.url()))
                        .with(client))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standing").value("VALID"))
                .andExpect(jsonPath("$.signature").value("VALID"))
                .andExpect(jsonPath("$.passed").value(true));
        for (String lang : new String[]{"kk", "ru", "en"}) {
            mvc.perform(get("/verify").param("lang", lang).with(client)).andExpect(status().isOk());
        }
    }

    @Test
    void unknownNumberAndWrongCodeAnswerAlikeWithoutLeaking_000_29() throws Exception {
        Issued issued = issue("NOTARY_ATTESTATION", "dj-almaty", "officer", "head");
        String wrong = OutcomeDrafts.newCode();
        String a = mvc.perform(get("/api/v1/verify").param("number", issued.number()).param("code", wrong)
                .param("lang", "en").with(client)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        String b = mvc.perform(get("/api/v1/verify").param("number", "DJ-ALMATY-1999-99999").param("code", wrong)
                .param("lang", "en").with(client)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(a).contains("No document matches").doesNotContain("Сериков");
        assertThat(b).contains("No document matches");
        mvc.perform(get("/api/v1/verify").param("number", issued.number()).with(client))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/verify").param("number", issued.number()).param("code", "zz").with(client))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUploadedPdfIsAuthenticTamperedUnknownOrNotAPdf_000_53() throws Exception {
        Issued issued = issue("FORENSIC_EXPERT_ATTESTATION", "cfe", "cfe-officer", "cfe-head");
        mvc.perform(multipart("/api/v1/verify/pdf").file(new MockMultipartFile("file", "d.pdf", "application/pdf",
                        issued.pdf())).with(client))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("AUTHENTIC"))
                .andExpect(jsonPath("$.document.number").value(issued.number()));
        byte[] changed = issued.pdf().clone();
        changed[changed.length / 2] ^= 0x01;
        mvc.perform(multipart("/api/v1/verify/pdf").file(new MockMultipartFile("file", "d.pdf", "application/pdf",
                        changed)).with(client))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("TAMPERED"));
        mvc.perform(multipart("/api/v1/verify/pdf").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                        "hello, not a pdf".getBytes())).with(client))
                .andExpect(status().isOk()).andExpect(jsonPath("$.result").value("NOT_A_PDF"));
        byte[] other = jdbc.sql("SELECT pdf FROM decision_outcome WHERE id = ?").param(UUID.fromString(issued.id()))
                .query(byte[].class).single();
        // a PDF we never signed, with no number of ours in it
        byte[] foreign = new String(other, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace(issued.number(), "X").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String result = mvc.perform(multipart("/api/v1/verify/pdf").file(new MockMultipartFile("file", "f.pdf",
                        "application/pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes())).with(client))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(result, "$.result")).isEqualTo("UNKNOWN");
        assertThat(foreign).isNotEmpty();
        mvc.perform(multipart("/api/v1/verify/pdf").with(client)).andExpect(status().isBadRequest());
        mvc.perform(multipart("/verify/pdf").file(new MockMultipartFile("file", "d.pdf", "application/pdf",
                issued.pdf())).with(client).with(csrf())).andExpect(status().isOk());
    }

    @Test
    void moreRequestsThanTheRateAllowsGet429Localized(
            @Value("${attest.decision.verify-requests-per-minute}") int perMinute) throws Exception {
        for (int i = 0; i < perMinute; i++) {
            mvc.perform(get("/verify").with(client)).andExpect(status().isOk());
        }
        String body = mvc.perform(get("/api/v1/verify").param("number", "X").param("code", "y").param("lang", "ru")
                .with(client)).andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("Слишком много запросов");
    }

    @Test
    void aDecisionRevokedAfterAnUpheldAppealStaysVisibleAsRevoked_000_100() throws Exception {
        Issued issued = issue("BAILIFF_ATTESTATION", "dj-almaty", "officer", "head");
        long application = jdbc.sql("SELECT application_id FROM decision_outcome WHERE id = ?")
                .param(UUID.fromString(issued.id())).query(Long.class).single();
        tx.executeWithoutResult(s -> outcomes.revoke(new DecisionRevokedOnAppeal(application, "APPEAL-7", "head",
                Instant.now())));
        mvc.perform(get("/api/v1/verify").param("number", issued.number()).param("code", code(issued.url()))
                        .with(client))
                .andExpect(status().isOk()).andExpect(jsonPath("$.standing").value("REVOKED"));
        String registry = mvc.perform(get("/api/v1/office/registry").param("standing", "REVOKED")
                .param("q", issued.number()).session(signIn("officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(registry).contains(issued.number());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'decision.outcome-revoked'")
                .param(issued.id()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theRegistryIsScopedSearchableAndExported_000_53() throws Exception {
        Issued issued = issue("FORENSIC_EXPERT_QUALIFICATION", "cfe", "cfe-officer", "cfe-head");
        MockHttpSession officer = signIn("cfe-officer");
        mvc.perform(get("/api/v1/office/registry").param("q", issued.number()).session(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].number").value(issued.number()))
                .andExpect(jsonPath("$[0].standing").value("VALID"));
        mvc.perform(get("/api/v1/office/registry").param("q", issued.number()).session(signIn("officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/office/registry").param("q", issued.number()).session(signIn("ministry-officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/office/registry").param("standing", "BOGUS").session(officer))
                .andExpect(status().isBadRequest());
        byte[] xlsx = mvc.perform(get("/api/v1/office/registry.xlsx").param("q", issued.number()).session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(issued.number());
        }
        mvc.perform(get("/office/registry").session(officer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/office/registry").session(signIn("proctor"))).andExpect(status().isForbidden());
    }
}
