package kz.attest.signature;

import org.bouncycastle.asn1.x509.KeyPurposeId;

import java.security.cert.X509Certificate;
import java.util.List;

/** Which use a certificate's key usage and extended key usage allow, as NCA RK issues SIGN and AUTH keys. */
final class KeyUsages {

    private static final String EMAIL_PROTECTION = KeyPurposeId.id_kp_emailProtection.getId();

    private KeyUsages() {
    }

    /** A signing key: digitalSignature or nonRepudiation, and, when extended usage is named, e-mail protection (NCA's SIGN keys). */
    static boolean allowsSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage[0] || usage[1])) {
            return false;
        }
        if (usage != null && !usage[1] && usage.length > 2 && usage[2]) {
            // digitalSignature with keyEncipherment and no nonRepudiation: an authentication key
            return false;
        }
        try {
            List<String> extended = certificate.getExtendedKeyUsage();
            return extended == null || extended.contains(EMAIL_PROTECTION) || extended.contains(KeyPurposeId.anyExtendedKeyUsage.getId());
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    /** An authentication key: digitalSignature, and, when extended usage is named, client authentication (NCA's AUTH keys). */
    static boolean allowsAuthentication(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0]) {
            return false;
        }
        try {
            List<String> extended = certificate.getExtendedKeyUsage();
            return extended == null || extended.contains(KeyPurposeId.id_kp_clientAuth.getId())
                    || extended.contains(KeyPurposeId.anyExtendedKeyUsage.getId());
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }
}
