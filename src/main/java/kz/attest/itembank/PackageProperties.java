package kz.attest.itembank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.List;

/**
 * Settings of sealed packages ({@code attest.itembank.packages.*}). With the demonstration CA on and nothing
 * configured, the demo CA issues both key pairs once into {@code <data-dir>/packages/}.
 *
 * @param keystorePassword    password of the two PKCS#12 files below; change it in production
 * @param ministryKeystore    the Ministry's package-signing key (PKCS#12); default {@code <data-dir>/packages/ministry-package-signing.p12}
 * @param operatorKeystore    the operator's decryption key (PKCS#12); default {@code <data-dir>/packages/operator-encryption.p12}
 * @param operatorCertificate the operator's encryption certificate (PEM/DER) the Ministry encrypts for; default: the
 *                            certificate of {@code operatorKeystore}
 * @param trustAnchors        roots (self-signed) and intermediates a package signer must chain to (PEM/DER files)
 * @param signerCertificates  the Ministry's package-signing certificates the operator accepts (PEM/DER files)
 * @param validityDays        default validity window of an exported package, in days
 * @param maxSize             largest package file accepted
 */
@ConfigurationProperties("attest.itembank.packages")
record PackageProperties(@DefaultValue("attest-packages-development") String keystorePassword,
                         Path ministryKeystore, Path operatorKeystore, Path operatorCertificate,
                         @DefaultValue List<Path> trustAnchors, @DefaultValue List<Path> signerCertificates,
                         @DefaultValue("90") int validityDays, @DefaultValue("64MB") DataSize maxSize) {
}
