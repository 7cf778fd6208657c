package kz.attest.reporting;

import kz.attest.catalogue.ServiceCode;
import kz.attest.reporting.OutcomeDocument.Variant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static kz.attest.reporting.OutcomeDocumentsTests.KK;
import static kz.attest.reporting.OutcomeDocumentsTests.RU;
import static kz.attest.reporting.OutcomeDocumentsTests.collapsed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporting module booted with the catalogue it reads: its beans, over the application's Thymeleaf engine and
 * message bundles, render an attestation decision (seed 000 appendix 1, ¶25) as a real PDF/A-2b in Kazakh then
 * Russian, and a forensic results sheet in two signed copies (¶48).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class ReportingModuleTests {

    @Autowired
    private OutcomeDocuments outcomes;
    @Autowired
    private ResultDocuments results;
    @Autowired
    private MessageSource messages;

    @Test
    void anAttestationDecisionRendersAsAPdfAInThePersonsLanguageFirst_000_25() throws Exception {
        OutcomeDocument decision = OutcomeDocumentsTests.document("APP_1", Variant.POSITIVE, KK);

        byte[] pdf = outcomes.pdf(decision);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2");
            String text = collapsed(new PDFTextStripper().getText(document));
            String kazakh = collapsed(messages.getMessage("reporting.outcome.APP_1.POSITIVE.title", null, KK));
            String russian = collapsed(messages.getMessage("reporting.outcome.APP_1.POSITIVE.title", null, RU));
            assertThat(text).contains(decision.number(), decision.fullName(), decision.verificationUrl());
            assertThat(text.indexOf(kazakh)).isNotNegative().isLessThan(text.indexOf(russian));
        }
    }

    @Test
    void aForensicResultsSheetPrintsInTwoCopies_000_48() throws Exception {
        ResultSheet sheet = new ResultSheet(Locale.forLanguageTag("ru"), "T-2026-000048", "Әбдіғаппарова Құралай Үмітқызы",
                "900315300123", ServiceCode.of("FORENSIC_EXPERT_ATTESTATION"), null, "Астана, тест орталығы",
                LocalDateTime.of(2026, 6, 15, 9, 0), List.of(new StageResult(1, 70, 100, 70, true)), false, 2);

        try (PDDocument document = Loader.loadPDF(results.pdf(sheet))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Экземпляр 1 из 2", "Экземпляр 2 из 2", "Әбдіғаппарова Құралай Үмітқызы", "70 / 100");
        }
    }
}
