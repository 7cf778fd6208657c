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
        // the ten codes themselves: BundledCatalogueTests.holdsExactlyTheTenServices_000_1
        assertThat(catalogue.all()).hasSize(10).extracting(s -> s.code().value()).containsExactlyElementsOf(
                Catalogue.bundled().all().stream().map(s -> s.code().value()).toList());
    }

    @Test
    void theConfiguredServiceAloneHoldsTheCommissionInterview_001_10_002_5() {
        assertThat(catalogue.all()).filteredOn(ServiceDefinition::interviewHeld)
                .extracting(s -> s.code().value()).containsExactly("FORENSIC_MEDICAL_ATTESTATION");
        assertThat(catalogue.get("FORENSIC_MEDICAL_ATTESTATION").interview().orElseThrow().maxQuestionsPerSpecialty())
                .isEqualTo(3);
    }
}
