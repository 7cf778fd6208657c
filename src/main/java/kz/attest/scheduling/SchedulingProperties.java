package kz.attest.scheduling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Settings of scheduling ({@code attest.scheduling.*}).
 *
 * @param digitalDocumentsUrl     base URL of the digital documents service; empty means the demonstration adapter
 * @param digitalDocumentsTimeout how long check-in waits for that service
 * @param importTrustAnchors      PEM/DER files of the roots a provider's signed admitted-list file must chain to on
 *                                import (¶9, ¶84), besides the demonstration CA's root when that CA is on
 */
@ConfigurationProperties("attest.scheduling")
record SchedulingProperties(String digitalDocumentsUrl, @DefaultValue("5s") Duration digitalDocumentsTimeout,
                            List<Path> importTrustAnchors) {

    SchedulingProperties {
        importTrustAnchors = importTrustAnchors == null ? List.of() : List.copyOf(importTrustAnchors);
    }

    boolean demoDigitalDocuments() {
        return digitalDocumentsUrl == null || digitalDocumentsUrl.isBlank();
    }
}
