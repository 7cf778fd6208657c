package kz.attest.decision;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.ActDrawnUp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The retake port over the events: a removal for a violation and a failed sitting as delivery publishes them. */
@SpringBootTest
@AutoConfigureMockMvc
class RetakeChecksTests extends WithDecisionCollaborators {

    @Autowired
    RetakeChecks retakes;

    @Test
    void removalForAViolationBlocksForThreeMonthsFromTheAct_000_19() {
        long account = DecisionFixtures.ACCOUNTS.incrementAndGet();
        long application = DecisionFixtures.admittedApplication(jdbc, account, "NOTARY_ATTESTATION", "dj-almaty",
                ResultsRegisterTests.FRIDAY);
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, "NOTARY_ATTESTATION", 1, 10, false,
                        ResultsRegisterTests.FRIDAY),
                new ActDrawnUp(UUID.randomUUID(), sitting, Optional.of(application), account,
                        ActDrawnUp.Kind.VIOLATION, ResultsRegisterTests.FRIDAY));
        LocalDate actDay = ResultsRegisterTests.FRIDAY.atZone(WorkingCalendar.ZONE).toLocalDate();
        var refusal = retakes.refusal(account, new ServiceCode("NOTARY_ATTESTATION"), actDay.plusMonths(2));
        assertThat(refusal).isPresent();
        assertThat(refusal.get().messageKey()).isEqualTo("decision.retake.violation");
        assertThat(refusal.get().earliest()).isEqualTo(actDay.plusMonths(3));
        assertThat(retakes.refusal(account, new ServiceCode("NOTARY_ATTESTATION"), actDay.plusMonths(3))).isEmpty();
        // another service is not blocked
        assertThat(retakes.refusal(account, new ServiceCode("ADVOCATE_ATTESTATION"), actDay.plusDays(1))).isEmpty();
    }

    @Test
    void suspensionDoesNotBlockAndAFailedSittingBlocksThirtyDays_000_23() {
        long account = DecisionFixtures.ACCOUNTS.incrementAndGet();
        long application = DecisionFixtures.admittedApplication(jdbc, account, "BAILIFF_ATTESTATION", "dj-almaty",
                ResultsRegisterTests.FRIDAY);
        UUID sitting = UUID.randomUUID();
        Instant at = ResultsRegisterTests.FRIDAY;
        DecisionFixtures.publish(events, tx,
                new ActDrawnUp(UUID.randomUUID(), sitting, Optional.of(application), account,
                        ActDrawnUp.Kind.SUSPENSION, at),
                DecisionFixtures.scored(sitting, application, account, "BAILIFF_ATTESTATION", 1, 20, false, at),
                DecisionFixtures.completed(sitting, application, account, "BAILIFF_ATTESTATION", false, at));
        LocalDate day = at.atZone(WorkingCalendar.ZONE).toLocalDate();
        var refusal = retakes.refusal(account, new ServiceCode("BAILIFF_ATTESTATION"), day.plusDays(29));
        assertThat(refusal).isPresent();
        assertThat(refusal.get().messageKey()).isEqualTo("decision.retake.too-early");
        assertThat(refusal.get().earliest()).isEqualTo(day.plusDays(30));
        assertThat(retakes.refusal(account, new ServiceCode("BAILIFF_ATTESTATION"), day.plusDays(30))).isEmpty();
    }
}
