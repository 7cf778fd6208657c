package kz.attest.decision;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ResultSheetTests extends WithDecisionCollaborators {

    private String applicantIin;
    private long applicantAccount;

    @org.junit.jupiter.api.BeforeEach
    void freshApplicant() {
        applicantIin = DecisionFixtures.freshApplicant(accounts);
        applicantAccount = accounts.findByLoginName(applicantIin).orElseThrow().accountId();
    }

    private long applicant() {
        return applicantAccount;
    }

    private org.springframework.mock.web.MockHttpSession applicantSession() throws Exception {
        return signIn(applicantIin);
    }

    private UUID sitting(long account, String service, String provider, String centre) {
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider,
                ResultsRegisterTests.FRIDAY);
        UUID sitting = UUID.randomUUID();
        if (centre != null) {
            jdbc.sql("""
                            INSERT INTO decision_sitting_detail (sitting_id, application_id, account_id, iin, full_name,
                                                                 service, centre_id, starts_at)
                            VALUES (?, ?, ?, ?, 'Тестов Тест', ?, ?, ?)""")
                    .params(sitting, application, account, applicantIin, service, centre,
                            Timestamp.valueOf(LocalDateTime.of(2026, 11, 20, 10, 0))).update();
        }
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, 75, true,
                        ResultsRegisterTests.FRIDAY),
                DecisionFixtures.scored(sitting, application, account, service, 2, 40, false,
                        ResultsRegisterTests.FRIDAY.plusSeconds(3600)),
                DecisionFixtures.completed(sitting, application, account, service, false,
                        ResultsRegisterTests.FRIDAY.plusSeconds(3600)));
        return sitting;
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void candidateDownloadsOwnResultsSheetAsPdfAndDocx_001_9() throws Exception {
        var session = applicantSession();
        UUID sitting = sitting(applicant(), "ADVOCATE_ATTESTATION", "dj-almaty", null);
        byte[] pdf = mvc.perform(get("/cabinet/results/" + sitting + ".pdf").session(session))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pages(pdf)).isPositive();
        byte[] docx = mvc.perform(get("/cabinet/results/" + sitting + ".docx").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables()).isNotEmpty();
        }
        mvc.perform(get("/cabinet/results").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(sitting + ".pdf")));
    }

    @Test
    void anotherPersonsSheetIsNotFound_001_9() throws Exception {
        var session = applicantSession();
        UUID sitting = sitting(DecisionFixtures.ACCOUNTS.incrementAndGet(), "ADVOCATE_ATTESTATION", "dj-almaty", null);
        mvc.perform(get("/cabinet/results/" + sitting + ".pdf").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/cabinet/results/" + sitting + ".docx").session(session)).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("proctor")
    void proctorPrintsForensicResultsInTwoCopies_000_48() throws Exception {
        UUID forensic = sitting(applicant(), "FORENSIC_EXPERT_ATTESTATION", "cfe", "tc-almaty");
        UUID advocate = sitting(applicant(), "ADVOCATE_ATTESTATION", "dj-almaty", "tc-almaty");
        byte[] two = mvc.perform(get("/proctor/results/" + forensic + ".pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        byte[] one = mvc.perform(get("/proctor/results/" + advocate + ".pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pages(two)).isEqualTo(2 * pages(one));
        mvc.perform(get("/proctor/results/" + forensic + ".docx")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("proctor")
    void proctorOfAnotherCentreIsRefused_000_96() throws Exception {
        UUID patent = sitting(applicant(), "PATENT_ATTORNEY_ATTESTATION", "ministry", "tc-elsewhere");
        mvc.perform(get("/proctor/results/" + patent + ".pdf")).andExpect(status().isForbidden());
    }
}
