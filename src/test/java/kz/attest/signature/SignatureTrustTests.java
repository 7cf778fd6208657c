package kz.attest.signature;

import com.sun.net.httpserver.HttpServer;
import kz.attest.testing.MovableClock;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks before a signature is accepted (seed 003 condition 3 between processes 6 and 7; lifecycle.md
 * "Submission" 4): validity at the verification time, not at the time the signer claims; current revocation
 * information or "revocation unknown"; the first failure in the order integrity, chain, validity, revocation, IIN;
 * and an IIN that fails its check digit named as such.
 */
class SignatureTrustTests {

    private static final String IIN = "900101300017";
    private static final String NCA_TEST_IIN = "123456789011";
    private static final byte[] DOCUMENT = "{\"service\":\"ADVOCATE_ATTESTATION\",\"iin\":\"900101300017\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path directory;
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final MovableClock caClock = new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS));
    static DemoCertificateAuthority ca;
    static Tsa tsa;

    @BeforeAll
    static void setUp() throws Exception {
        // a CA in service for three years, so that a certificate that expired in the past chains to it
        ca = DemoCertificateAuthority.openOrCreate(directory.resolve("ca"), caClock, "pw".toCharArray(), null);
        caClock.set(NOW);
        tsa = Tsa.create();
    }

    // ---- 1. the verification time --------------------------------------------------------------------------------

    @Test
    void backdatedSigningTimeDoesNotRescueExpiredCertificate_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = sign(expired, DOCUMENT, NOW.minus(400, ChronoUnit.DAYS));

        SignatureCheck check = verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN));

        assertThat(check.refusal()).isEqualTo(SignatureRefusal.EXPIRED);
        assertThat(check.signer().signingTime()).isEqualTo(NOW.minus(400, ChronoUnit.DAYS));
    }

    @Test
    void backdatedSigningTimeDoesNotRescueExpiredAuthenticationKey_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.AUTHENTICATION, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = signAttached(expired, "challenge".getBytes(StandardCharsets.US_ASCII), NOW.minus(400, ChronoUnit.DAYS));

        assertThat(verifier(false).verify(SignatureRequest.authentication(cms)).refusal()).isEqualTo(SignatureRefusal.EXPIRED);
    }

    @Test
    void aTrustedTimeStampWithinTheValidityKeepsTheSignatureOfAnExpiredKey_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = tsa.stamp(sign(expired, DOCUMENT, NOW.minus(400, ChronoUnit.DAYS)), DOCUMENT, NOW.minus(400, ChronoUnit.DAYS), null);

        SignatureCheck check = verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN));

        assertThat(check.refusal()).isNull();
        assertThat(check.valid()).isTrue();
    }

    @Test
    void aTimeStampOfAnUntrustedAuthorityIsInformationOnly_003_1() throws Exception {
        Tsa stranger = Tsa.create();
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = stranger.stamp(sign(expired, DOCUMENT, NOW.minus(400, ChronoUnit.DAYS)), DOCUMENT, NOW.minus(400, ChronoUnit.DAYS), null);

        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.EXPIRED);
    }

    @Test
    void aTimeStampOverAnotherSignatureValueIsInformationOnly_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = tsa.stamp(sign(expired, DOCUMENT, NOW.minus(400, ChronoUnit.DAYS)), DOCUMENT, NOW.minus(400, ChronoUnit.DAYS),
                "some other signature".getBytes(StandardCharsets.US_ASCII));

        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.EXPIRED);
    }

    @Test
    void aTrustedTimeStampAfterTheExpiryDoesNotHelp_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = tsa.stamp(sign(expired, DOCUMENT, NOW.minus(400, ChronoUnit.DAYS)), DOCUMENT, NOW.minus(100, ChronoUnit.DAYS), null);

        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.EXPIRED);
    }

    @Test
    void aMalformedTimeStampAttributeIsIgnoredNotAServerError_003_1() throws Exception {
        var key = ca.issue(subject(IIN), KeyPurpose.SIGNING);
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(DOCUMENT), sign(key, DOCUMENT, null));
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        SignerInformation junk = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(new org.bouncycastle.asn1.DEROctetString("not a token".getBytes(StandardCharsets.US_ASCII))))));
        byte[] cms = CMSSignedData.replaceSigners(signed, new SignerInformationStore(junk)).getEncoded();

        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).valid()).isTrue();
    }

    // ---- 2. current revocation information -----------------------------------------------------------------------

    @Test
    void aCrlPastItsNextUpdateIsRevocationUnknown_003_1() throws Exception {
        var key = ca.issue(subject(IIN), KeyPurpose.SIGNING);
        X509CRL old = ca.crl();
        byte[] cms = sign(key, DOCUMENT, null);
        Clock later = Clock.fixed(NOW.plus(10, ChronoUnit.DAYS), ZoneOffset.UTC);

        SignatureCheck check = new BouncyCastleSignatureVerifier(trust(), List.of(
                (certificate, issuer) -> issuer.equals(ca.issuingCertificate()) ? Optional.of(old) : ca.crlIssuedBy(issuer)),
                later, null).verify(SignatureRequest.detached(cms, DOCUMENT, IIN));

        assertThat(check.refusal()).isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
        assertThat(check.refusal().messageKey()).isEqualTo("signature.refused.revocation-unknown");
    }

    @Test
    void aReplayedOldCrlDoesNotHideARevocation_003_1() throws Exception {
        MovableClock clock = new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS));
        DemoCertificateAuthority own = DemoCertificateAuthority.openOrCreate(directory.resolve("replay"), clock, "pw".toCharArray(), null);
        clock.set(NOW);
        var key = own.issue(subject(IIN), KeyPurpose.SIGNING);
        X509CRL beforeTheRevocation = own.crl();
        own.revoke(key.certificate());
        clock.set(NOW.plus(10, ChronoUnit.DAYS));
        byte[] cms = sign(key, DOCUMENT, null);

        SignatureVerifier replayed = new BouncyCastleSignatureVerifier(trust(own), List.of((certificate, issuer) ->
                issuer.equals(own.issuingCertificate()) ? Optional.of(beforeTheRevocation) : own.crlIssuedBy(issuer)), clock, null);
        SignatureVerifier refreshed = new BouncyCastleSignatureVerifier(trust(own),
                List.of((certificate, issuer) -> own.crlIssuedBy(issuer)), clock, null);

        assertThat(replayed.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
        assertThat(refreshed.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOKED);
    }

    @Test
    void theDemoCaPublishesANewCrlOnceTheOldIsPastItsNextUpdate_003_1() throws Exception {
        MovableClock clock = new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS));
        DemoCertificateAuthority own = DemoCertificateAuthority.openOrCreate(directory.resolve("refresh"), clock, "pw".toCharArray(), null);
        clock.set(NOW);
        var key = own.issue(subject(IIN), KeyPurpose.SIGNING);
        clock.set(NOW.plus(30, ChronoUnit.DAYS));

        SignatureCheck check = new BouncyCastleSignatureVerifier(trust(own),
                List.of((certificate, issuer) -> own.crlIssuedBy(issuer)), clock, null)
                .verify(SignatureRequest.detached(sign(key, DOCUMENT, null), DOCUMENT, IIN));

        assertThat(check.valid()).isTrue();
        assertThat(own.crl().getNextUpdate().toInstant()).isAfter(NOW.plus(30, ChronoUnit.DAYS));
    }

    @Test
    void aStaleCrlAtTheDistributionPointIsFetchedAgainAndStillUnknown_003_1() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicReference<byte[]> published = new AtomicReference<>();
        AtomicInteger fetched = new AtomicInteger();
        server.createContext("/crl", exchange -> {
            fetched.incrementAndGet();
            byte[] body = published.get();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            MovableClock clock = new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS));
            DemoCertificateAuthority own = DemoCertificateAuthority.openOrCreate(directory.resolve("dp"), clock,
                    "pw".toCharArray(), "http://127.0.0.1:" + server.getAddress().getPort() + "/crl");
            clock.set(NOW);
            var key = own.issue(subject(IIN), KeyPurpose.SIGNING);
            published.set(own.crl().getEncoded());
            byte[] cms = sign(key, DOCUMENT, null);
            MovableClock verifierClock = new MovableClock(NOW);
            var source = new DistributionPointCrlSource(org.springframework.web.client.RestClient.create(), verifierClock);
            List<CrlSource> sources = List.of(source, (certificate, issuer) ->
                    issuer.equals(own.rootCertificate()) ? own.crlIssuedBy(issuer) : Optional.empty());
            SignatureVerifier verifier = new BouncyCastleSignatureVerifier(trust(own), sources, verifierClock, null);

            assertThat(verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).valid()).isTrue();
            verifierClock.set(NOW.plus(10, ChronoUnit.DAYS));   // the published list is now past its next update
            assertThat(verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                    .isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
            assertThat(fetched.get()).isEqualTo(2);
            clock.set(NOW.plus(10, ChronoUnit.DAYS));
            published.set(own.crl().getEncoded());             // the CA publishes its next list
            assertThat(verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).valid()).isTrue();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void softFailAcceptsWithoutCurrentInformationButNeverAListedRevocation_003_1() throws Exception {
        MovableClock clock = new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS));
        DemoCertificateAuthority own = DemoCertificateAuthority.openOrCreate(directory.resolve("soft"), clock, "pw".toCharArray(), null);
        clock.set(NOW);
        var good = own.issue(subject(IIN), KeyPurpose.SIGNING);
        var revoked = own.issue(subject(IIN), KeyPurpose.SIGNING);
        own.revoke(revoked.certificate());
        X509CRL snapshot = own.crl();
        Clock later = Clock.fixed(NOW.plus(10, ChronoUnit.DAYS), ZoneOffset.UTC);
        List<CrlSource> stale = List.of((certificate, issuer) ->
                issuer.equals(own.issuingCertificate()) ? Optional.of(snapshot) : own.crlIssuedBy(issuer));

        SignatureVerifier strict = new BouncyCastleSignatureVerifier(trust(own), stale, later, null, false);
        SignatureVerifier offline = new BouncyCastleSignatureVerifier(trust(own), stale, later, null, true);

        assertThat(strict.verify(SignatureRequest.detached(sign(good, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
        assertThat(offline.verify(SignatureRequest.detached(sign(good, DOCUMENT, null), DOCUMENT, IIN)).valid()).isTrue();
        assertThat(offline.verify(SignatureRequest.detached(sign(revoked, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOKED);
        assertThat(new BouncyCastleSignatureVerifier(trust(own), List.of(), later, null, true)
                .verify(SignatureRequest.detached(sign(good, DOCUMENT, null), DOCUMENT, IIN)).valid()).isTrue();
    }

    // ---- 3. the order: integrity, chain, validity, revocation, IIN -----------------------------------------------

    @Test
    void aSignatureOverOtherBytesFromAnExpiredKeyIsContentMismatch_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        byte[] cms = sign(expired, "other bytes".getBytes(StandardCharsets.UTF_8), NOW.minus(400, ChronoUnit.DAYS));

        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.INTEGRITY);
    }

    @Test
    void integrityComesBeforeAnUntrustedExpiredRevokedCertificateOfAnotherPerson_003_1() throws Exception {
        DemoCertificateAuthority stranger = DemoCertificateAuthority.openOrCreate(directory.resolve("stranger"),
                new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS)), "pw".toCharArray(), null);
        var foreign = stranger.issue(subject("851231400120"), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        stranger.revoke(foreign.certificate());
        byte[] cms = sign(foreign, "other bytes".getBytes(StandardCharsets.UTF_8), null);

        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.INTEGRITY);
    }

    @Test
    void withTwoSignersTheEarliestFailureInTheOrderIsReported_003_1() throws Exception {
        var expired = ca.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        var good = ca.issue(subject(IIN), KeyPurpose.SIGNING);
        // the first signer's key expired; the second signer's value is over other bytes (spliced in from a signature of them)
        CMSSignedData over = new CMSSignedData(new CMSProcessableByteArray(DOCUMENT), sign(expired, DOCUMENT, null));
        CMSSignedData other = new CMSSignedData(new CMSProcessableByteArray("other".getBytes(StandardCharsets.UTF_8)),
                sign(good, "other".getBytes(StandardCharsets.UTF_8), null));
        List<SignerInformation> both = new ArrayList<>(over.getSignerInfos().getSigners());
        both.addAll(other.getSignerInfos().getSigners());
        CMSSignedData signed = CMSSignedData.replaceCertificatesAndCRLs(
                CMSSignedData.replaceSigners(over, new SignerInformationStore(both)),
                new JcaCertStore(List.of(expired.certificate(), good.certificate(), ca.issuingCertificate())), null, null);

        assertThat(verifier(false).verify(SignatureRequest.detached(signed.getEncoded(), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.INTEGRITY);
    }

    @Test
    void theChainComesBeforeTheValidity_003_1() throws Exception {
        DemoCertificateAuthority stranger = DemoCertificateAuthority.openOrCreate(directory.resolve("stranger2"),
                new MovableClock(NOW.minus(3 * 365, ChronoUnit.DAYS)), "pw".toCharArray(), null);
        var foreign = stranger.issue(subject(IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));

        assertThat(verifier(false).verify(SignatureRequest.detached(sign(foreign, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.UNTRUSTED_CHAIN);
    }

    @Test
    void theValidityComesBeforeTheRevocationAndTheIin_003_1() throws Exception {
        var expired = ca.issue(subject(NCA_TEST_IIN), KeyPurpose.SIGNING, NOW.minus(700, ChronoUnit.DAYS), NOW.minus(300, ChronoUnit.DAYS));
        ca.revoke(expired.certificate());

        assertThat(verifier(false).verify(SignatureRequest.detached(sign(expired, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.EXPIRED);
    }

    @Test
    void theRevocationComesBeforeTheIin_003_1() throws Exception {
        var revoked = ca.issue(subject(NCA_TEST_IIN), KeyPurpose.SIGNING);
        ca.revoke(revoked.certificate());
        var another = ca.issue(subject("851231400120"), KeyPurpose.SIGNING);
        ca.revoke(another.certificate());

        assertThat(verifier(false).verify(SignatureRequest.detached(sign(revoked, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOKED);
        assertThat(verifier(false).verify(SignatureRequest.detached(sign(another, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOKED);
    }

    @Test
    void revocationUnknownComesBeforeTheIin_003_1() throws Exception {
        var key = ca.issue(subject("851231400120"), KeyPurpose.SIGNING);

        assertThat(new BouncyCastleSignatureVerifier(trust(), List.of(), Clock.systemUTC(), null)
                .verify(SignatureRequest.detached(sign(key, DOCUMENT, null), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
    }

    // ---- 4. an IIN that fails its check digit ----------------------------------------------------------------------

    @Test
    void aCertificateIinFailingTheChecksumIsNotValidRatherThanAMismatch_003_1() throws Exception {
        var ncaTest = ca.issue(subject(NCA_TEST_IIN), KeyPurpose.SIGNING);
        byte[] cms = sign(ncaTest, DOCUMENT, null);

        SignatureCheck check = verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, IIN));

        assertThat(check.refusal()).isEqualTo(SignatureRefusal.INVALID_IIN);
        assertThat(check.refusal().messageKey()).isEqualTo("signature.refused.invalid-iin");
        assertThat(verifier(false).verify(SignatureRequest.detached(cms, DOCUMENT, NCA_TEST_IIN)).refusal())
                .isEqualTo(SignatureRefusal.INVALID_IIN);
    }

    @Test
    void anAuthenticationKeyWithAnIinFailingTheChecksumIsNotValid_003_1() throws Exception {
        var ncaTest = ca.issue(subject(NCA_TEST_IIN), KeyPurpose.AUTHENTICATION);
        byte[] cms = signAttached(ncaTest, "challenge".getBytes(StandardCharsets.US_ASCII), null);

        assertThat(verifier(false).verify(SignatureRequest.authentication(cms)).refusal()).isEqualTo(SignatureRefusal.INVALID_IIN);
    }

    @Test
    void theIinCheckDigitFollowsTheKazakhRule() {
        assertThat(IinCheckDigit.valid(IIN)).isTrue();
        assertThat(IinCheckDigit.valid("851231400120")).isTrue();
        assertThat(IinCheckDigit.valid(NCA_TEST_IIN)).isFalse();
        assertThat(IinCheckDigit.valid("90010130001")).isFalse();
        assertThat(IinCheckDigit.valid("90010130001x")).isFalse();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static SignatureVerifier verifier(boolean softFail) {
        List<CrlSource> sources = new ArrayList<>();
        sources.add((certificate, issuer) -> ca.crlIssuedBy(issuer));
        sources.add((certificate, issuer) -> issuer.equals(tsa.root) ? Optional.of(tsa.crl) : Optional.empty());
        return new BouncyCastleSignatureVerifier(
                new TrustedCertificates(List.of(ca.rootCertificate(), tsa.root), List.of(ca.issuingCertificate())),
                sources, Clock.systemUTC(), null, softFail);
    }

    private static TrustedCertificates trust() {
        return trust(ca);
    }

    private static TrustedCertificates trust(DemoCertificateAuthority authority) {
        return new TrustedCertificates(List.of(authority.rootCertificate()), List.of(authority.issuingCertificate()));
    }

    private static CertificateSubject subject(String iin) {
        return CertificateSubject.individual(iin, "Сериков", "Асан", null);
    }

    static byte[] sign(DemoCertificateAuthority.IssuedCredential key, byte[] data, Instant signingTime) throws Exception {
        return sign(key, data, signingTime, false);
    }

    static byte[] signAttached(DemoCertificateAuthority.IssuedCredential key, byte[] data, Instant signingTime) throws Exception {
        return sign(key, data, signingTime, true);
    }

    /** A CMS whose signed signingTime attribute says what the signer chooses (null: now). */
    private static byte[] sign(DemoCertificateAuthority.IssuedCredential key, byte[] data, Instant signingTime, boolean attach)
            throws Exception {
        JcaSignerInfoGeneratorBuilder builder = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        if (signingTime != null) {
            builder.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(
                    new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))))));
        }
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()),
                key.certificate()));
        generator.addCertificates(new JcaCertStore(key.chain().subList(0, 2)));
        return generator.generate(new CMSProcessableByteArray(data), attach).getEncoded();
    }

    /** A time-stamping authority of its own root (RFC 3161), with a current CRL of that root. */
    record Tsa(X509Certificate root, KeyPair key, X509Certificate certificate, X509CRL crl) {

        static Tsa create() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair rootKey = generator.generateKeyPair();
            KeyPair key = generator.generateKeyPair();
            X500Name rootName = new X500Name("CN=TEST TSA ROOT " + System.nanoTime() + ",C=KZ");
            Date from = Date.from(NOW.minus(5 * 365, ChronoUnit.DAYS));
            Date to = Date.from(NOW.plus(5 * 365, ChronoUnit.DAYS));
            var rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, from, to, rootName, rootKey.getPublic());
            rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            rootBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            X509Certificate root = new JcaX509CertificateConverter().getCertificate(
                    rootBuilder.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
            var builder = new JcaX509v3CertificateBuilder(root, BigInteger.TWO, from, to,
                    new X500Name("CN=TEST TSA,C=KZ"), key.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
            X509v2CRLBuilder crl = new X509v2CRLBuilder(rootName, Date.from(NOW.minus(1, ChronoUnit.HOURS)));
            crl.setNextUpdate(Date.from(NOW.plus(30, ChronoUnit.DAYS)));
            X509CRL list = new JcaX509CRLConverter().getCRL(
                    crl.build(new JcaContentSignerBuilder("SHA256withRSA").build(rootKey.getPrivate())));
            return new Tsa(root, key, certificate, list);
        }

        /** The CMS with a signature time-stamp token at {@code time} over its signature value (or over {@code other}). */
        byte[] stamp(byte[] cms, byte[] detached, Instant time, byte[] other) throws Exception {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(detached), cms);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(other != null ? other : signer.getSignature());
            TimeStampTokenGenerator generator = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key.getPrivate(), certificate),
                    new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.2.398.3.3.2.1"));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            TimeStampRequestGenerator request = new TimeStampRequestGenerator();
            request.setCertReq(true);
            TimeStampToken token = generator.generate(request.generate(TSPAlgorithms.SHA256, imprint),
                    BigInteger.valueOf(System.nanoTime()), Date.from(time));
            AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded();
        }
    }
}
