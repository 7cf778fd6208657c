package kz.attest.itembank;

import org.apache.commons.codec.digest.DigestUtils;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The file format alone, without Spring or a database: what the offline {@code package verify} relies on (¶14). */
class PackageSealerTests {

    @TempDir
    Path temp;

    @Test
    void sealedContentOpensOnlyForTheRecipientAndItsHashesMatch_000_14() {
        Clock clock = Clock.systemUTC();
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(temp, clock, "pw".toCharArray(), null);
        var ministry = ca.issue(new CertificateSubject("000000000000", "PACKAGE SIGNING", "DEMO", null, "Ministry", null),
                KeyPurpose.SIGNING);
        var operator = ca.issue(new CertificateSubject("000000000000", "PACKAGE ENCRYPTION", "DEMO", null, "Operator",
                null), KeyPurpose.AUTHENTICATION);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] content = "{\"items\":[],\"cases\":[]}".getBytes(StandardCharsets.UTF_8);
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID(), "X", 1, List.of("X"),
                Map.of(), Map.of(), 0, 0, null, null, PackageSealer.fingerprint(operator.certificate()), "operator",
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)), "me", now, "test");
        byte[] file = PackageSealer.seal(manifest, content,
                operator.certificate(), new PackageSealer.Credential(ministry.privateKey(), ministry.chain()));
        PackageSealer.Trust trust = new PackageSealer.Trust(List.of(ca.rootCertificate()),
                List.of(ca.issuingCertificate()), List.of(ministry.certificate()));

        PackageSealer.Opened offline = PackageSealer.open(file, trust, Optional.empty(), now);
        assertThat(offline.content()).isEmpty();
        assertThat(offline.manifest().contentSha256()).isEqualTo(DigestUtils.sha256Hex(content));

        PackageSealer.Opened opened = PackageSealer.open(file, trust,
                Optional.of(new PackageSealer.Credential(operator.privateKey(), operator.chain())), now);
        assertThat(opened.content()).contains(content);
    }
}
