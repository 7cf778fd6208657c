package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000 ¶74: a candidate who failed the qualification exam sits again not earlier than three and not later than six
 * months after, following additional qualification training. At submission: too early is a 409 naming the earliest
 * day; a retake within the window without the training certificate is a 409 naming the document, nothing stored; the
 * certificate is optional on a first application.
 */
class RetakeTrainingTests extends WithMockMvc {

    static final String SERVICE = "FORENSIC_EXPERT_QUALIFICATION";
    static final String CERTIFICATE = "ADDITIONAL_TRAINING_CERTIFICATE";

    @Autowired
    Catalogue catalogue;

    @Test
    void aRetakeWithoutTheTrainingCertificateIsRefusedNamingItAndWithItIsAccepted_000_74() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        long account = accountOf(applicant);
        failedQualification(account, Instant.now().minus(122, ChronoUnit.DAYS));   // four months ago
        String draft = draft(applicant);

        applicant.submit(draft, applicant.signingKey)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.error.retake-document-missing"))
                .andExpect(content().string(containsString(
                        "Certificate of additional qualification training in forensic examinations")));
        assertThat(applications(account)).isZero();

        applicant.attach(draft, CERTIFICATE, "training.pdf", ApplicationFixtures.PDF).andExpect(status().isCreated());
        applicant.submit(draft, applicant.signingKey).andExpect(status().isCreated());
        assertThat(applications(account)).isEqualTo(1);
    }

    @Test
    void aRetakeEarlierThanThreeMonthsIsRefusedWithTheEarliestDayEvenWithTheCertificate_000_74() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        long account = accountOf(applicant);
        Instant sat = Instant.now().minus(60, ChronoUnit.DAYS);
        failedQualification(account, sat);
        String draft = draft(applicant);
        applicant.attach(draft, CERTIFICATE, "training.pdf", ApplicationFixtures.PDF).andExpect(status().isCreated());

        String earliest = sat.atZone(WorkingCalendar.ZONE).toLocalDate().plusMonths(3)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        applicant.submit(draft, applicant.signingKey)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("decision.retake.too-early"))
                .andExpect(content().string(containsString(earliest)));
        assertThat(applications(account)).isZero();
    }

    @Test
    void afterTheSixMonthWindowTheApplicationIsANewExamAndNeedsNoRetakeCertificate_000_74() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        long account = accountOf(applicant);
        failedQualification(account, Instant.now().minus(200, ChronoUnit.DAYS));   // more than six months ago
        applicant.submit(draft(applicant), applicant.signingKey).andExpect(status().isCreated());
        assertThat(applications(account)).isEqualTo(1);
    }

    @Test
    void aFirstApplicationMayCarryTheCertificateButNeedNot_000_74() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        String draft = draft(applicant);
        applicant.attach(draft, CERTIFICATE, "training.pdf", ApplicationFixtures.PDF).andExpect(status().isCreated());
        // a service whose retakes need nothing more does not accept it
        String other = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");
        applicant.attach(other, CERTIFICATE, "training.pdf", ApplicationFixtures.PDF).andExpect(status().isBadRequest());
        applicant.submit(draft, applicant.signingKey).andExpect(status().isCreated());
        assertThat(catalogue.get(SERVICE).requiredDocuments()).doesNotContain(CERTIFICATE);
        assertThat(catalogue.get(SERVICE).retake().orElseThrow().requiredDocuments()).containsExactly(CERTIFICATE);
    }

    private long accountOf(ApplicationFixtures applicant) {
        return accounts.findByLoginName(applicant.iin).orElseThrow().accountId();
    }

    private long applications(long account) {
        return jdbc.sql("SELECT count(*) FROM application_application WHERE account_id = ?").param(account)
                .query(Long.class).single();
    }

    /** A completed, failed qualification sitting in the results register, as the decision module keeps it. */
    private void failedQualification(long account, Instant sat) {
        UUID sitting = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO decision_result_sitting (sitting_id, account_id, service, last_stage_at, due_date,
                                                             completed_at, passed)
                        VALUES (?, ?, ?, ?, CURRENT_DATE, ?, false)""")
                .params(sitting, account, SERVICE, Timestamp.from(sat), Timestamp.from(sat)).update();
        jdbc.sql("""
                        INSERT INTO decision_result_stage (attempt_id, sitting_id, stage, correct, total, threshold,
                                                           passed, finished_at)
                        VALUES (?, ?, 1, 40, 100, 70, false, ?)""")
                .params(UUID.randomUUID(), sitting, Timestamp.from(sat)).update();
    }

    /** A draft to the Centre with every always-required document, one specialty and every box ticked. */
    private String draft(ApplicationFixtures applicant) throws Exception {
        String draft = applicant.startDraft(SERVICE, "cfe");
        for (String type : catalogue.get(SERVICE).requiredDocuments()) {
            applicant.attach(draft, type, type.toLowerCase() + ".pdf", ApplicationFixtures.PDF)
                    .andExpect(status().isCreated());
        }
        String specialty = catalogue.specialtiesFor(ServiceCode.of(SERVICE)).stream().findFirst()
                .map(ExpertSpecialty::code).orElseThrow();
        mvc.perform(put("/api/v1/applications/drafts/" + draft).session(applicant.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApplicationFixtures.ALL_DECLARATIONS.replace("\"specialties\": []",
                                "\"specialties\": [\"" + specialty + "\"]")))
                .andExpect(status().isOk());
        return draft;
    }
}
