package kz.attest.signature;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A time-stamp authority (RFC 3161) that raises PAdES signatures to B-T: the demonstration TSA
 * ({@code attest.signature.pades.tsa.mode=demo}) or a real one over HTTP ({@code http}).
 */
interface TimeStampAuthority {

    /**
     * A DER-encoded RFC 3161 time-stamp token over the digest.
     *
     * @param digestAlgorithm the JCA name of the digest algorithm, e.g. {@code SHA-256}
     */
    byte[] timeStamp(String digestAlgorithm, byte[] digest);

    /** Certificates its tokens chain to that are not among the configured trust anchors (the demonstration TSA's own). */
    default List<X509Certificate> trustAnchors() {
        return List.of();
    }
}
