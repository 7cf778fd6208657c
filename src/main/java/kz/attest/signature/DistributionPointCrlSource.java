package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches the CRL named by a certificate's CRL distribution point over HTTP (NCA RK publishes them), cached until its
 * next update and fetched again after it; an older list than the one cached is not taken. Whether the list is current
 * enough to rely on is the verifier's decision.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DistributionPointCrlSource implements CrlSource {

    private final RestClient http;
    private final Clock clock;
    private final Map<String, X509CRL> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<X509CRL> crlFor(X509Certificate certificate, X509Certificate issuer) {
        return distributionPoint(certificate).flatMap(this::fetch);
    }

    private Optional<X509CRL> fetch(String url) {
        X509CRL cached = cache.get(url);
        Instant now = Instant.now(clock);
        if (cached != null && cached.getNextUpdate() != null && cached.getNextUpdate().toInstant().isAfter(now)) {
            return Optional.of(cached);
        }
        try {
            byte[] body = http.get().uri(url).retrieve().body(byte[].class);
            if (body == null) {
                return Optional.empty();
            }
            X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(body));
            if (cached != null && cached.getThisUpdate().after(crl.getThisUpdate())) {
                // an older list than the one already seen (a replay): keep the newer; the verifier judges its currency
                return Optional.of(cached);
            }
            cache.put(url, crl);
            return Optional.of(crl);
        } catch (RestClientException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<String> distributionPoint(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return Optional.empty();
        }
        CRLDistPoint points = CRLDistPoint.getInstance(ASN1OctetString.getInstance(extension).getOctets());
        for (DistributionPoint point : points.getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                    if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                        String url = general.getName().toString();
                        if (url.startsWith("http://") || url.startsWith("https://")) {
                            return Optional.of(url);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
