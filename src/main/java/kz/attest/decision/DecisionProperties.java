package kz.attest.decision;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of the decision module ({@code attest.decision.*}).
 *
 * @param resultsTrustAnchors PEM/DER files of the roots a signed results file from an air-gapped operator node must
 *                            chain to when the provider's node imports it (¶24), besides the demonstration CA's root
 *                            when that CA is on
 * @param verificationBaseUrl the public address printed in each decision's QR code before {@code /verify}
 */
@ConfigurationProperties("attest.decision")
record DecisionProperties(List<Path> resultsTrustAnchors, String verificationBaseUrl) {

    DecisionProperties {
        resultsTrustAnchors = resultsTrustAnchors == null ? List.of() : List.copyOf(resultsTrustAnchors);
        verificationBaseUrl = verificationBaseUrl == null || verificationBaseUrl.isBlank() ? "http://localhost:8080"
                : verificationBaseUrl.strip().replaceAll("/+$", "");
    }
}
