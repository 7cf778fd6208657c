package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken catalogue file stops start-up with one message naming the service (or list entry) and the field. */
class CatalogueValidationTests {

    private final CatalogueLoader loader = new CatalogueLoader();

    @Test
    void aMinimalValidCatalogueLoads() {
        Catalogue catalogue = load("catalogue/valid-minimal.json");

        assertThat(catalogue.version()).isEqualTo("test-1");
        assertThat(catalogue.get(ServiceCode.of("ADVOCATE_ATTESTATION")).stages()).hasSize(1);
    }

    @Test
    void blueprintNotSummingToTheQuestionCountIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/blueprint-sum.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageStartingWith("Service catalogue invalid: ")
                .hasMessageContaining("ADVOCATE_ATTESTATION.stages[0].blueprint sums to 95, expected 100");
    }

    @ParameterizedTest
    @CsvSource({"threshold-above-100.json, 101", "threshold-below-0.json, -1"})
    void thresholdOutsideZeroToHundredIsRefused(String file, int threshold) {
        assertThatThrownBy(() -> load("catalogue/broken/" + file))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.stages[0].passThreshold is " + threshold
                        + ", expected a percentage from 0 to 100");
    }

    @Test
    void blueprintNamingAnUnknownTopicIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/unknown-topic.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.stages[0].blueprint names an unknown topic 'LAND_CODE'");
    }

    @Test
    void serviceNameWithoutKazakhIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/missing-service-translation.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.name.kk is missing");
    }

    @Test
    void topicNameWithoutRussianIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/missing-topic-translation.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("topics[CRIMINAL_CODE].name.ru is missing");
    }

    @Test
    void duplicateServiceCodeIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/duplicate-code.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.code is a duplicate");
    }

    @Test
    void stageWithoutDurationIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/missing-stage-duration.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.stages[0].duration is missing");
    }

    @Test
    void stageDurationMustBeInMinutes() {
        assertThatThrownBy(() -> load("catalogue/broken/stage-duration-not-minutes.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.stages[0].duration must be in MINUTES");
    }

    @Test
    void unknownStageKindIsRefusedWithTheServiceAndPath() {
        assertThatThrownBy(() -> load("catalogue/broken/unknown-stage-kind.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.stages[0].kind cannot be read");
    }

    @Test
    void missingThresholdIsRefusedRatherThanReadAsZero() {
        assertThatThrownBy(() -> load("catalogue/broken/missing-threshold.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION")
                .hasMessageContaining("passThreshold");
    }

    @Test
    void unknownPrerequisiteServiceIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/unknown-prerequisite.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.prerequisite is an unknown service 'NO_SUCH_SERVICE'");
    }

    @Test
    void unknownRequiredDocumentTypeIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/unknown-document-type.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.requiredDocuments[0] is an unknown document type 'DIPLOMA'");
    }

    @Test
    void legalReferenceToAnUnknownSeedIsRefused() {
        assertThatThrownBy(() -> load("catalogue/broken/unknown-seed.json"))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("ADVOCATE_ATTESTATION.validity.ref names an unknown seed '999'");
    }

    private Catalogue load(String resource) {
        InputStream stream = getClass().getClassLoader().getResourceAsStream(resource);
        assertThat(stream).as(resource).isNotNull();
        return loader.load(stream, resource);
    }
}
