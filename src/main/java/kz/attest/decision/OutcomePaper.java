package kz.attest.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The one seam through which decisions are laid out and signed: rendering the appendix's document (PDF and DOCX) and
 * its electronic signature. Everything else about a decision (numbers, states, registry, verification) lives in
 * {@link Outcomes} and does not care how the paper is made.
 */
interface OutcomePaper {

    /** The document's PDF (unsigned) and DOCX. */
    Rendered render(Paper paper);

    /** Signs the PDF with the organisation's key held by the server. */
    Signed signWithOrganisationKey(byte[] pdf, String organisationId, String signerName, String reason);

    /** Step 1 of a person's signature through NCALayer: the PDF laid out for it and the bytes the key signs. */
    Prepared prepareForPerson(byte[] pdf, String signerName, String reason);

    /** Step 2: embeds (or keeps beside) the person's detached CMS, checking it and the signer's expected IIN. */
    Signed complete(Prepared prepared, byte[] detachedCms, String expectedSignerIin);

    /** Checks a signed PDF (and its separate signature, where the implementation keeps one). */
    Check verify(byte[] signedPdf, byte[] signature);

    /** A PDF prepared for a person's signature, kept between the two steps. */
    record Prepared(byte[] preparedPdf, byte[] dataToSign, Instant signingTime) {
    }

    /** What the document says. {@code specialties} are pairs of Kazakh and Russian names. */
    record Paper(String form, Text formTitle, Variant variant, String number, Text city, LocalDate date, String fullName,
                 Text serviceTitle, List<Text> specialties, LocalDate validUntil, String signerName, Text signerPosition,
                 Text organisation, String verificationUrl, Locale firstLanguage, String supersedesNumber,
                 String correctionReason, boolean passed) {
    }

    /** A text in Kazakh and Russian, both printed on the document. */
    record Text(String kk, String ru) {
    }

    /** A positive or negative decision, or the supplement adding specialties to an existing certificate. */
    enum Variant { POSITIVE, NEGATIVE, SUPPLEMENT }

    record Rendered(byte[] pdf, byte[] docx) {
    }

    /** The signed PDF, and a detached signature beside it when the implementation does not embed one. */
    record Signed(byte[] pdf, byte[] signature, Instant signingTime) {
    }

    /** The outcome of a signature check. */
    record Check(Status status, String signerName, String signerIin, Instant signingTime) {
    }

    enum Status { VALID, TAMPERED, NOT_SIGNED, UNTRUSTED, NOT_A_PDF }
}
