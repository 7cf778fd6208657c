package kz.attest.reporting;

import kz.attest.reporting.OutcomeDocument.Variant;
import kz.attest.signature.PdfSignatureInfo;
import kz.attest.signature.PdfSignatures;
import kz.attest.signature.PdfVerification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.util.List;
import java.util.Locale;

import static kz.attest.testing.ByteArrays.indexOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as wired: each decision or certificate, signed with the organisation's server-held key (PAdES
 * through DSS), validates as TOTAL_PASSED with the demonstration CA trusted, still reads back with every field, and a
 * changed byte is caught (issue 10 "Done when"; ¶25, ¶52, ¶73, ¶96).
 */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class SignedOutcomeDocumentsTests {

    @Autowired
    OutcomeDocuments documents;
    @Autowired
    PdfSignatures signatures;

    @Test
    void everyFormSignedWithTheOrganisationKeyIsTotalPassedAndAChangedByteIsTampered() throws Exception {
        int n = 0;
        for (var entry : OutcomeDocumentsTests.FORMS.entrySet()) {
            for (Variant variant : entry.getValue()) {
                Locale first = n++ % 2 == 0 ? OutcomeDocumentsTests.KK : OutcomeDocumentsTests.RU;
                OutcomeDocument d = OutcomeDocumentsTests.document(entry.getKey(), variant, first);
                byte[] signed = signatures.signWithOrganisationKey(documents.pdf(d), "justice-astana",
                        new PdfSignatureInfo(d.signerName(), d.number(), d.city().ru()));

                PdfVerification verification = signatures.verify(signed);
                assertThat(verification.status()).as("%s %s", entry.getKey(), variant).isEqualTo(PdfVerification.Status.VALID);
                assertThat(verification.indication()).isEqualTo("TOTAL_PASSED");
                try (PDDocument pdf = Loader.loadPDF(signed)) {
                    String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                    assertThat(text).contains(d.number(), d.fullName(), d.signerName(), d.verificationUrl());
                }

                byte[] changed = signed.clone();
                int position = indexOf(changed, d.number().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                changed[position > 0 ? position : changed.length / 10] ^= 0x01;
                assertThat(signatures.verify(changed).status()).as("%s %s changed", entry.getKey(), variant)
                        .isEqualTo(PdfVerification.Status.TAMPERED);
            }
        }
        assertThat(n).isEqualTo(11);
    }

    @Test
    void garbageUploadedForVerificationIsNotAPdf() {
        for (byte[] garbage : List.of(new byte[]{1, 2, 3}, "<html>not a pdf</html>".getBytes())) {
            assertThat(signatures.verify(garbage).status()).isEqualTo(PdfVerification.Status.NOT_A_PDF);
        }
    }
}
