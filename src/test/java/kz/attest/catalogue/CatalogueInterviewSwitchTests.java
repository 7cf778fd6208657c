package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code attest.catalogue.interview-services} switches the commission interview of seeds 001 and 002 on. */
class CatalogueInterviewSwitchTests {

    private final CatalogueConfiguration configuration = new CatalogueConfiguration();

    private Catalogue load(List<String> codes) {
        return configuration.catalogue(new CatalogueProperties("classpath:" + Catalogue.BUNDLED, codes),
                new DefaultResourceLoader());
    }

    @Test
    void theNamedServicesHoldTheInterviewAndTheOthersDoNot_001_10_002_5() {
        Catalogue catalogue = load(List.of("FORENSIC_MEDICAL_ATTESTATION"));
        assertThat(catalogue.get("FORENSIC_MEDICAL_ATTESTATION").interviewHeld()).isTrue();
        assertThat(catalogue.get("FORENSIC_MEDICAL_ATTESTATION").interview().orElseThrow().maxQuestionsPerSpecialty())
                .isEqualTo(3);
        assertThat(catalogue.get("FORENSIC_EXPERT_ATTESTATION").interviewHeld()).isFalse();
        assertThat(load(List.of()).get("FORENSIC_MEDICAL_ATTESTATION").interviewHeld()).isFalse();
    }

    @Test
    void aServiceWithoutInterviewRulesStopsStartUp_001_10_002_5() {
        assertThatThrownBy(() -> load(List.of("ADVOCATE_ATTESTATION")))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION");
    }

    @Test
    void notSetMeansOffExceptForTheDemonstration() {
        CatalogueProperties unset = new CatalogueProperties("classpath:" + Catalogue.BUNDLED);
        assertThat(unset.interviewServices(false)).isEmpty();
        assertThat(unset.interviewServices(true)).containsExactly("FORENSIC_MEDICAL_ATTESTATION");
        assertThat(new CatalogueProperties("x", List.of()).interviewServices(true)).isEmpty();
    }
}
