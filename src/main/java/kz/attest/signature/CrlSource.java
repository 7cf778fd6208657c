package kz.attest.signature;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Optional;

/** Where the current CRL of an issuing CA comes from (the demonstration CA itself, or the certificate's CRL distribution point). */
interface CrlSource {

    Optional<X509CRL> crlFor(X509Certificate certificate, X509Certificate issuer);
}
