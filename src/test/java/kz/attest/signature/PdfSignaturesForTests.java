package kz.attest.signature;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The signing service on a fresh demonstration CA in a directory, without Spring (benchmarks). */
public final class PdfSignaturesForTests {

    private PdfSignaturesForTests() {
    }

    /** PAdES-B-B with organisation keys the demonstration CA in {@code directory} issues; DSS trusts that CA. */
    public static PdfSignatures demo(Path directory) {
        Clock clock = Clock.systemUTC();
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(directory.resolve("demo-ca"), clock,
                "attest-demo-ca".toCharArray(), null);
        return PadesConfiguration.create(directory, List.of(),
                new PadesProperties("attest-documents", Map.of(), new PadesProperties.Tsa("none", null, Duration.ofSeconds(5)), false),
                ca, null, BouncyCastleSignatureVerifierTests.verifierTrusting(ca), clock);
    }
}
