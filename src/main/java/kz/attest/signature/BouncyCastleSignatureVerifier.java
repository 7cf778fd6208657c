package kz.attest.signature;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.Store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies RSA and ECDSA CMS signatures with BouncyCastle: the demonstration CA's and NCA RK's RSA certificates.
 * GOST 34.310 signatures are refused as unsupported here; the NCANode adapter verifies those.
 */
final class BouncyCastleSignatureVerifier implements SignatureVerifier {

    private static final String EMAIL_PROTECTION = KeyPurposeId.id_kp_emailProtection.getId();
    private static final Set<String> DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());
    private static final Set<String> SIGNATURE_ALGORITHMS = Set.of(PKCSObjectIdentifiers.rsaEncryption.getId(),
            PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), PKCSObjectIdentifiers.sha384WithRSAEncryption.getId(),
            PKCSObjectIdentifiers.sha512WithRSAEncryption.getId(), PKCSObjectIdentifiers.id_RSASSA_PSS.getId(),
            X9ObjectIdentifiers.id_ecPublicKey.getId(), X9ObjectIdentifiers.ecdsa_with_SHA256.getId(),
            X9ObjectIdentifiers.ecdsa_with_SHA384.getId(), X9ObjectIdentifiers.ecdsa_with_SHA512.getId());
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();

    private final TrustedCertificates trust;
    private final List<CrlSource> crlSources;
    private final Clock clock;
    private final OcspClient ocsp;

    BouncyCastleSignatureVerifier(TrustedCertificates trust, List<CrlSource> crlSources, Clock clock) {
        this(trust, crlSources, clock, new OcspClient(java.time.Duration.ofSeconds(5), clock));
    }

    BouncyCastleSignatureVerifier(TrustedCertificates trust, List<CrlSource> crlSources, Clock clock, OcspClient ocsp) {
        this.trust = trust;
        this.crlSources = List.copyOf(crlSources);
        this.clock = clock;
        this.ocsp = ocsp;
    }

    @Override
    public SignatureCheck verify(SignatureRequest request) {
        CMSSignedData signed;
        byte[] content;
        try {
            byte[] der = CmsEncoding.decode(request.cms());
            signed = request.detachedData() == null
                    ? new CMSSignedData(der)
                    : new CMSSignedData(new CMSProcessableByteArray(request.detachedData()), der);
            content = request.detachedData() != null ? request.detachedData()
                    : signed.getSignedContent() == null ? null : (byte[]) signed.getSignedContent().getContent();
        } catch (CMSException | IllegalArgumentException | ClassCastException e) {
            return SignatureCheck.refused(SignatureRefusal.MALFORMED, null);
        }
        if (content == null) {
            return SignatureCheck.refused(SignatureRefusal.MALFORMED, null);
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return SignatureCheck.refused(SignatureRefusal.NO_SIGNER, null);
        }
        SignerCertificate first = null;
        for (SignerInformation signer : signers) {
            SignerOutcome outcome = verifySigner(signed, signer, request.expectedIin(), request.purpose());
            if (outcome.refusal() != null) {
                return SignatureCheck.refused(outcome.refusal(), outcome.signer());
            }
            if (first == null) {
                first = outcome.signer();
            }
        }
        return SignatureCheck.valid(first, content);
    }

    private SignerOutcome verifySigner(CMSSignedData signed, SignerInformation signer, String expectedIin, KeyPurpose purpose) {
        if (!DIGESTS.contains(signer.getDigestAlgOID()) || !SIGNATURE_ALGORITHMS.contains(signer.getEncryptionAlgOID())) {
            return new SignerOutcome(SignatureRefusal.UNSUPPORTED_ALGORITHM, null);
        }
        @SuppressWarnings("unchecked")
        Store<X509CertificateHolder> store = signed.getCertificates();
        Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return new SignerOutcome(SignatureRefusal.NO_SIGNER, null);
        }
        X509Certificate certificate;
        List<X509Certificate> enclosed = new ArrayList<>();
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            certificate = converter.getCertificate(matches.iterator().next());
            for (X509CertificateHolder holder : store.getMatches(null)) {
                enclosed.add(converter.getCertificate(holder));
            }
        } catch (GeneralSecurityException e) {
            return new SignerOutcome(SignatureRefusal.MALFORMED, null);
        }
        Instant now = Instant.now(clock);
        Instant signingTime = signingTime(signer).filter(t -> !t.isAfter(now)).orElse(now);
        SignerCertificate described = SubjectNames.describe(certificate, signingTime);
        // validity first: BouncyCastle refuses to verify with a certificate not valid at the signing time
        if (signingTime.isBefore(certificate.getNotBefore().toInstant())) {
            return new SignerOutcome(SignatureRefusal.NOT_YET_VALID, described);
        }
        if (signingTime.isAfter(certificate.getNotAfter().toInstant())) {
            return new SignerOutcome(SignatureRefusal.EXPIRED, described);
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER).build(certificate))) {
                return new SignerOutcome(SignatureRefusal.INTEGRITY, described);
            }
        } catch (CMSException | org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
            return new SignerOutcome(SignatureRefusal.INTEGRITY, described);
        }
        if (purpose == KeyPurpose.AUTHENTICATION ? !allowsAuthentication(certificate) : !allowsSigning(certificate)) {
            return new SignerOutcome(SignatureRefusal.KEY_USAGE, described);
        }
        List<X509Certificate> path;
        try {
            path = buildPath(certificate, enclosed, signingTime);
        } catch (GeneralSecurityException e) {
            return new SignerOutcome(SignatureRefusal.UNTRUSTED_CHAIN, described);
        }
        SignatureRefusal revocation = checkRevocation(path);
        if (revocation != null) {
            return new SignerOutcome(revocation, described);
        }
        if (expectedIin != null && !expectedIin.equals(described.iin())) {
            return new SignerOutcome(SignatureRefusal.IIN_MISMATCH, described);
        }
        return new SignerOutcome(null, described);
    }

    /** The path from the signer's certificate up to (not including) a trusted root, leaf first, with the root last. */
    private List<X509Certificate> buildPath(X509Certificate leaf, List<X509Certificate> enclosed, Instant at)
            throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(leaf);
        PKIXBuilderParameters parameters = new PKIXBuilderParameters(trust.anchors(), target);
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(at));
        List<X509Certificate> candidates = new ArrayList<>(enclosed);
        candidates.addAll(trust.intermediates());
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(candidates)));
        try {
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            return path;
        } catch (CertPathBuilderException e) {
            throw new GeneralSecurityException("no trusted path", e);
        }
    }

    /**
     * Every certificate below the root must be neither revoked nor of unknown status. Where the certificate names an
     * OCSP responder, its answer decides (good or revoked); when the responder cannot be reached or gives no
     * trustworthy answer, the issuer's current CRL decides. Without a trusted timestamp the claimed signing time cannot
     * be relied on, so a certificate revoked at any time is refused.
     */
    private SignatureRefusal checkRevocation(List<X509Certificate> path) {
        for (int i = 0; i < path.size() - 1; i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            if (ocsp != null && !OcspClient.responders(certificate).isEmpty()) {
                OcspClient.Outcome outcome = ocsp.check(certificate, issuer);
                if (outcome == OcspClient.Outcome.REVOKED) {
                    return SignatureRefusal.REVOKED;
                }
                if (outcome == OcspClient.Outcome.GOOD) {
                    continue;
                }
            }
            Optional<X509CRL> crl = crlSources.stream()
                    .map(source -> source.crlFor(certificate, issuer))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (crl.isEmpty()) {
                return SignatureRefusal.REVOCATION_UNKNOWN;
            }
            try {
                crl.get().verify(issuer.getPublicKey());
            } catch (GeneralSecurityException e) {
                return SignatureRefusal.REVOCATION_UNKNOWN;
            }
            if (crl.get().isRevoked(certificate)) {
                return SignatureRefusal.REVOKED;
            }
        }
        return null;
    }

    /** A signing key: digitalSignature or nonRepudiation, and, when extended usage is named, e-mail protection (NCA's SIGN keys). */
    private static boolean allowsSigning(X509Certificate certificate) {
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
    private static boolean allowsAuthentication(X509Certificate certificate) {
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

    private static Optional<Instant> signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        Attribute attribute = attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return Optional.empty();
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        try {
            return Optional.of(Time.getInstance(value).getDate().toInstant());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record SignerOutcome(SignatureRefusal refusal, SignerCertificate signer) {
    }

    /** CMS arrives as DER, as base64, or PEM-armoured ({@code -----BEGIN CMS-----}, as NCALayer returns it). */
    static final class CmsEncoding {
        private CmsEncoding() {
        }

        static byte[] decode(byte[] raw) {
            if (raw == null || raw.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            if ((raw[0] & 0xff) == 0x30) {
                return raw;
            }
            String text = new String(raw, StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "")
                    .replaceAll("\\s", "");
            return Base64.getDecoder().decode(text);
        }
    }
}
