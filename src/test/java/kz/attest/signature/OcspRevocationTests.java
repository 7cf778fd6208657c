package kz.attest.signature;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revocation by OCSP where the certificate names a responder (issue "Electronic signatures": "revocation (CRL; OCSP
 * where the certificate names one)"; seed 003 processes 6–7: the certificate is not revoked), with the CRL as the
 * fallback when the responder is down or gives no trustworthy answer.
 */
class OcspRevocationTests {

    static final String IIN = "900101300017";
    static final byte[] DOCUMENT = "{\"service\":\"ADVOCATE_ATTESTATION\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;
    HttpServer server;
    AtomicInteger asked = new AtomicInteger();
    volatile Function<byte[], byte[]> responder;
    DemoCertificateAuthority ca;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/pki/ocsp", exchange -> {
            asked.incrementAndGet();
            byte[] request = exchange.getRequestBody().readAllBytes();
            boolean rightType = "application/ocsp-request".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] body = rightType && "POST".equals(exchange.getRequestMethod()) ? responder.apply(request) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/ocsp-response");
            exchange.sendResponseHeaders(body.length == 0 ? 400 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/pki/ocsp";
        ca = DemoCertificateAuthority.openOrCreate(directory.resolve("ca"), Clock.systemUTC(), "pw".toCharArray(), null, url);
        responder = ca::ocspResponse;
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SignatureVerifier verifier(boolean withCrl) {
        List<CrlSource> crls = withCrl ? List.of((certificate, issuer) -> ca.crlIssuedBy(issuer)) : List.of(
                (certificate, issuer) -> issuer.equals(ca.rootCertificate()) ? ca.crlIssuedBy(issuer) : Optional.<X509CRL>empty());
        return new BouncyCastleSignatureVerifier(
                new TrustedCertificates(List.of(ca.rootCertificate()), List.of(ca.issuingCertificate())), crls,
                Clock.systemUTC(), new OcspClient(Duration.ofSeconds(2), Clock.systemUTC()));
    }

    private SignatureCheck verify(SignatureVerifier verifier, DemoCertificateAuthority.IssuedCredential key) throws Exception {
        byte[] cms = BouncyCastleSignatureVerifierTests.sign(key, DOCUMENT, false, "SHA256withRSA");
        return verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN));
    }

    private DemoCertificateAuthority.IssuedCredential newKey() {
        return ca.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", "Болатұлы"), KeyPurpose.SIGNING);
    }

    @Test
    void theCertificateNamesTheDemoCasOcspResponder() {
        assertThat(OcspClient.responders(newKey().certificate()))
                .containsExactly("http://127.0.0.1:" + server.getAddress().getPort() + "/pki/ocsp");
    }

    @Test
    void aGoodAnswerOfTheResponderIsEnoughWithoutACrl_003_1() throws Exception {
        SignatureCheck check = verify(verifier(false), newKey());

        assertThat(check.valid()).isTrue();
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void aCertificateTheResponderReportsRevokedIsRefused_003_1() throws Exception {
        DemoCertificateAuthority.IssuedCredential key = newKey();
        ca.revoke(key.certificate());

        SignatureCheck check = verify(verifier(false), key);

        assertThat(check.valid()).isFalse();
        assertThat(check.refusal()).isEqualTo(SignatureRefusal.REVOKED);
        assertThat(asked.get()).isEqualTo(1);
    }

    @Test
    void whenTheResponderIsDownTheCrlDecides_003_1() throws Exception {
        DemoCertificateAuthority.IssuedCredential good = newKey();
        DemoCertificateAuthority.IssuedCredential revoked = newKey();
        ca.revoke(revoked.certificate());
        server.stop(0);

        assertThat(verify(verifier(true), good).valid()).isTrue();
        assertThat(verify(verifier(true), revoked).refusal()).isEqualTo(SignatureRefusal.REVOKED);
        assertThat(verify(verifier(false), good).refusal()).isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
    }

    @Test
    void aResponderErrorFallsBackToTheCrl_003_1() throws Exception {
        responder = request -> new byte[0];   // HTTP 400
        DemoCertificateAuthority.IssuedCredential revoked = newKey();
        ca.revoke(revoked.certificate());

        assertThat(verify(verifier(true), revoked).refusal()).isEqualTo(SignatureRefusal.REVOKED);
        assertThat(verify(verifier(true), newKey()).valid()).isTrue();
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void aGoodAnswerNotSignedByTheIssuerIsIgnored_003_1() throws Exception {
        responder = OcspRevocationTests::forgedGood;
        DemoCertificateAuthority.IssuedCredential revoked = newKey();
        ca.revoke(revoked.certificate());

        assertThat(verify(verifier(true), revoked).refusal()).isEqualTo(SignatureRefusal.REVOKED);
        assertThat(verify(verifier(false), newKey()).refusal()).isEqualTo(SignatureRefusal.REVOCATION_UNKNOWN);
        assertThat(asked.get()).isEqualTo(2);
    }

    @Test
    void theResponderAnswersAMalformedRequestAsSuch() throws Exception {
        OCSPResp response = new OCSPResp(ca.ocspResponse("not a request".getBytes(StandardCharsets.US_ASCII)));
        assertThat(response.getStatus()).isEqualTo(OCSPRespBuilder.MALFORMED_REQUEST);
    }

    /** "Good" for every certificate asked about, signed by a responder the issuer never certified. */
    static byte[] forgedGood(byte[] requestDer) {
        try {
            OCSPReq request = new OCSPReq(requestDer);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=FORGED RESPONDER");
            Instant now = Instant.now();
            X509v3CertificateBuilder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                    Date.from(now.minusSeconds(3600)), Date.from(now.plusSeconds(3600)), name, pair.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(pair.getPublic(),
                    new JcaDigestCalculatorProviderBuilder().build().get(RespID.HASH_SHA1));
            for (var one : request.getRequestList()) {
                CertificateID id = one.getCertID();
                builder.addResponse(id, CertificateStatus.GOOD, Date.from(now), Date.from(now.plusSeconds(3600)),
                        (org.bouncycastle.asn1.x509.Extensions) null);
            }
            BasicOCSPResp basic = builder.build(signer, new org.bouncycastle.cert.X509CertificateHolder[]{
                    certificate.build(signer)}, Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
