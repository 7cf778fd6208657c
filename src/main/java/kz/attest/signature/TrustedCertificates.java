package kz.attest.signature;

import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roots a signature must chain to (NCA RK's, the demonstration CA's when enabled) and known intermediate CAs.
 */
record TrustedCertificates(List<X509Certificate> roots, List<X509Certificate> intermediates) {

    TrustedCertificates {
        roots = List.copyOf(roots);
        intermediates = List.copyOf(intermediates);
    }

    Set<TrustAnchor> anchors() {
        return roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet());
    }

    /** Splits certificates into self-signed roots and intermediates. */
    static TrustedCertificates of(List<X509Certificate> certificates) {
        return new TrustedCertificates(
                certificates.stream().filter(TrustedCertificates::selfSigned).toList(),
                certificates.stream().filter(c -> !selfSigned(c)).toList());
    }

    TrustedCertificates plus(TrustedCertificates other) {
        return new TrustedCertificates(
                java.util.stream.Stream.concat(roots.stream(), other.roots.stream()).distinct().toList(),
                java.util.stream.Stream.concat(intermediates.stream(), other.intermediates.stream()).distinct().toList());
    }

    private static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }
}
