package kz.attest.signature;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions and certificates are signed with PAdES (issue 10; documents.md "Signatures"): by the organisation's
 * server-held key, or by the head's own key through NCALayer (DSS's external-CMS flow); DSS validates them against
 * the demonstration CA, and any change, a wrong signer or a bad certificate is caught.
 */
class PdfSignaturesTests {

    private static final String HEAD_IIN = kz.attest.identity.TestIins.fresh();
    private static final PdfSignatureInfo INFO = new PdfSignatureInfo("Серікбаева Әйгерім", "Decision No. 7", "Astana");

    @TempDir
    static Path directory;
    static DemoCertificateAuthority ca;
    static SignatureVerifier verifier;
    static PdfSignatures signatures;
    static DemoCertificateAuthority.IssuedCredential head;

    @BeforeAll
    static void setUp() {
        ca = DemoCertificateAuthority.openOrCreate(directory.resolve("ca"), Clock.systemUTC(), "pw".toCharArray(), null);
        verifier = BouncyCastleSignatureVerifierTests.verifierTrusting(ca);
        signatures = PadesConfiguration.create(directory, List.of(), properties(), ca, null, verifier, Clock.systemUTC());
        head = ca.issue(CertificateSubject.individual(HEAD_IIN, "Серікбаева", "Әйгерім", "Маратқызы"), KeyPurpose.SIGNING);
    }

    static PadesProperties properties() {
        return new PadesProperties("pw", Map.of(), new PadesProperties.Tsa("none", null, java.time.Duration.ofSeconds(5)), false);
    }

