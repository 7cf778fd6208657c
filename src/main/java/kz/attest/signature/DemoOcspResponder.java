package kz.attest.signature;

import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** The demonstration CA's OCSP responder (RFC 6960), answering from the CA's current CRLs. */
final class DemoOcspResponder {

    /** A certificate authority of the demonstration CA: its certificate, key and current CRL. */
    record Authority(X509Certificate certificate, PrivateKey key, X509CRL crl) {
    }

    private DemoOcspResponder() {
    }

    /** The DER response to a DER request about a certificate of either authority (RFC 6960). */
    static byte[] respond(byte[] requestDer, Authority issuingCa, Authority rootCa, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.SECONDS);
        try {
            org.bouncycastle.cert.ocsp.OCSPReq request;
            try {
                request = new org.bouncycastle.cert.ocsp.OCSPReq(requestDer);
            } catch (IOException | RuntimeException e) {
                return ocspStatus(org.bouncycastle.cert.ocsp.OCSPRespBuilder.MALFORMED_REQUEST);
            }
            org.bouncycastle.cert.ocsp.Req[] requests = request.getRequestList();
            if (requests.length == 0) {
                return ocspStatus(org.bouncycastle.cert.ocsp.OCSPRespBuilder.MALFORMED_REQUEST);
            }
            org.bouncycastle.operator.DigestCalculatorProvider digests =
                    new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build();
            org.bouncycastle.cert.X509CertificateHolder issuingHolder = new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(issuingCa.certificate());
            org.bouncycastle.cert.X509CertificateHolder rootHolder = new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(rootCa.certificate());
            org.bouncycastle.cert.X509CertificateHolder authority;
            PrivateKey key;
            X509CRL list;
            if (requests[0].getCertID().matchesIssuer(issuingHolder, digests)) {
                authority = issuingHolder;
                key = issuingCa.key();
                list = issuingCa.crl();
            } else if (requests[0].getCertID().matchesIssuer(rootHolder, digests)) {
                authority = rootHolder;
                key = rootCa.key();
                list = rootCa.crl();
            } else {
                return ocspStatus(org.bouncycastle.cert.ocsp.OCSPRespBuilder.UNAUTHORIZED);
            }
            org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder builder = new org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder(
                    new JcaX509CertificateConverter().getCertificate(authority).getPublicKey(),
                    digests.get(org.bouncycastle.cert.ocsp.RespID.HASH_SHA1));
            for (org.bouncycastle.cert.ocsp.Req one : requests) {
                org.bouncycastle.cert.ocsp.CertificateID id = one.getCertID();
                org.bouncycastle.cert.ocsp.CertificateStatus status;
                if (!id.matchesIssuer(authority, digests)) {
                    status = new org.bouncycastle.cert.ocsp.UnknownStatus();
                } else {
                    X509CRLEntry entry = list.getRevokedCertificate(id.getSerialNumber());
                    status = entry == null ? org.bouncycastle.cert.ocsp.CertificateStatus.GOOD
                            : new org.bouncycastle.cert.ocsp.RevokedStatus(entry.getRevocationDate(), CRLReason.keyCompromise);
                }
                builder.addResponse(id, status, Date.from(now), Date.from(now.plus(1, ChronoUnit.DAYS)),
                        (org.bouncycastle.asn1.x509.Extensions) null);
            }
            Extension nonce = request.getExtension(org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                builder.setResponseExtensions(new org.bouncycastle.asn1.x509.Extensions(nonce));
            }
            org.bouncycastle.cert.ocsp.BasicOCSPResp basic = builder.build(DemoCertificateAuthority.signer(key),
                    new org.bouncycastle.cert.X509CertificateHolder[]{authority}, Date.from(now));
            return new org.bouncycastle.cert.ocsp.OCSPRespBuilder()
                    .build(org.bouncycastle.cert.ocsp.OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cert.ocsp.OCSPException
                 | IOException e) {
            throw new IllegalStateException("The demonstration OCSP responder failed", e);
        }
    }

    private static byte[] ocspStatus(int status) {
        try {
            return new org.bouncycastle.cert.ocsp.OCSPRespBuilder().build(status, null).getEncoded();
        } catch (org.bouncycastle.cert.ocsp.OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
