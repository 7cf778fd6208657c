package kz.attest.signature;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.List;

/**
 * Signature settings ({@code attest.signature.*}).
 *
 * @param verifier            {@code bouncycastle} (RSA/ECDSA) or {@code ncanode} (an external NCANode server, for GOST)
 * @param ncanodeUrl          base URL of the NCANode server
 * @param trustedCertificates PEM or DER files of trusted roots and intermediates (NCA RK's)
 * @param demoCa              the demonstration CA
 * @param platformKey         the platform's own signing key (audit checkpoints)
 * @param revocationSoftFail  accept a signature whose certificate's revocation status cannot be had fresh (no current
 *                            CRL, no OCSP answer) instead of refusing it as "revocation unknown" — for a node declared
 *                            offline only; a revocation a list shows is refused all the same. Off by default.
 */
@ConfigurationProperties("attest.signature")
record SignatureProperties(@DefaultValue("bouncycastle") String verifier,
                                  @DefaultValue("http://127.0.0.1:14579") String ncanodeUrl,
                                  @DefaultValue List<Path> trustedCertificates,
                                  @DefaultValue DemoCa demoCa,
                                  @DefaultValue PlatformKey platformKey,
                                  @DefaultValue("false") boolean revocationSoftFail) {

    /**
     * @param keystore a PKCS#12 file holding the platform's signing key and chain; when not set, the demonstration CA
     *                 issues one on first use, kept in {@code <data-dir>/platform/platform-signing.p12}
     * @param password the key store's password
     */
    public record PlatformKey(Path keystore, @DefaultValue("attest-platform-development") String password) {
    }

    /**
     * @param enabled      create and trust the demonstration CA (on by default for the out-of-the-box run; switch off in production)
     * @param password     the password of its key store in the data directory
     * @param ocspBaseUrl  base URL of this application as the CA's certificates name it: newly issued certificates name
     *                     {@code <ocspBaseUrl>/pki/ocsp} as their OCSP responder; blank for none
     */
    public record DemoCa(@DefaultValue("true") boolean enabled, @DefaultValue("attest-demo-ca") String password,
                         String ocspBaseUrl) {

        /** The OCSP responder URL to name in certificates, or {@code null}. */
        public String ocspUrl() {
            return ocspBaseUrl == null || ocspBaseUrl.isBlank() ? null
                    : ocspBaseUrl.strip().replaceAll("/+$", "") + "/pki/ocsp";
        }
    }
}