    static byte[] pdf(String text) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theOrganisationKeySignsAndDssSaysTotalPassed_000_52() throws Exception {
        byte[] signed = signatures.signWithOrganisationKey(pdf("Decision 1"), "justice-astana", INFO);

        PdfVerification verification = signatures.verify(signed);

        assertThat(verification.status()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(verification.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(verification.signerName()).contains("JUSTICE-ASTANA");
        assertThat(verification.signingTime()).isNotNull();
        assertThat(directory.resolve("document-keys/justice-astana.p12")).exists();
    }

    @Test
    void oneChangedByteIsTampered() throws Exception {
        byte[] signed = signatures.signWithOrganisationKey(pdf("Decision 2"), "justice-astana", INFO);
        int[] range;
        try (var document = org.apache.pdfbox.Loader.loadPDF(signed)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        // in the document, in the signature's CMS, in the padding after it, in the revision after the CMS
        for (int position : new int[]{range[1] / 2, range[1] + 200, range[2] - 20, range[2] + range[3] / 2}) {
            byte[] changed = signed.clone();
            changed[position] = (byte) (changed[position] == '0' ? '1' : changed[position] ^ 0x01);

            PdfVerification verification = signatures.verify(changed);
            assertThat(verification.status()).as("byte %d of %d changed: %s", position, signed.length, verification.indication())
                    .isIn(PdfVerification.Status.TAMPERED, PdfVerification.Status.NOT_A_PDF);
        }
        assertThat(signatures.verify(signed).status()).isEqualTo(PdfVerification.Status.VALID);
    }

    @Test
    void bytesAppendedAfterTheSignatureAreTampering() throws Exception {
        byte[] signed = signatures.signWithOrganisationKey(pdf("Decision 3"), "justice-astana", INFO);
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 20);
        System.arraycopy("\n% added afterwards\n".getBytes(StandardCharsets.US_ASCII), 0, longer, signed.length, 20);

        assertThat(signatures.verify(longer).status()).isEqualTo(PdfVerification.Status.TAMPERED);
    }

    @Test
    void garbageIsNotAPdfAndAnUnsignedPdfIsNotSigned() throws Exception {
        assertThat(signatures.verify("hello, not a PDF".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(PdfVerification.Status.NOT_A_PDF);
        assertThat(signatures.verify(new byte[0]).status()).isEqualTo(PdfVerification.Status.NOT_A_PDF);
        assertThat(signatures.verify("%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII)).status())
                .isEqualTo(PdfVerification.Status.NOT_A_PDF);
        assertThat(signatures.verify(pdf("unsigned")).status()).isEqualTo(PdfVerification.Status.NOT_SIGNED);
    }

    @Test
    void aSignatureByAnotherCaIsUntrusted() throws Exception {
        DemoCertificateAuthority other = DemoCertificateAuthority.openOrCreate(directory.resolve("other-ca"), Clock.systemUTC(),
                "pw".toCharArray(), null);
        PdfSignatures foreign = PadesConfiguration.create(directory.resolve("foreign"), List.of(), properties(), other, null,
                BouncyCastleSignatureVerifierTests.verifierTrusting(other), Clock.systemUTC());
        byte[] signed = foreign.signWithOrganisationKey(pdf("Decision 4"), "justice-astana", INFO);

        PdfVerification verification = signatures.verify(signed);

        assertThat(verification.status()).isEqualTo(PdfVerification.Status.UNTRUSTED);
    }

    @Test
    void theHeadSignsThroughTheExternalCmsFlowWithTheDevelopmentSignersKey_000_25() throws Exception {
        PdfToSign prepared = signatures.prepare(pdf("Decision 5"), INFO);

        byte[] signed = signatures.complete(prepared, developmentSignerCms(head, prepared.dataToSign()), HEAD_IIN);

        PdfVerification verification = signatures.verify(signed);
        assertThat(verification.status()).as(verification.indication()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(verification.signerIin()).isEqualTo(HEAD_IIN);
        assertThat(verification.signerName()).contains("СЕРІКБАЕВА");
        assertThat(prepared.signingTime()).isNotNull();
    }

    @Test
    void aCmsOfAnotherPersonIsRefused() throws Exception {
        PdfToSign prepared = signatures.prepare(pdf("Decision 6"), INFO);
        DemoCertificateAuthority.IssuedCredential officer = ca.issue(
                CertificateSubject.individual(kz.attest.identity.TestIins.fresh(), "Омаров", "Ерлан", null), KeyPurpose.SIGNING);

        assertRefused(() -> signatures.complete(prepared, developmentSignerCms(officer, prepared.dataToSign()), HEAD_IIN),
                SignatureRefusal.IIN_MISMATCH);
    }

    @Test
    void aCmsFromAnExpiredCertificateIsRefused() throws Exception {
        PdfToSign prepared = signatures.prepare(pdf("Decision 7"), INFO);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DemoCertificateAuthority.IssuedCredential expired = ca.issue(CertificateSubject.individual(HEAD_IIN, "Серікбаева",
                "Әйгерім", null), KeyPurpose.SIGNING, now.minus(400, ChronoUnit.DAYS), now.minus(1, ChronoUnit.HOURS));

        assertRefused(() -> signatures.complete(prepared, developmentSignerCms(expired, prepared.dataToSign()), HEAD_IIN),
                SignatureRefusal.EXPIRED);
    }

    @Test
    void aCmsFromARevokedCertificateIsRefused() throws Exception {
        PdfToSign prepared = signatures.prepare(pdf("Decision 8"), INFO);
        DemoCertificateAuthority.IssuedCredential revoked = ca.issue(CertificateSubject.individual(HEAD_IIN, "Серікбаева",
                "Әйгерім", null), KeyPurpose.SIGNING);
        ca.revoke(revoked.certificate());

        assertRefused(() -> signatures.complete(prepared, developmentSignerCms(revoked, prepared.dataToSign()), HEAD_IIN),
                SignatureRefusal.REVOKED);
    }

    @Test
    void aCmsOverOtherContentIsRefused() throws Exception {
        PdfToSign prepared = signatures.prepare(pdf("Decision 9"), INFO);
        PdfToSign other = signatures.prepare(pdf("Another decision"), INFO);

        assertRefused(() -> signatures.complete(prepared, developmentSignerCms(head, other.dataToSign()), HEAD_IIN),
                SignatureRefusal.INTEGRITY);
        assertRefused(() -> signatures.complete(prepared, "not a CMS".getBytes(StandardCharsets.US_ASCII), HEAD_IIN),
                SignatureRefusal.MALFORMED);
    }

    @Test
    void withTheDemonstrationTsaTheSignatureIsTimeStamped() throws Exception {
        TimeStampAuthority tsa = DemoTimeStampAuthority.openOrCreate(directory.resolve("tsa"), "pw".toCharArray(), Clock.systemUTC());
        PdfSignatures timeStamped = PadesConfiguration.create(directory.resolve("bt"), List.of(), properties(), ca, tsa,
                verifier, Clock.systemUTC());

        byte[] signed = timeStamped.signWithOrganisationKey(pdf("Decision 10"), "justice-astana", INFO);
        PdfToSign prepared = timeStamped.prepare(pdf("Decision 11"), INFO);
        byte[] completed = timeStamped.complete(prepared, developmentSignerCms(head, prepared.dataToSign()), HEAD_IIN);

        assertThat(timeStamped.verify(signed).status()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(timeStamped.verify(completed).status()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("ETSI.CAdES.detached");
        assertThat(new String(completed, StandardCharsets.ISO_8859_1)).contains("ETSI.RFC3161");
    }

    @Test
    void aProductionKeyStoreConfiguredForTheOrganisationSignsInsteadOfTheDemonstrationKey() throws Exception {
        DemoCertificateAuthority.IssuedCredential seal = ca.issue(new CertificateSubject("000000000000", "ӘДІЛЕТ",
                "DEPARTMENT", null, "Департамент юстиции города Астаны", "123456789012"), KeyPurpose.SIGNING);
        Path file = directory.resolve("production.p12");
        java.nio.file.Files.write(file, seal.toPkcs12("secret".toCharArray()));
        PdfSignatures configured = PadesConfiguration.create(directory.resolve("configured"), List.of(),
                new PadesProperties("pw", Map.of("justice-astana", new PadesProperties.KeyStoreFile(file, "secret", null)),
                        new PadesProperties.Tsa("none", null, java.time.Duration.ofSeconds(5)), false),
                ca, null, verifier, Clock.systemUTC());

        PdfVerification verification = configured.verify(configured.signWithOrganisationKey(pdf("Decision 12"),
                "justice-astana", INFO));

        assertThat(verification.status()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(verification.signerName()).contains("Департамент юстиции города Астаны");
    }

    @Test
    void withoutAConfiguredKeyAndWithoutTheDemonstrationCaNothingIsSigned() throws Exception {
        PdfSignatures production = PadesConfiguration.create(directory.resolve("production"), List.of(), properties(),
                null, null, verifier, Clock.systemUTC());
        byte[] unsigned = pdf("Decision 13");

        assertThatThrownBy(() -> production.signWithOrganisationKey(unsigned, "justice-astana", INFO))
                .isInstanceOfSatisfying(kz.attest.web.Refusal.class,
                        e -> assertThat(e.getMessage()).contains("signature.pades.no-organisation-key"));
    }

    @Test
    void anRfc3161TimeStampAuthorityOverHttpRaisesTheSignatureToBT() throws Exception {
        DemoTimeStampAuthority authority = DemoTimeStampAuthority.openOrCreate(directory.resolve("http-tsa"), "pw".toCharArray(),
                Clock.systemUTC());
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/tsa", exchange -> {
            requests.incrementAndGet();
            byte[] response = authority.respond(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, response.length);
            exchange.getResponseBody().write(response);
            exchange.close();
        });
        server.start();
        try {
            TimeStampAuthority http = new HttpTimeStampAuthority("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa",
                    java.time.Duration.ofSeconds(5));
            // a real TSA's certificate is trusted by configuration (attest.signature.trusted-certificates)
            PdfSignatures timeStamped = PadesConfiguration.create(directory.resolve("http-bt"), authority.trustAnchors(),
                    properties(), ca, http, verifier, Clock.systemUTC());

            byte[] signed = timeStamped.signWithOrganisationKey(pdf("Decision 14"), "justice-astana", INFO);

            assertThat(timeStamped.verify(signed).status()).isEqualTo(PdfVerification.Status.VALID);
            assertThat(requests.get()).as("time-stamps asked over HTTP").isPositive();
            assertThat(signatures.verify(signed).status()).as("the TSA is not trusted there").isNotEqualTo(PdfVerification.Status.TAMPERED);
        } finally {
            server.stop(0);
        }
    }

    /** A detached CMS as the development signer (NCALayer's stand-in) answers eds-sign.js: PEM-armoured. */
    static byte[] developmentSignerCms(DemoCertificateAuthority.IssuedCredential credential, byte[] data) throws Exception {
        DevelopmentSigner.Key key = new DevelopmentSigner.Key(credential.privateKey(), credential.chain());
        return key.sign(data, false).getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, SignatureRefusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SignatureRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            for (String language : List.of("kk", "ru", "en")) {
                ResourceBundle bundle = ResourceBundle.getBundle("i18n/signature", Locale.forLanguageTag(language));
                assertThat(bundle.getString(refusal.messageKey())).as("%s message in %s", refusal, language).isNotBlank();
            }
        });
    }
}
