package kz.attest.signature;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Asks the OCSP responder a certificate names in its Authority Information Access extension (RFC 6960): a request with
 * a nonce, posted as {@code application/ocsp-request}. A response counts only when it is signed by the certificate's
 * issuer, or by a responder certificate the issuer issued for OCSP signing; otherwise — and when the responder cannot
 * be reached, answers "unknown", or answers stale data — the outcome is {@link Outcome#UNAVAILABLE} and the verifier
 * falls back to the CRL.
 */
final class OcspClient {

    /** What the responder said about a certificate. */
    enum Outcome { GOOD, REVOKED, UNAVAILABLE }

    private static final Logger log = LoggerFactory.getLogger(OcspClient.class);
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OcspClient(Duration timeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.clock = clock;
    }

    /** The OCSP responder URLs the certificate names (AIA, id-ad-ocsp), HTTP(S) only. */
    static List<String> responders(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return List.of();
        }
        List<String> urls = new ArrayList<>();
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    ASN1OctetString.getInstance(value).getOctets());
            for (AccessDescription description : aia.getAccessDescriptions()) {
                GeneralName location = description.getAccessLocation();
                if (description.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                        && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String url = location.getName().toString();
                    if (url.startsWith("http://") || url.startsWith("https://")) {
                        urls.add(url);
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return urls;
    }

    /** Asks the first responder that gives a trustworthy answer; {@link Outcome#UNAVAILABLE} when none does. */
    Outcome check(X509Certificate certificate, X509Certificate issuer) {
        for (String url : responders(certificate)) {
            Outcome outcome = ask(url, certificate, issuer);
            if (outcome != Outcome.UNAVAILABLE) {
                return outcome;
            }
        }
        return Outcome.UNAVAILABLE;
    }

    private Outcome ask(String url, X509Certificate certificate, X509Certificate issuer) {
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            OCSPReq request = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(Extension.create(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                            new DEROctetString(nonce))))
                    .build();
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Type", "application/ocsp-request").header("Accept", "application/ocsp-response")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                log.warn("OCSP responder {} answered HTTP {}", url, answer.statusCode());
                return Outcome.UNAVAILABLE;
            }
            OCSPResp response = new OCSPResp(answer.body());
            if (response.getStatus() != OCSPResp.SUCCESSFUL || !(response.getResponseObject() instanceof BasicOCSPResp basic)) {
                log.warn("OCSP responder {} refused the request (status {})", url, response.getStatus());
                return Outcome.UNAVAILABLE;
            }
            if (!signedByIssuerOrDelegate(basic, issuer)) {
                log.warn("OCSP response from {} is not signed by the issuer or its delegated responder", url);
                return Outcome.UNAVAILABLE;
            }
            Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (echoed != null && !Arrays.equals(ASN1OctetString.getInstance(echoed.getParsedValue()).getOctets(), nonce)) {
                log.warn("OCSP response from {} carries another request's nonce", url);
                return Outcome.UNAVAILABLE;
            }
            Instant now = clock.instant();
            for (SingleResp single : basic.getResponses()) {
                if (!single.getCertID().equals(id)) {
                    continue;
                }
                if (single.getThisUpdate().toInstant().isAfter(now.plus(SKEW))
                        || (single.getNextUpdate() != null && single.getNextUpdate().toInstant().isBefore(now.minus(SKEW)))) {
                    log.warn("OCSP response from {} is not current", url);
                    return Outcome.UNAVAILABLE;
                }
                CertificateStatus status = single.getCertStatus();
                if (status == CertificateStatus.GOOD) {
                    return Outcome.GOOD;
                }
                if (status instanceof RevokedStatus) {
                    return Outcome.REVOKED;
                }
                return Outcome.UNAVAILABLE;   // "unknown": let the CRL decide
            }
            return Outcome.UNAVAILABLE;
        } catch (IOException | OCSPException | OperatorCreationException | GeneralSecurityException
                 | IllegalArgumentException e) {
            log.warn("OCSP responder {} could not be asked: {}", url, e.toString());
            return Outcome.UNAVAILABLE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.UNAVAILABLE;
        }
    }

    /** Signed by the issuer itself, or by a certificate in the response that the issuer issued for OCSP signing. */
    private boolean signedByIssuerOrDelegate(BasicOCSPResp response, X509Certificate issuer)
            throws OperatorCreationException, OCSPException {
        if (verifies(response, issuer.getPublicKey())) {
            return true;
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : response.getCerts()) {
            try {
                X509Certificate responder = converter.getCertificate(holder);
                responder.verify(issuer.getPublicKey());
                responder.checkValidity(java.util.Date.from(clock.instant()));
                List<String> usage = responder.getExtendedKeyUsage();
                if (usage != null && usage.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                        && responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                        && verifies(response, responder.getPublicKey())) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // not a delegate of this issuer: try the next certificate
            }
        }
        return false;
    }

    private static boolean verifies(BasicOCSPResp response, PublicKey key) throws OperatorCreationException {
        try {
            return response.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OCSPException e) {
            return false;
        }
    }
}
