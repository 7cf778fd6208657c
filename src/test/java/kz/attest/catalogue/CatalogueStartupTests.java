package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up reads the configured catalogue location and, when the catalogue is invalid, reports only the problems. */
class CatalogueStartupTests {

    private final CatalogueConfiguration configuration = new CatalogueConfiguration();

    @Test
    void loadsTheConfiguredLocation() {
        Catalogue catalogue = configuration.catalogue(
                new CatalogueProperties("classpath:catalogue/valid-minimal.json"), new DefaultResourceLoader());

        assertThat(catalogue.version()).isEqualTo("test-1");
    }

    @Test
    void aMissingCatalogueFileStopsStartUp() {
        assertThatThrownBy(() -> configuration.catalogue(
                new CatalogueProperties("classpath:catalogue/no-such-file.json"), new DefaultResourceLoader()))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("classpath:catalogue/no-such-file.json does not exist");
    }

    @Test
    void anInvalidCatalogueIsReportedWithoutAStackTrace() {
        InvalidCatalogueException invalid = (InvalidCatalogueException) catchThrowable(() -> configuration.catalogue(
                new CatalogueProperties("classpath:catalogue/broken/blueprint-sum.json"), new DefaultResourceLoader()));

        FailureAnalysis analysis = new InvalidCatalogueFailureAnalyzer()
                .analyze(new BeanCreationException("catalogue", "failed", invalid));

        assertThat(analysis.getDescription())
                .isEqualTo("Service catalogue invalid: ADVOCATE_ATTESTATION.stages[0].blueprint sums to 95, expected 100");
        assertThat(analysis.getAction()).contains("attest.catalogue.location");
    }

    private static Throwable catchThrowable(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
