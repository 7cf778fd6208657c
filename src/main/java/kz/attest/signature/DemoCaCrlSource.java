package kz.attest.signature;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.util.Optional;

/**
 * DSS's view of the CRLs: first the demonstration CA's own current CRL (it names no distribution point), then, when
 * configured, the distribution point the certificate names (NCA RK's).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemoCaCrlSource implements CRLSource {

    private final transient DemoCertificateAuthority demoCa;
    private final CRLSource online;

    @Override
    public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        if (demoCa != null && issuer != null) {
            Optional<X509CRL> crl = demoCa.crlIssuedBy(issuer.getCertificate(), certificate.getCertificate());
            if (crl.isPresent()) {
                try {
                    CRLBinary binary = CRLUtils.buildCRLBinary(crl.get().getEncoded());
                    CRLToken token = new CRLToken(certificate, CRLUtils.buildCRLValidity(binary, issuer));
                    token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                    return token;
                } catch (IOException | CRLException e) {
                    throw new IllegalStateException("The demonstration CA's CRL cannot be read", e);
                }
            }
        }
        return online == null ? null : online.getRevocationToken(certificate, issuer);
    }
}
