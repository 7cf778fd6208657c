package kz.attest.decision;

import kz.attest.reporting.Bilingual;
import kz.attest.reporting.OutcomeDocument;
import kz.attest.reporting.OutcomeDocuments;
import kz.attest.signature.PdfSignatureInfo;
import kz.attest.signature.PdfSignatures;
import kz.attest.signature.PdfToSign;
import kz.attest.signature.PdfVerification;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import kz.attest.signature.SignedFiles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The decision's paper: the appendix's layout from {@link OutcomeDocuments} (PDF/A-2b and DOCX with the QR code; a
 * plain layout where the appendix has no version for the outcome) and its signature — the organisation's key, or the
 * head's own key through NCALayer in two steps. By default ({@code attest.decision.pades-signatures=true}) the
 * signature is PAdES inside the PDF ({@link PdfSignatures}); switched off, a CMS SignedData beside the PDF, checked by
 * the platform's verifier (see docs/decisions-outcome.md).
 */
@Component
class PadesOutcomePaper implements OutcomePaper {

    private final OutcomeDocuments documents;
    private final PlainOutcomeLayout plain;
    private final PdfSignatures signatures;
    private final boolean pades;
    private final ResultsSigner organisationKeys;
    private final SignatureVerifier verifier;
    private final DecisionProperties properties;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final Clock clock;

    PadesOutcomePaper(OutcomeDocuments documents, PlainOutcomeLayout plain, PdfSignatures signatures,
                      @Value("${attest.decision.pades-signatures:true}") boolean pades, ResultsSigner organisationKeys,
                      SignatureVerifier verifier, DecisionProperties properties,
                      ObjectProvider<DemoCertificateAuthority> demoCa, Clock clock) {
        this.documents = documents;
        this.plain = plain;
        this.signatures = signatures;
        this.pades = pades;
        this.organisationKeys = organisationKeys;
        this.verifier = verifier;
        this.properties = properties;
        this.demoCa = demoCa;
        this.clock = clock;
    }

    @Override
    public Rendered render(Paper paper) {
        OutcomeDocument.Variant variant = OutcomeDocument.Variant.valueOf(paper.variant().name());
        if (!documents.supports(paper.form(), variant)) {
            return plain.render(paper);
        }
        OutcomeDocument document = new OutcomeDocument(paper.form(), variant, paper.number(), bilingual(paper.city()),
                paper.date(), paper.fullName(), bilingual(paper.serviceTitle()),
                paper.specialties().stream().map(PadesOutcomePaper::bilingual).toList(), paper.validUntil(),
                paper.signerName() == null ? "" : paper.signerName(), bilingual(paper.signerPosition()),
                bilingual(paper.organisation()), paper.verificationUrl() == null ? "" : paper.verificationUrl(),
                paper.firstLanguage(), paper.supersedesNumber(), paper.correctionReason());
        return new Rendered(documents.pdf(document), documents.docx(document));
    }

    @Override
    public Signed signWithOrganisationKey(byte[] pdf, String organisationId, String signerName, String reason) {
        if (!pades) {
            return new Signed(pdf, organisationKeys.sign(organisationId, pdf), clock.instant());
        }
        byte[] signed = signatures.signWithOrganisationKey(pdf, organisationId, info(signerName, reason));
        return new Signed(signed, null, null);
    }

    @Override
    public Prepared prepareForPerson(byte[] pdf, String signerName, String reason) {
        if (!pades) {
            return new Prepared(pdf, pdf, clock.instant());   // the head's key signs the PDF's bytes themselves
        }
        PdfToSign prepared = signatures.prepare(pdf, info(signerName, reason));
        return new Prepared(prepared.preparedPdf(), prepared.dataToSign(), prepared.signingTime());
    }

    @Override
    public Signed complete(Prepared prepared, byte[] detachedCms, String expectedSignerIin) {
        if (!pades) {
            verifier.verify(SignatureRequest.detached(detachedCms, prepared.dataToSign(), expectedSignerIin)).orThrow();
            return new Signed(prepared.preparedPdf(), detachedCms, prepared.signingTime());
        }
        return new Signed(signatures.complete(new PdfToSign(prepared.preparedPdf(), prepared.dataToSign(),
                prepared.signingTime()), detachedCms, expectedSignerIin), null, prepared.signingTime());
    }

    @Override
    public Check verify(byte[] signedPdf, byte[] signature) {
        if (signedPdf == null || signedPdf.length < 5
                || !new String(Arrays.copyOf(signedPdf, 5), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return new Check(Status.NOT_A_PDF, null, null, null);
        }
        if (!pades || signature != null) {
            return cms(signedPdf, signature);
        }
        PdfVerification verification = signatures.verify(signedPdf);
        return new Check(Status.valueOf(verification.status().name()), verification.signerName(),
                verification.signerIin(), verification.signingTime());
    }

    /** A CMS beside the PDF: attached (the organisation's key) or detached (a person's key). */
    private Check cms(byte[] pdf, byte[] signature) {
        if (signature == null) {
            return new Check(Status.NOT_SIGNED, null, null, null);
        }
        List<X509Certificate> roots = SignedFiles.trustedRoots(properties.resultsTrustAnchors(),
                Optional.ofNullable(demoCa.getIfAvailable()));
        try {
            SignedFiles.Verified verified = SignedFiles.verify(signature, roots);
            return Arrays.equals(verified.content(), pdf)
                    ? new Check(Status.VALID, verified.signer().getSubjectX500Principal().getName(), null, null)
                    : new Check(Status.TAMPERED, null, null, null);
        } catch (SignedFiles.InvalidFile e) {
            if (!"no-content".equals(e.reason())) {
                return new Check("chain".equals(e.reason()) ? Status.UNTRUSTED : Status.TAMPERED, null, null, null);
            }
        }
        SignatureCheck check = verifier.verify(SignatureRequest.detached(signature, pdf, null));
        return check.valid()
                ? new Check(Status.VALID, check.signer() == null ? null : check.signer().commonName(),
                check.signer() == null ? null : check.signer().iin(), null)
                : new Check(Status.TAMPERED, null, null, null);
    }

    private static PdfSignatureInfo info(String signerName, String reason) {
        return new PdfSignatureInfo(signerName, reason, "Kazakhstan");
    }

    private static Bilingual bilingual(Text text) {
        return text == null ? new Bilingual("", "") : new Bilingual(text.kk(), text.ru());
    }
}
