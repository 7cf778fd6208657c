package kz.attest.decision;

import kz.attest.licensing.LicencePrerequisites;
import kz.attest.licensing.PrerequisiteCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcomes register answers licensing's prerequisite port (seed 004 app.2: a valid appendix-3 decision of the
 * bailiff attestation; seed 003: a valid appendix-5 qualification certificate with its supplements covering every
 * specialty asked): signed decisions count; expired, revoked and superseded ones do not, and are named.
 */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class RegisteredPrerequisitesTests {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Autowired
    LicencePrerequisites prerequisites;
    @Autowired
    OutcomeRows rows;

    /** A signed, passed decision of the register; returns its row. */
    private OutcomeRows.Row signed(String iin, String service, String form, String variant, List<String> specialties,
                                   LocalDate decidedOn, LocalDate validUntil) {
        UUID id = UUID.randomUUID();
        int seq = 50_000 + SEQ.incrementAndGet();
        String number = "TP-" + decidedOn.getYear() + "-" + seq;
        rows.insert(id, 1L, null, 1L, iin, "Сериков Асан", "test-provider", service, form, variant, true, specialties,
                decidedOn.getYear(), seq, number, decidedOn, validUntil, "ru", new byte[]{1}, new byte[]{1}, "officer",
                Instant.parse("2026-01-10T05:00:00Z"), null, null);
        assertThat(rows.sign(id, 0, decidedOn, validUntil, new byte[]{1}, new byte[]{1}, new byte[]{1}, new byte[]{1},
                "0".repeat(64), null, "head", "Head", Instant.parse("2026-01-10T06:00:00Z"))).isTrue();
        return rows.find(id).orElseThrow();
    }

    @Test
    void aSignedBailiffAttestationDecisionMeetsTheBailiffLicencesPrerequisite_004_8_4() {
        String iin = DecisionFixtures.freshIin();
        OutcomeRows.Row decision = signed(iin, "BAILIFF_ATTESTATION", "APP_3", "POSITIVE", List.of(),
                LocalDate.of(2026, 1, 10), LocalDate.of(2029, 1, 10));
        PrerequisiteCheck check = prerequisites.check(iin, "APP_3", Set.of(), TODAY);
        assertThat(check.outcome()).isEqualTo(PrerequisiteCheck.Outcome.MET);
        assertThat(check.documentNumber()).isEqualTo(decision.number());
    }

    @Test
    void noDecisionInTheRegisterIsMissing_004_8_4() {
        assertThat(prerequisites.check(DecisionFixtures.freshIin(), "APP_3", Set.of(), TODAY).outcome())
                .isEqualTo(PrerequisiteCheck.Outcome.MISSING);
    }

    @Test
    void anExpiredDecisionIsNamedExpired_004_8_4_000_29() {
        String iin = DecisionFixtures.freshIin();
        OutcomeRows.Row decision = signed(iin, "BAILIFF_ATTESTATION", "APP_3", "POSITIVE", List.of(),
                LocalDate.of(2023, 1, 10), LocalDate.of(2026, 1, 10));
        PrerequisiteCheck check = prerequisites.check(iin, "APP_3", Set.of(), TODAY);
        assertThat(check.outcome()).isEqualTo(PrerequisiteCheck.Outcome.EXPIRED);
        assertThat(check.documentNumber()).isEqualTo(decision.number());
        assertThat(check.validUntil()).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void aRevokedDecisionIsNamedRevoked_004_8_4() {
        String iin = DecisionFixtures.freshIin();
        OutcomeRows.Row decision = signed(iin, "BAILIFF_ATTESTATION", "APP_3", "POSITIVE", List.of(),
                LocalDate.of(2026, 1, 10), LocalDate.of(2029, 1, 10));
        assertThat(rows.revoke(decision.id(), "court ruling", Instant.parse("2026-02-01T05:00:00Z"))).isTrue();
        PrerequisiteCheck check = prerequisites.check(iin, "APP_3", Set.of(), TODAY);
        assertThat(check.outcome()).isEqualTo(PrerequisiteCheck.Outcome.REVOKED);
        assertThat(check.documentNumber()).isEqualTo(decision.number());
    }

    @Test
    void aSupersededDecisionCountsOnlyThroughItsValidCorrection_004_8_4() {
        String iin = DecisionFixtures.freshIin();
        OutcomeRows.Row old = signed(iin, "BAILIFF_ATTESTATION", "APP_3", "POSITIVE", List.of(),
                LocalDate.of(2026, 1, 10), LocalDate.of(2029, 1, 10));
        OutcomeRows.Row corrected = signed(iin, "BAILIFF_ATTESTATION", "APP_3", "POSITIVE", List.of(),
                LocalDate.of(2026, 1, 12), LocalDate.of(2029, 1, 10));
        assertThat(rows.supersede(old.id(), corrected.id())).isTrue();
        assertThat(prerequisites.check(iin, "APP_3", Set.of(), TODAY).documentNumber()).isEqualTo(corrected.number());
        assertThat(rows.revoke(corrected.id(), "forged", Instant.parse("2026-02-01T05:00:00Z"))).isTrue();
        assertThat(prerequisites.check(iin, "APP_3", Set.of(), TODAY).outcome())
                .isIn(PrerequisiteCheck.Outcome.REVOKED, PrerequisiteCheck.Outcome.SUPERSEDED);
    }

    @Test
    void onlySuchADecisionCountsNotAnotherServicesOrAFailedOne_004_8_4() {
        String iin = DecisionFixtures.freshIin();
        signed(iin, "NOTARY_ATTESTATION", "APP_2", "POSITIVE", List.of(), LocalDate.of(2026, 1, 10),
                LocalDate.of(2029, 1, 10));
        assertThat(prerequisites.check(iin, "APP_3", Set.of(), TODAY).outcome())
                .isEqualTo(PrerequisiteCheck.Outcome.MISSING);
    }

    @Test
    void aCertificateWithItsSupplementCoversEverySpecialtyAsked_003_6_3() {
        String iin = DecisionFixtures.freshIin();
        signed(iin, "FORENSIC_EXPERT_QUALIFICATION", "APP_5", "POSITIVE", List.of("HANDWRITING"),
                LocalDate.of(2025, 3, 1), null);
        OutcomeRows.Row supplement = signed(iin, "FORENSIC_EXPERT_QUALIFICATION", "APP_5", "SUPPLEMENT",
                List.of("BALLISTICS"), LocalDate.of(2026, 3, 1), null);
        PrerequisiteCheck check = prerequisites.check(iin, "APP_5", Set.of("HANDWRITING", "BALLISTICS"), TODAY);
        assertThat(check.outcome()).isEqualTo(PrerequisiteCheck.Outcome.MET);
        assertThat(check.documentNumber()).isEqualTo(supplement.number());
    }

    @Test
    void aSpecialtyNoValidCertificateCoversIsNamed_003_6_3() {
        String iin = DecisionFixtures.freshIin();
        signed(iin, "FORENSIC_EXPERT_QUALIFICATION", "APP_5", "POSITIVE", List.of("HANDWRITING"),
                LocalDate.of(2025, 3, 1), null);
        OutcomeRows.Row revokedSupplement = signed(iin, "FORENSIC_EXPERT_QUALIFICATION", "APP_5", "SUPPLEMENT",
                List.of("BALLISTICS"), LocalDate.of(2026, 3, 1), null);
        rows.revoke(revokedSupplement.id(), "revoked", Instant.parse("2026-04-01T05:00:00Z"));
        PrerequisiteCheck check = prerequisites.check(iin, "APP_5", Set.of("HANDWRITING", "BALLISTICS",
                "PORTRAIT"), TODAY);
        assertThat(check.outcome()).isEqualTo(PrerequisiteCheck.Outcome.SPECIALTIES_NOT_COVERED);
        assertThat(check.missingSpecialties()).containsExactly("BALLISTICS", "PORTRAIT");
    }

    @Test
    void noCertificateIsMissing_003_6_3() {
        assertThat(prerequisites.check(DecisionFixtures.freshIin(), "APP_5", Set.of("HANDWRITING"), TODAY).outcome())
                .isEqualTo(PrerequisiteCheck.Outcome.MISSING);
    }
}
