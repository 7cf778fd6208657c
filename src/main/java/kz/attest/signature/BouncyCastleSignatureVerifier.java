package kz.attest.signature;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenInfo;
import org.bouncycastle.util.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

    private static final Set<String> DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());
    private static final Set<String> SIGNATURE_ALGORITHMS = Set.of(PKCSObjectIdentifiers.rsaEncryption.getId(),
            PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), PKCSObjectIdentifiers.sha384WithRSAEncryption.getId(),
            PKCSObjectIdentifiers.sha512WithRSAEncryption.getId(), PKCSObjectIdentifiers.id_RSASSA_PSS.getId(),
            X9ObjectIdentifiers.id_ecPublicKey.getId(), X9ObjectIdentifiers.ecdsa_with_SHA256.getId(),
            X9ObjectIdentifiers.ecdsa_with_SHA384.getId(), X9ObjectIdentifiers.ecdsa_with_SHA512.getId());
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    /** The order of the checks: a refusal earlier in this list is reported before one later. */
    private static final List<SignatureRefusal> ORDER = List.of(SignatureRefusal.MALFORMED, SignatureRefusal.NO_SIGNER,
            SignatureRefusal.UNSUPPORTED_ALGORITHM, SignatureRefusal.INTEGRITY, SignatureRefusal.UNTRUSTED_CHAIN,
            SignatureRefusal.NOT_YET_VALID, SignatureRefusal.EXPIRED, SignatureRefusal.KEY_USAGE, SignatureRefusal.REVOKED,
            SignatureRefusal.REVOCATION_UNKNOWN, SignatureRefusal.INVALID_IIN, SignatureRefusal.IIN_MISMATCH);
    private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(BouncyCastleSignatureVerifier.class);

    private final TrustedCertificates trust;
    private final Clock clock;
    private final RevocationCheck revocations;

    BouncyCastleSignatureVerifier(TrustedCertificates trust, List<CrlSource> crlSources, Clock clock) {
        this(trust, crlSources, clock, new OcspClient(java.time.Duration.ofSeconds(5), clock));
    }

    BouncyCastleSignatureVerifier(TrustedCertificates trust, List<CrlSource> crlSources, Clock clock, OcspClient ocsp) {
        this(trust, crlSources, clock, ocsp, false);
    }

    /**
     * @param revocationSoftFail accept a certificate whose revocation status cannot be had fresh (a declared offline
     *                           node only); a revocation any list shows is refused all the same
     */
    BouncyCastleSignatureVerifier(TrustedCertificates trust, List<CrlSource> crlSources, Clock clock, OcspClient ocsp,
                                  boolean revocationSoftFail) {
        this.trust = trust;
        this.clock = clock;
        this.revocations = new RevocationCheck(crlSources, clock, ocsp, revocationSoftFail);
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
        // every signer is checked; of several failures the one earliest in the order of checks is reported
        SignerCertificate first = null;
        SignerOutcome refused = null;
        for (SignerInformation signer : signers) {
            SignerOutcome outcome = verifySigner(signed, signer, request.expectedIin(), request.purpose());
            if (outcome.refusal() != null
                    && (refused == null || ORDER.indexOf(outcome.refusal()) < ORDER.indexOf(refused.refusal()))) {
                refused = outcome;
            }
            if (first == null) {
                first = outcome.signer();
            }
        }
        return refused != null ? SignatureCheck.refused(refused.refusal(), refused.signer())
                : SignatureCheck.valid(first, content);
    }

    /**
     * One signer, checked in a fixed order and refused at the first failure: integrity (the signature over these bytes,
     * with the certificate's key), the chain to a trusted root, validity, key usage, revocation, and last the IIN. The
     * validity is judged at the verification time — now, or the time of a verified RFC 3161 time-stamp token — never at
     * the {@code signingTime} the signer claims, which is kept as information only.
     */
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
        List<X509Certificate> enclosed;
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            certificate = converter.getCertificate(matches.iterator().next());
            enclosed = certificates(store);
        } catch (GeneralSecurityException e) {
            return new SignerOutcome(SignatureRefusal.MALFORMED, null);
        }
        Instant now = Instant.now(clock);
        Instant claimed = signingTime(signer).filter(t -> !t.isAfter(now)).orElse(now);
        SignerCertificate described = SubjectNames.describe(certificate, claimed);
        // 1. integrity, with the bare public key: BouncyCastle's certificate-based verifier would judge the validity
        //    first, and at the claimed signing time
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER).build(certificate.getPublicKey()))) {
                return new SignerOutcome(SignatureRefusal.INTEGRITY, described);
            }
        } catch (CMSException | org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
            return new SignerOutcome(SignatureRefusal.INTEGRITY, described);
        }
        Instant at = trustedTimestamp(signer, now).orElse(now);
        // 2. the chain, built at a moment the signer's certificate is valid so that an expired key is reported as such
        List<X509Certificate> path;
        try {
            path = buildPath(certificate, enclosed, within(at, certificate));
        } catch (GeneralSecurityException e) {
            return new SignerOutcome(SignatureRefusal.UNTRUSTED_CHAIN, described);
        }
        // 3. validity of every certificate of the path at the verification time
        for (X509Certificate link : path) {
            if (at.isBefore(link.getNotBefore().toInstant())) {
                return new SignerOutcome(SignatureRefusal.NOT_YET_VALID, described);
            }
            if (at.isAfter(link.getNotAfter().toInstant())) {
                return new SignerOutcome(SignatureRefusal.EXPIRED, described);
            }
        }
        if (purpose == KeyPurpose.AUTHENTICATION ? !KeyUsages.allowsAuthentication(certificate) : !KeyUsages.allowsSigning(certificate)) {
            return new SignerOutcome(SignatureRefusal.KEY_USAGE, described);
        }
        // 4. revocation
        SignatureRefusal revocation = revocations.check(path);
        if (revocation != null) {
            return new SignerOutcome(revocation, described);
        }
        // 5. the IIN: a number that fails the check digit names nobody, before any comparison with an account
        if (described.iin() != null && !IinCheckDigit.valid(described.iin())) {
            return new SignerOutcome(SignatureRefusal.INVALID_IIN, described);
        }
        if (expectedIin != null && !expectedIin.equals(described.iin())) {
            return new SignerOutcome(SignatureRefusal.IIN_MISMATCH, described);
        }
        return new SignerOutcome(null, described);
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) throws GeneralSecurityException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            certificates.add(converter.getCertificate(holder));
        }
        return certificates;
    }

    private static X509CertificateHolder holder(X509Certificate certificate) {
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("unreadable certificate", e);
        }
    }

    /** {@code at}, moved into the certificate's validity period when outside it. */
    private static Instant within(Instant at, X509Certificate certificate) {
        Instant from = certificate.getNotBefore().toInstant();
        Instant to = certificate.getNotAfter().toInstant();
        return at.isBefore(from) ? from : at.isAfter(to) ? to : at;
    }

    /**
     * The time of an RFC 3161 signature time-stamp token (unsigned attribute id-aa-signatureTimeStampToken) when it
     * can be trusted: signed by a time-stamping certificate that chains to a trusted root and is not revoked, its
     * message imprint the digest of this signature value, its time not in the future. Anything less, and the
     * verification time stays now.
     */
    private Optional<Instant> trustedTimestamp(SignerInformation signer, Instant now) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> store = token.getCertificates();
            // the TSA's certificate: in the token (when the request asked for it) or among the trusted intermediates
            List<X509Certificate> candidates = certificates(store);
            candidates.addAll(trust.intermediates());
            X509Certificate tsa = candidates.stream()
                    .filter(c -> token.getSID().match(holder(c)))
                    .findFirst().orElse(null);
            if (tsa == null) {
                return Optional.empty();
            }
            // the token's signature, the TSA certificate's validity at genTime and its critical timeStamping usage
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(PROVIDER).build(tsa));
            TimeStampTokenInfo info = token.getTimeStampInfo();
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build()
                    .get(info.getHashAlgorithm());
            try (var out = digest.getOutputStream()) {
                out.write(signer.getSignature());
            }
            if (!java.security.MessageDigest.isEqual(digest.getDigest(), info.getMessageImprintDigest())) {
                log.warn("A signature time-stamp token covers another signature value: ignored");
                return Optional.empty();
            }
            Instant generated = info.getGenTime().toInstant();
            if (generated.isAfter(now.plus(SKEW))) {
                return Optional.empty();
            }
            List<X509Certificate> path = buildPath(tsa, candidates, generated);
            if (revocations.check(path) != null) {
                return Optional.empty();
            }
            return Optional.of(generated.isAfter(now) ? now : generated);
        } catch (TSPException | GeneralSecurityException | java.io.IOException
                 | org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
            // a malformed or untrusted token is information only, never a server error
            log.warn("A signature time-stamp token could not be verified ({}): the verification time is now", e.toString());
            return Optional.empty();
        }
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
}
