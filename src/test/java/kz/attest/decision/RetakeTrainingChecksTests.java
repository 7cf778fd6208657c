package kz.attest.decision;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.ServiceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** ¶74 through the port: the window [3 months, 6 months] and the documents a qualification retake must carry. */
@SpringBootTest
@AutoConfigureMockMvc
class RetakeTrainingChecksTests extends WithDecisionCollaborators {

    static final ServiceCode QUALIFICATION = new ServiceCode("FORENSIC_MEDICAL_QUALIFICATION");

    @Autowired
    RetakeChecks retakes;

    @Test
    void theTrainingCertificateIsRequiredExactlyWithinTheThreeToSixMonthWindow_000_74() {
        long account = DecisionFixtures.ACCOUNTS.incrementAndGet();
        Instant at = ResultsRegisterTests.FRIDAY;
        failed(account, QUALIFICATION.value(), at);
        LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();

        assertThat(retakes.refusal(account, QUALIFICATION, day.plusMonths(3).minusDays(1)))
                .hasValueSatisfying(r -> {
                    assertThat(r.messageKey()).isEqualTo("decision.retake.too-early");
                    assertThat(r.earliest()).isEqualTo(day.plusMonths(3));
                });
        assertThat(retakes.documentsRequired(account, QUALIFICATION, day.plusMonths(3).minusDays(1))).isEmpty();
        assertThat(retakes.refusal(account, QUALIFICATION, day.plusMonths(3))).isEmpty();
        assertThat(retakes.documentsRequired(account, QUALIFICATION, day.plusMonths(3)))
                .containsExactly("ADDITIONAL_TRAINING_CERTIFICATE");
        assertThat(retakes.documentsRequired(account, QUALIFICATION, day.plusMonths(6)))
                .containsExactly("ADDITIONAL_TRAINING_CERTIFICATE");
        // after the window the repeat is closed: a new application is a new exam (docs/decisions-decision.md)
        assertThat(retakes.refusal(account, QUALIFICATION, day.plusMonths(6).plusDays(1))).isEmpty();
        assertThat(retakes.documentsRequired(account, QUALIFICATION, day.plusMonths(6).plusDays(1))).isEmpty();
    }

    @Test
    void noCertificateWithoutAFailureOrForAServiceWithoutTraining_000_74() {
        long account = DecisionFixtures.ACCOUNTS.incrementAndGet();
        LocalDate today = LocalDate.of(2026, 11, 20);
        assertThat(retakes.documentsRequired(account, QUALIFICATION, today)).isEmpty();
        Instant at = ResultsRegisterTests.FRIDAY;
        failed(account, "NOTARY_ATTESTATION", at);
        assertThat(retakes.documentsRequired(account, new ServiceCode("NOTARY_ATTESTATION"),
                at.atZone(WorkingCalendar.ZONE).toLocalDate().plusMonths(4))).isEmpty();
    }

    private void failed(long account, String service, Instant at) {
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, "cfe", at);
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 1, 20, false, at),
                DecisionFixtures.completed(sitting, application, account, service, false, at));
    }
}
