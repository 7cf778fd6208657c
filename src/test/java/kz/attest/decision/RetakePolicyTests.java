package kz.attest.decision;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetakePolicyTests {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final LocalDate TEST_DAY = LocalDate.of(2026, 1, 10);

    private static ServiceDefinition service(String code) {
        return CATALOGUE.get(code);
    }

    private static RetakePolicy.Sitting failed(LocalDate day, boolean knowledgePassed) {
        return new RetakePolicy.Sitting(day, false, knowledgePassed);
    }

    @Test
    void failedAdvocateMayRetakeThirtyCalendarDaysAfterTheTest_000_23() {
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("ADVOCATE_ATTESTATION"),
                List.of(failed(TEST_DAY, false)), List.of());
        assertThat(e.earliest()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(e.latest()).isEmpty();
        assertThat(e.reason()).isEqualTo(RetakePolicy.Reason.FAILED);
        assertThat(e.allowsOn(LocalDate.of(2026, 2, 8))).isFalse();
        assertThat(e.allowsOn(LocalDate.of(2026, 2, 9))).isTrue();
    }

    @Test
    void failedPatentAttorneyMayRetakeThirtyCalendarDaysAfterTheTest_000_97() {
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("PATENT_ATTORNEY_ATTESTATION"),
                List.of(failed(TEST_DAY, true)), List.of());
        assertThat(e.earliest()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(e.knowledgeStageCredited()).isFalse();
    }

    @Test
    void forensicRepeatBetweenOneAndThreeMonthsWithPassedKnowledgeStageCredited_000_50_000_51() {
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("FORENSIC_EXPERT_ATTESTATION"),
                List.of(failed(TEST_DAY, true)), List.of());
        assertThat(e.earliest()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(e.latest()).contains(LocalDate.of(2026, 4, 10));
        assertThat(e.knowledgeStageCredited()).isTrue();
        RetakePolicy.Eligibility withoutCredit = RetakePolicy.evaluate(service("FORENSIC_EXPERT_ATTESTATION"),
                List.of(failed(TEST_DAY, false)), List.of());
        assertThat(withoutCredit.knowledgeStageCredited()).isFalse();
    }

    @Test
    void forensicRepeatIsAllowedOnlyOnce_000_49() {
        LocalDate repeat = LocalDate.of(2026, 3, 1);
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("FORENSIC_EXPERT_ATTESTATION"),
                List.of(failed(TEST_DAY, true), failed(repeat, true)), List.of());
        assertThat(e.reason()).isEqualTo(RetakePolicy.Reason.REPEATS_USED);
        assertThat(e.earliest()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(e.knowledgeStageCredited()).isFalse();
        // a failure long after the window closed starts a new attestation with its own repeat
        RetakePolicy.Eligibility fresh = RetakePolicy.evaluate(service("FORENSIC_EXPERT_ATTESTATION"),
                List.of(failed(TEST_DAY, true), failed(LocalDate.of(2026, 9, 1), false)), List.of());
        assertThat(fresh.reason()).isEqualTo(RetakePolicy.Reason.FAILED);
    }

    @Test
    void qualificationTestIsRetakenThreeToSixMonthsLaterAfterTraining_000_74() {
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("FORENSIC_EXPERT_QUALIFICATION"),
                List.of(failed(TEST_DAY, false)), List.of());
        assertThat(e.earliest()).isEqualTo(LocalDate.of(2026, 4, 10));
        assertThat(e.latest()).contains(LocalDate.of(2026, 7, 10));
        assertThat(e.additionalTrainingRequired()).isTrue();
    }

    @Test
    void removalForAViolationBlocksANewApplicationForThreeMonths_000_19() {
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("NOTARY_ATTESTATION"), List.of(),
                List.of(LocalDate.of(2026, 1, 31)));
        assertThat(e.reason()).isEqualTo(RetakePolicy.Reason.VIOLATION);
        assertThat(e.earliest()).isEqualTo(LocalDate.of(2026, 4, 30));
        // the later of the two limits wins
        RetakePolicy.Eligibility both = RetakePolicy.evaluate(service("NOTARY_ATTESTATION"),
                List.of(failed(TEST_DAY, false)), List.of(TEST_DAY));
        assertThat(both.reason()).isEqualTo(RetakePolicy.Reason.VIOLATION);
        assertThat(both.earliest()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aPassedLastSittingDoesNotBlock_000_23() {
        RetakePolicy.Eligibility e = RetakePolicy.evaluate(service("ADVOCATE_ATTESTATION"),
                List.of(failed(TEST_DAY, false), new RetakePolicy.Sitting(LocalDate.of(2026, 3, 1), true, true)),
                List.of());
        assertThat(e.reason()).isEqualTo(RetakePolicy.Reason.NONE);
        assertThat(e.allowsOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(e.latest()).isEqualTo(Optional.empty());
    }
}
