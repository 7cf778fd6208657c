package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue module booted alone: the {@link Catalogue} bean is the bundled file, loaded and validated at start-up,
 * with its ten services, and the commission interview switched on by {@code attest.catalogue.interview-services} for
 * the one service the test configuration names and no other.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE)
class CatalogueModuleTests {

    @Autowired
    private Catalogue catalogue;

    @Test
    void theStartedCatalogueHoldsTheTenServicesOfTheBundledFile_000_1() {
        assertThat(catalogue.version()).isEqualTo(Catalogue.bundled().version());
        assertThat(catalogue.all()).extracting(s -> s.code().value()).containsExactly(
                "ADVOCATE_ATTESTATION", "NOTARY_ATTESTATION", "BAILIFF_ATTESTATION",
                "FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION", "PATENT_ATTORNEY_ATTESTATION",
                "FORENSIC_MEDICAL_QUALIFICATION", "FORENSIC_EXPERT_QUALIFICATION",
                "FORENSIC_ACTIVITY_LICENSE", "BAILIFF_LICENSE");
    }

    @Test
    void theConfiguredServiceAloneHoldsTheCommissionInterview_001_10_002_5() {
        assertThat(catalogue.all()).filteredOn(ServiceDefinition::interviewHeld)
                .extracting(s -> s.code().value()).containsExactly("FORENSIC_MEDICAL_ATTESTATION");
        assertThat(catalogue.get("FORENSIC_MEDICAL_ATTESTATION").interview().orElseThrow().maxQuestionsPerSpecialty())
                .isEqualTo(3);
    }
}
