package kz.attest.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stopped by an invalid catalogue: print the problems, not a stack trace. */
class InvalidCatalogueFailureAnalyzer extends AbstractFailureAnalyzer<InvalidCatalogueException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidCatalogueException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the service catalogue file (attest.catalogue.location) and start again.", cause);
    }
}
