package kz.attest.decision;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every application reaches an end: tested, decision prepared, decided (seed 000 ¶25, ¶29, ¶52, ¶53, ¶96). */
@SpringBootTest
@AutoConfigureMockMvc
class OutcomeTests extends WithDecisionCollaborators {

    @Autowired
    WorkingCalendar calendar;

    private String applicantIin;
    private long account;

    @BeforeEach
    void freshApplicant() {
        applicantIin = DecisionFixtures.freshApplicant(accounts);
        account = accounts.findByLoginName(applicantIin).orElseThrow().accountId();
    }

    private LocalDate today() {
        return Instant.now().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    /** An admitted application whose single sitting completes with the given outcome. */
    private long tested(String service, String provider, boolean passed) {
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider, Instant.now());
        UUID sitting = UUID.randomUUID();
        Instant at = Instant.now();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, passed ? 80 : 50, passed, at),
                DecisionFixtures.completed(sitting, application, account, service, passed, at));
        return application;
    }

    private String statusOf(long application) {
        return jdbc.sql("SELECT status FROM application_application WHERE id = ?").param(application)
                .query(String.class).single();
    }

    private String prepare(MockHttpSession officer, long application) throws Exception {
        String body = mvc.perform(post("/api/v1/office/outcomes/applications/" + application + "/prepare")
                        .session(officer).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void decisionDueWithinOneWorkingDay_000_52() {
        long application = tested("FORENSIC_EXPERT_ATTESTATION", "cfe", true);
        assertThat(statusOf(application)).isEqualTo("TESTED");
        var row = jdbc.sql("SELECT pending_step, due_date FROM application_application WHERE id = ?")
                .param(application).query().singleRow();
        assertThat(row.get("pending_step")).isEqualTo("DECISION_AFTER_RESULTS");
        assertThat(((java.sql.Date) row.get("due_date")).toLocalDate()).isEqualTo(calendar.addWorkingDays(today(), 1));
    }

    @Test
    void passedSittingIsPreparedSignedByTheHeadAndDownloaded_000_25() throws Exception {
        long application = tested("ADVOCATE_ATTESTATION", "dj-almaty", true);
        MockHttpSession officer = signIn("officer");
        String id = prepare(officer, application);
        assertThat(statusOf(application)).isEqualTo("DECISION_PREPARED");
        // an officer who is not an authorised signer may not sign
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(officer).with(csrf()))
                .andExpect(status().isForbidden());
        // another organisation's head may not either
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signIn("cfe-head")).with(csrf()))
                .andExpect(status().isForbidden());
        String signed = mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signIn("head")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(signed, "$.status")).isEqualTo("SIGNED");
        assertThat((String) JsonPath.read(signed, "$.standing")).isEqualTo("VALID");
        // ¶29: an advocate's decision is valid 3 years
        assertThat((String) JsonPath.read(signed, "$.validUntil")).isEqualTo(today().plusYears(3).toString());
        assertThat(statusOf(application)).isEqualTo("DECIDED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action LIKE 'decision.outcome-%'")
                .param(id).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_notice WHERE template = 'application.decided' AND subject_id = ?")
                .param(Long.toString(application)).query(Integer.class).single()).isEqualTo(1);
        MockHttpSession applicant = signIn(applicantIin);
        byte[] pdf = mvc.perform(get("/api/v1/outcomes/" + id + "/pdf").session(applicant))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String number = JsonPath.read(signed, "$.number");
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number).contains("Сериков").contains("Алматы").contains("/verify?number=");
        }
        byte[] docx = mvc.perform(get("/api/v1/outcomes/" + id + "/docx").session(applicant))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
             var extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains(number).contains("Сериков");
        }
        mvc.perform(get("/cabinet/outcomes").session(applicant)).andExpect(status().isOk());
        mvc.perform(get("/office/outcomes").session(officer)).andExpect(status().isOk());
        // a signed decision is never changed: signing again is a conflict
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signIn("head")).with(csrf()))
                .andExpect(status().isConflict());
        // another applicant sees nothing of it
        String other = DecisionFixtures.freshApplicant(accounts);
        mvc.perform(get("/api/v1/outcomes/" + id + "/pdf").session(signIn(other))).andExpect(status().isNotFound());
    }

    @Test
    void failedSittingGivesANegativeDecisionWithoutValidity_000_96() throws Exception {
        long application = tested("PATENT_ATTORNEY_ATTESTATION", "ministry", false);
        String id = prepare(signIn("ministry-officer"), application);
        String signed = mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signIn("ministry-head"))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(signed, "$.variant")).isEqualTo("NEGATIVE");
        assertThat((Object) JsonPath.read(signed, "$.validUntil")).isNull();
        assertThat(statusOf(application)).isEqualTo("DECIDED");
    }

    @Test
    void correctionSupersedesTheSignedDecisionWithAReason_000_53() throws Exception {
        long application = tested("FORENSIC_EXPERT_ATTESTATION", "cfe", true);
        MockHttpSession officer = signIn("cfe-officer");
        MockHttpSession head = signIn("cfe-head");
        String id = prepare(officer, application);
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(head).with(csrf())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/correct").session(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}")).andExpect(status().isBadRequest());
        String correction = mvc.perform(post("/api/v1/office/outcomes/" + id + "/correct").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"misspelt name\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String newId = JsonPath.read(correction, "$.id");
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/correct").session(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}")).andExpect(status().isConflict());
        String signed = mvc.perform(post("/api/v1/office/outcomes/" + newId + "/sign").session(head).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // ¶53: a forensic expert's attestation is valid 5 years
        assertThat((String) JsonPath.read(signed, "$.validUntil")).isEqualTo(today().plusYears(5).toString());
        assertThat(jdbc.sql("SELECT status FROM decision_outcome WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("SUPERSEDED");
        assertThat(statusOf(application)).isEqualTo("DECIDED");
    }

    @Test
    void twoSignersAtOnceOneWinsTheOtherGets409_000_25() throws Exception {
        long application = tested("NOTARY_ATTESTATION", "dj-almaty", true);
        MockHttpSession head = signIn("head");
        mvc.perform(post("/api/v1/office/outcomes/signers").session(head).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"login\":\"nobody-here\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/office/outcomes/signers").session(head).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"login\":\"officer\"}")).andExpect(status().isNoContent());
        MockHttpSession officer = signIn("officer");
        String id = prepare(officer, application);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (MockHttpSession signer : List.of(head, officer)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signer).with(csrf()))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'decision.outcome-signed'")
                .param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void numbersPerProviderAndYearAreGapFreeUnderConcurrentSigning_000_52() throws Exception {
        int count = 6;
        List<Long> applicationIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applicationIds.add(tested("FORENSIC_MEDICAL_QUALIFICATION", "cfe", i % 2 == 0));
        }
        MockHttpSession officer = signIn("cfe-officer");
        MockHttpSession head = signIn("cfe-head");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (long application : applicationIds) {
                results.add(pool.submit(() -> {
                    start.await();
                    String id = prepare(officer, application);
                    return mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(head).with(csrf()))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        var figures = jdbc.sql("""
                        SELECT count(*) AS n, count(DISTINCT seq) AS d, max(seq) AS top, min(seq) AS bottom
                        FROM decision_outcome WHERE provider_id = 'cfe' AND year = ?""")
                .param(today().getYear()).query().singleRow();
        long n = ((Number) figures.get("n")).longValue();
        assertThat(((Number) figures.get("d")).longValue()).isEqualTo(n);
        assertThat(((Number) figures.get("bottom")).longValue()).isEqualTo(1);
        assertThat(((Number) figures.get("top")).longValue()).isEqualTo(n);
    }

    @Test
    void withTheCommissionInterviewSwitchedOnTheDecisionIsDueAfterItsConclusion_000_52() {
        String service = "FORENSIC_MEDICAL_ATTESTATION";   // the demonstration switches its interview on
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, "cfe", Instant.now());
        UUID sitting = UUID.randomUUID();
        Instant at = Instant.now();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, 80, true, at),
                DecisionFixtures.completed(sitting, application, account, service, true, at));
        assertThat(statusOf(application)).isEqualTo("ADMITTED");   // the commission still interviews
        DecisionFixtures.publish(events, tx, new kz.attest.commission.InterviewConcluded(1L, sitting, application,
                account, new kz.attest.catalogue.ServiceCode(service), "cfe", false, false, Instant.now()));
        assertThat(statusOf(application)).isEqualTo("TESTED");
    }
}
