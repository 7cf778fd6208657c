package kz.attest.signature;

/**
 * PAdES signatures of the platform's PDF documents (decisions, certificates; issue 10) with the EU's DSS library: the
 * organisation's server-held key, or a person's key through NCALayer in two steps (DSS's external-CMS flow), and
 * validation against the configured trust anchors.
 */
public interface PdfSignatures {

    /** PAdES-B-B (B-T when a TSA is configured) with the server-held key of the organisation. */
    byte[] signWithOrganisationKey(byte[] pdf, String organisationId, PdfSignatureInfo info);

    /**
     * External-CMS flow, step 1: what the person's key (NCALayer / development signer, detached CMS as eds-sign.js
     * already produces) must sign.
     */
    PdfToSign prepare(byte[] pdf, PdfSignatureInfo info);

    /**
     * Step 2: embeds the signer's detached CMS; checks integrity, chain, validity, revocation and that the signer's IIN
     * is {@code expectedSignerIin} — a {@link SignatureRefusedException} (localized 400) otherwise.
     */
    byte[] complete(PdfToSign prepared, byte[] detachedCms, String expectedSignerIin);

    /** DSS validation against the configured trust anchors (demo CA trusted when on). Never throws for bad input. */
    PdfVerification verify(byte[] pdf);
}
