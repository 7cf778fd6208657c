package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSMessageDigest;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pades.signature.PAdESWithExternalCMSService;
import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link PdfSignatures} with the EU's DSS library on PDFBox 3. The organisation's key signs through
 * {@link PAdESService}; a person's key through DSS's external-CMS flow ({@link PAdESWithExternalCMSService}): step 1
 * lays out the signature revision (its digest is what the CMS must cover) and hands out the bytes of its byte range,
 * which NCALayer signs as a detached CMS exactly as it signs any other data; step 2 checks that CMS with the platform's
 * {@link SignatureVerifier} (integrity, chain, validity, revocation, IIN) and DSS's own CMS check, and writes it into the
 * space reserved in the revision. PAdES-B-B, raised to B-T by a document time-stamp when a TSA is configured.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DssPdfSignatures implements PdfSignatures {

    private static final Logger log = LoggerFactory.getLogger(DssPdfSignatures.class);
    /**
     * What a change of the signed bytes or of the CMS looks like to DSS. A signer certificate that does not match the
     * CMS's reference to it (NO_SIGNING_CERTIFICATE_FOUND) means the enclosed certificate was altered: NCALayer always
     * encloses it.
     */
    private static final Set<SubIndication> TAMPERING = Set.of(SubIndication.HASH_FAILURE, SubIndication.SIG_CRYPTO_FAILURE,
            SubIndication.FORMAT_FAILURE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
    /** Bytes reserved for the CMS in a person's signature revision (NCA RK chains are larger than the demo CA's). */
    private static final int EXTERNAL_CMS_SIZE = 16384;

    private final DocumentSigningKeys keys;
    private final Supplier<CertificateVerifier> verifiers;
    private final TimeStampAuthority tsa;
    private final SignatureVerifier signatureVerifier;
    private final ValidationPolicy policy;
    private final Clock clock;

    @Override
    public byte[] signWithOrganisationKey(byte[] pdf, String organisationId, PdfSignatureInfo info) {
        DemoCertificateAuthority.IssuedCredential key = keys.key(organisationId);
        PAdESService service = padesService();
        PAdESSignatureParameters parameters = parameters(info, now());
        parameters.setSignatureLevel(tsa == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T);
        parameters.setSigningCertificate(new CertificateToken(key.certificate()));
        parameters.setCertificateChain(key.chain().stream().map(CertificateToken::new).toList());
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
        SignatureValue value = new SignatureValue(SignatureAlgorithm.getAlgorithm(
                key.privateKey().getAlgorithm().equals("EC") ? eu.europa.esig.dss.enumerations.EncryptionAlgorithm.ECDSA
                        : eu.europa.esig.dss.enumerations.EncryptionAlgorithm.RSA, DigestAlgorithm.SHA256),
                rawSignature(key, toBeSigned.getBytes()));
        return bytes(service.signDocument(document, parameters, value));
    }

    @Override
    public PdfToSign prepare(byte[] pdf, PdfSignatureInfo info) {
        Instant signingTime = now();
        PAdESSignatureParameters parameters = parameters(info, signingTime);
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setContentSize(EXTERNAL_CMS_SIZE);
        PAdESWithExternalCMSService service = externalService();
        DSSDocument document = new InMemoryDocument(pdf);
        DSSMessageDigest digest = service.getMessageDigest(document, parameters);
        // the same revision with an empty CMS in its reserved space: its byte range is what the person signs
        byte[] prepared = bytes(service.signDocument(document, parameters, new InMemoryDocument(emptyCms())));
        byte[] dataToSign = signedContent(prepared);
        if (!Arrays.equals(DigestUtils.sha256(dataToSign), digest.getValue())) {
            throw new IllegalStateException("The prepared signature revision differs from the one DSS digested");
        }
        return new PdfToSign(prepared, dataToSign, signingTime);
    }

    @Override
    public byte[] complete(PdfToSign prepared, byte[] detachedCms, String expectedSignerIin) {
        byte[] der;
        try {
            // NCALayer's and BouncyCastle's CMS are BER (indefinite lengths): embed it as DER
            der = new CMSSignedData(der(detachedCms)).getEncoded(ASN1Encoding.DER);
        } catch (IllegalArgumentException | CMSException | IOException e) {
            throw new SignatureRefusedException(SignatureRefusal.MALFORMED);
        }
        signatureVerifier.verify(SignatureRequest.detached(der, prepared.dataToSign(), expectedSignerIin)).orThrow();
        byte[] pdf = prepared.preparedPdf();
        int[] range = byteRange(pdf);
        if (!Arrays.equals(content(pdf, range), prepared.dataToSign())) {
            throw new IllegalArgumentException("The prepared PDF and the data to sign do not belong together");
        }
        DSSMessageDigest digest = new DSSMessageDigest(DigestAlgorithm.SHA256, DigestUtils.sha256(prepared.dataToSign()));
        if (!externalService().isValidCMSSignedData(digest, new InMemoryDocument(der))) {
            throw new SignatureRefusedException(SignatureRefusal.INTEGRITY);
        }
        // the reserved space is "<" hex ">" between the two parts of the byte range
        int start = range[1] + 1;
        int space = range[2] - 1 - start;
        byte[] hex = HexFormat.of().formatHex(der).toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (hex.length > space) {
            throw new SignatureRefusedException(SignatureRefusal.MALFORMED);
        }
        byte[] signed = pdf.clone();
        Arrays.fill(signed, start, start + space, (byte) '0');
        System.arraycopy(hex, 0, signed, start, hex.length);
        if (tsa == null) {
            return signed;
        }
        PAdESSignatureParameters extension = new PAdESSignatureParameters();
        extension.setSignatureLevel(SignatureLevel.PAdES_BASELINE_T);
        return bytes(padesService().extendDocument(new InMemoryDocument(signed), extension));
    }

    @Override
    public PdfVerification verify(byte[] pdf) {
        if (pdf == null || !looksLikePdf(pdf)) {
            return new PdfVerification(PdfVerification.Status.NOT_A_PDF, null, null, null, null);
        }
        boolean coversWholeFile;
        boolean paddingIntact;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return unsignedOrDamaged(pdf);
            }
            coversWholeFile = signatures.stream().anyMatch(s -> {
                int[] range = s.getByteRange();
                return range != null && range.length == 4 && (long) range[2] + range[3] == pdf.length;
            });
            paddingIntact = signatures.stream().allMatch(DssPdfSignatures::paddingIsZero);
        } catch (IOException | RuntimeException e) {
            return mentionsSignature(pdf) ? damaged()
                    : new PdfVerification(PdfVerification.Status.NOT_A_PDF, null, null, null, null);
        }
        Reports reports;
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
            validator.setCertificateVerifier(verifiers.get());
            reports = validator.validateDocument(policy);
        } catch (RuntimeException e) {
            log.info("A PDF could not be validated: {}", e.toString());
            return new PdfVerification(PdfVerification.Status.TAMPERED, null, null, null, "FORMAT_FAILURE");
        }
        SimpleReport simple = reports.getSimpleReport();
        List<String> ids = simple.getSignatureIdList();
        if (ids.isEmpty()) {
            return unsignedOrDamaged(pdf);
        }
        PdfVerification worst = null;
        for (String id : ids) {
            PdfVerification one = verification(reports, id, coversWholeFile, paddingIntact);
            if (worst == null || rank(one.status()) > rank(worst.status())) {
                worst = one;
            }
        }
        return worst;
    }

    /** No readable signature: unsigned, unless the bytes still carry a signature dictionary that no longer parses. */
    private static PdfVerification unsignedOrDamaged(byte[] pdf) {
        return mentionsSignature(pdf) ? damaged() : new PdfVerification(PdfVerification.Status.NOT_SIGNED, null, null, null, null);
    }

    private static PdfVerification damaged() {
        return new PdfVerification(PdfVerification.Status.TAMPERED, null, null, null, "SIGNATURE_STRUCTURE_DAMAGED");
    }

    private static boolean mentionsSignature(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).contains("/ByteRange");
    }

    /** After the CMS, the reserved space holds only zero padding. */
    private static boolean paddingIsZero(PDSignature signature) {
        byte[] contents = signature.getContents();
        if (contents == null) {
            return true;
        }
        byte[] cms = kz.attest.signature.dss.PaddedCmsUtils.withoutPadding(contents);
        for (int i = cms.length; i < contents.length; i++) {
            if (contents[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int rank(PdfVerification.Status status) {
        return switch (status) {
            case VALID -> 0;
            case UNTRUSTED -> 1;
            default -> 2;
        };
    }

    private PdfVerification verification(Reports reports, String id, boolean coversWholeFile, boolean paddingIntact) {
        SimpleReport simple = reports.getSimpleReport();
        Indication indication = simple.getIndication(id);
        SubIndication sub = simple.getSubIndication(id);
        String text = sub == null ? String.valueOf(indication) : indication + "/" + sub;
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        CertificateWrapper certificate = signature == null ? null : signature.getSigningCertificate();
        String name = null;
        String iin = null;
        if (certificate != null) {
            name = certificate.getCommonName();
            if (certificate.getOrganizationName() != null && !certificate.getOrganizationName().isBlank()) {
                name = name == null ? certificate.getOrganizationName() : name + ", " + certificate.getOrganizationName();
            }
            String serial = certificate.getSubjectSerialNumber();
            if (serial != null && serial.startsWith("IIN")) {
                iin = serial.substring(3);
            }
        }
        Date time = simple.getSigningTime(id);
        Instant signingTime = time == null ? null : time.toInstant();
        PdfVerification.Status status;
        if (sub != null && TAMPERING.contains(sub)) {
            status = PdfVerification.Status.TAMPERED;
        } else if (!paddingIntact) {
            // the space reserved for the CMS is outside the signed bytes: a change there is still a change
            status = PdfVerification.Status.TAMPERED;
            text = text + "/CONTENTS_PADDING_CHANGED";
        } else if (!coversWholeFile) {
            // bytes added after the last signature or time-stamp: what is shown is no longer what was signed
            status = PdfVerification.Status.TAMPERED;
            text = text + "/NOT_COVERING_WHOLE_DOCUMENT";
        } else if (indication == Indication.TOTAL_PASSED) {
            status = PdfVerification.Status.VALID;
        } else {
            status = PdfVerification.Status.UNTRUSTED;
        }
        return new PdfVerification(status, name, iin, signingTime, text);
    }

    private PAdESService padesService() {
        PAdESService service = new PAdESService(verifiers.get());
        if (tsa != null) {
            service.setTspSource(tspSource());
        }
        return service;
    }

    private PAdESWithExternalCMSService externalService() {
        PAdESWithExternalCMSService service = new PAdESWithExternalCMSService();
        service.setCertificateVerifier(verifiers.get());
        if (tsa != null) {
            service.setTspSource(tspSource());
        }
        return service;
    }

    private TSPSource tspSource() {
        return (algorithm, digest) -> new TimestampBinary(tsa.timeStamp(algorithm.getJavaName(), digest));
    }

    private static PAdESSignatureParameters parameters(PdfSignatureInfo info, Instant signingTime) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.bLevel().setSigningDate(Date.from(signingTime));
        if (info != null) {
            parameters.setSignerName(info.signerName());
            parameters.setReason(info.reason());
            parameters.setLocation(info.location());
        }
        return parameters;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static byte[] rawSignature(DemoCertificateAuthority.IssuedCredential key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA");
            signature.initSign(key.privateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The organisation's key could not sign", e);
        }
    }

    private static byte[] emptyCms() {
        try {
            return new CMSSignedDataGenerator().generate(new CMSAbsentContent(), false).getEncoded();
        } catch (CMSException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] byteRange(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            int[] range = signature == null ? null : signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || range[2] + (long) range[3] != pdf.length) {
                throw new IllegalArgumentException("The prepared PDF has no signature revision at its end");
            }
            return range;
        } catch (IOException e) {
            throw new IllegalArgumentException("The prepared PDF cannot be read", e);
        }
    }

    private static byte[] signedContent(byte[] pdf) {
        return content(pdf, byteRange(pdf));
    }

    private static byte[] content(byte[] pdf, int[] range) {
        byte[] content = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], content, 0, range[1]);
        System.arraycopy(pdf, range[2], content, range[1], range[3]);
        return content;
    }

    private static boolean looksLikePdf(byte[] bytes) {
        int window = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, window, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    /** CMS arrives as DER, as base64, or PEM-armoured ({@code -----BEGIN CMS-----}, as NCALayer returns it). */
    static byte[] der(byte[] raw) {
        if (raw == null || raw.length == 0) {
            throw new IllegalArgumentException("empty");
        }
        if ((raw[0] & 0xff) == 0x30) {
            return raw;
        }
        String text = new String(raw, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z0-9 ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    private static byte[] bytes(DSSDocument document) {
        try (var in = document.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The signed PDF could not be read", e);
        }
    }
}
