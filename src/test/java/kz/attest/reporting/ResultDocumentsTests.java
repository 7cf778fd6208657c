package kz.attest.reporting;

import kz.attest.testing.Bundles;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result sheet's PDF and DOCX (seed 001; ¶28, ¶47, ¶48, ¶96) rendered by the component over the application's
 * templates, the reporting bundle and the bundled catalogue: a plain unit test, no Spring context.
 */
class ResultDocumentsTests {

    private static final String KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    private static final ResultDocuments documents = documents();

    /** The component as the application wires it: the application's templates, the reporting bundle, the catalogue. */
    static ResultDocuments documents() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        ResourceBundleMessageSource messages = Bundles.messageSource("i18n/reporting");
        return new ResultDocuments(new PdfRenderer(engine), messages, Catalogue.bundled());
    }

    private static ResultSheet sheet(String language, boolean trial, int copies) {
        return new ResultSheet(Locale.forLanguageTag(language), "T-2026-000042", "Әбдіғаппарова Құралай Үмітқызы",
                "900315300123", ServiceCode.of("ADVOCATE_ATTESTATION"), null, "Алматы, тест орталығы",
                LocalDateTime.of(2026, 6, 15, 9, 0),
                List.of(new StageResult(1, 70, 100, 70, true), new StageResult(2, 13, 20, 65, true)), trial, copies);
    }

    @Test
    void resultsPdfShowsEachStageInKazakhFirstThenRussianWithEmbeddedFonts_001_9() throws Exception {
        byte[] pdf = documents.pdf(sheet("kk", false, 1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Тестілеу нәтижелері", "Результаты тестирования", "Әбдіғаппарова Құралай Үмітқызы",
                    "70 / 100", "13 / 20", "65 %", "өтті", "пройден", "T-2026-000042");
            assertThat(text.indexOf("Тестілеу нәтижелері")).isLessThan(text.indexOf("Результаты тестирования"));
            for (char letter : KAZAKH_LETTERS.toCharArray()) {
                assertThat(documentsRender(letter)).as("letter %s renders", letter).isTrue();
            }
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("DejaVuSans"));
        }
    }

    private boolean documentsRender(char letter) throws Exception {
        ResultSheet one = new ResultSheet(Locale.forLanguageTag("kk"), "T-1", "Test " + letter, "900315300123",
                ServiceCode.of("NOTARY_ATTESTATION"), null, "Астана", LocalDateTime.of(2026, 6, 15, 9, 0),
                List.of(new StageResult(1, 1, 1, 70, true)), false, 1);
        try (PDDocument document = Loader.loadPDF(documents.pdf(one))) {
            return new PDFTextStripper().getText(document).contains("Test " + letter);
        }
    }

    @Test
    void forensicAndPatentResultsPrintInTwoSignedCopies_000_48_000_96() throws Exception {
        try (PDDocument document = Loader.loadPDF(documents.pdf(sheet("ru", false, 2)))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Экземпляр 1 из 2", "Экземпляр 2 из 2", "Подпись тестируемого");
            assertThat(text.indexOf("Результаты тестирования")).isLessThan(text.indexOf("Тестілеу нәтижелері"));
        }
    }

    @Test
    void trialResultsSayTheyAreNoBasisForADecision_000_28() throws Exception {
        try (PDDocument document = Loader.loadPDF(documents.pdf(sheet("ru", true, 1)))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("ПРОБНОЕ ТЕСТИРОВАНИЕ — НЕ ЯВЛЯЕТСЯ ОСНОВАНИЕМ ДЛЯ РЕШЕНИЯ",
                            "СЫНАҚ ТЕСТІЛЕУ — ШЕШІМ ҚАБЫЛДАУҒА НЕГІЗ БОЛМАЙДЫ");
        }
    }

    @Test
    void resultsWordDocumentCarriesTheSameFiguresInBothLanguages_001_9() throws Exception {
        byte[] docx = documents.docx(sheet("kk", true, 2));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("Тестілеу нәтижелері", "Результаты тестирования", "70 / 100", "65 %",
                    "Әбдіғаппарова Құралай Үмітқызы", "СЫНАҚ ТЕСТІЛЕУ", "2 данадан 2-дана", "Экземпляр 2 из 2");
        }
    }

    @Test
    void percentIsRoundedDownSoAPrintoutNeverOverstatesAScore_000_47() {
        assertThat(new StageResult(1, 2, 3, 65, true).percent()).isEqualTo(66);
        assertThat(new StageResult(1, 69, 99, 70, false).percent()).isEqualTo(69);
    }
}
