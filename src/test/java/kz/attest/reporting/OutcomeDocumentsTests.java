package kz.attest.reporting;

import kz.attest.testing.Bundles;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import kz.attest.reporting.OutcomeDocument.Variant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions and certificates as the appendices lay them out (seed 000 appendices 1–5, ¶25, ¶52, ¶56, ¶73, ¶96; issue
 * 10): every form and variant, in both first languages, read back from the PDF and the DOCX with every required field.
 */
class OutcomeDocumentsTests {

    static final Locale KK = Locale.forLanguageTag("kk");
    static final Locale RU = Locale.forLanguageTag("ru");
    static final String KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
    static final String URL = "https://attest.example.kz/verify?n=ADV-2026-000042&c=Qm9vbGVhbkNvZGUxMjM0NTY3ODkw";
    /** Every form and variant the appendices have (appendix 3 and 5 have no negative one; only 5 a supplement). */
    static final Map<String, List<Variant>> FORMS = Map.of(
            "APP_1", List.of(Variant.POSITIVE, Variant.NEGATIVE),
            "APP_2", List.of(Variant.POSITIVE, Variant.NEGATIVE),
            "APP_3", List.of(Variant.POSITIVE),
            "APP_4", List.of(Variant.POSITIVE, Variant.NEGATIVE),
            "APP_5", List.of(Variant.POSITIVE, Variant.SUPPLEMENT),
            "PATENT_DECISION", List.of(Variant.POSITIVE, Variant.NEGATIVE));

    static OutcomeDocuments documents;
    static ResourceBundleMessageSource messages;

    @BeforeAll
    static void setUp() {
        documents = documents();
    }

    /** The component as the application wires it: the application's templates and the reporting bundle. */
    static OutcomeDocuments documents() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        messages = Bundles.messageSource("i18n/reporting");
        return new OutcomeDocuments(new PdfRenderer(engine), messages);
    }

    static OutcomeDocument document(String form, Variant variant, Locale first) {
        boolean specialties = form.equals("APP_4") || form.equals("APP_5");
        boolean valid = variant == Variant.POSITIVE && !form.equals("APP_5") && !form.equals("PATENT_DECISION");
        return new OutcomeDocument(form, variant, "ADV-2026-000042", new Bilingual("Астана", "Астана"),
                LocalDate.of(2026, 6, 16), "Әбдіғаппарова Құралай Үмітқызы",
                new Bilingual("Адвокаттық қызметпен айналысуға үміткер адамдарды аттестаттаудан өткізу",
                        "Проведение аттестации лиц, претендующих на занятие адвокатской деятельностью"),
                specialties ? List.of(new Bilingual("Сот-баллистикалық сараптама", "Судебно-баллистическая экспертиза"),
                        new Bilingual("Сот-психологиялық сараптама", "Судебно-психологическая экспертиза")) : List.of(),
                valid ? LocalDate.of(2029, 6, 16) : null, "Серікбаев Нұрлан Маратұлы",
                new Bilingual("Басшы", "Руководитель"),
                new Bilingual("Астана қаласының Әділет департаменті", "Департамент юстиции города Астаны"),
                URL, first, null, null);
    }

    /** The fields a person must find on the document, in both languages. */
    static List<String> requiredFields(OutcomeDocument d) {
        List<String> fields = new ArrayList<>(List.of(d.number(), d.fullName(), "16.06.2026", d.signerName(),
                d.signerPosition().kk(), d.signerPosition().ru(), d.organisation().kk(), d.organisation().ru(),
                "Астана қаласы", "город Астана", d.verificationUrl()));
        for (Locale locale : List.of(KK, RU)) {
            fields.add(text("reporting.outcome." + d.form() + "." + d.variant() + ".title", locale));
            for (String part : text("reporting.outcome." + d.form() + "." + d.variant() + ".body", locale).split("\\{0}")) {
                if (!part.isBlank()) {
                    fields.add(part.strip());
                }
            }
        }
        d.specialties().forEach(s -> {
            fields.add(s.kk());
            fields.add(s.ru());
        });
        if (d.validUntil() != null) {
            fields.addAll(List.of("16.06.2029 дейін жарамды", "Действительно до 16.06.2029"));
        }
        return fields;
    }

    static String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** PDFBox extracts text with line breaks where the layout wraps; compare with whitespace collapsed. */
    static String collapsed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void everyFormAndVariantCarriesEveryRequiredFieldInBothLanguages_000_25_000_52_000_73() throws Exception {
        for (var entry : FORMS.entrySet()) {
            for (Variant variant : entry.getValue()) {
                for (Locale first : List.of(KK, RU)) {
                    OutcomeDocument d = document(entry.getKey(), variant, first);
                    String text;
                    try (PDDocument pdf = Loader.loadPDF(documents.pdf(d))) {
                        assertThat(pdf.getNumberOfPages()).isEqualTo(2);
                        text = collapsed(new PDFTextStripper().getText(pdf));
                    }
                    for (String field : requiredFields(d)) {
                        assertThat(text).as("%s %s (%s first): %s", entry.getKey(), variant, first, field)
                                .contains(collapsed(field));
                    }
                    String kkTitle = text("reporting.outcome." + d.form() + "." + variant + ".title", KK);
                    String ruTitle = text("reporting.outcome." + d.form() + "." + variant + ".title", RU);
                    assertThat(text.indexOf(collapsed(first == KK ? kkTitle : ruTitle)))
                            .as("the person's language first")
                            .isLessThan(text.indexOf(collapsed(first == KK ? ruTitle : kkTitle)));
                }
            }
        }
    }

    @Test
    void theDocumentIsPdfA2bWithEmbeddedFontsAndEveryKazakhLetterRenders() throws Exception {
        OutcomeDocument d = document("APP_1", Variant.POSITIVE, KK);
        OutcomeDocument letters = new OutcomeDocument(d.form(), d.variant(), d.number(), d.city(), d.date(),
                "Test " + KAZAKH_LETTERS, d.serviceTitle(), d.specialties(), d.validUntil(), d.signerName(),
                d.signerPosition(), d.organisation(), d.verificationUrl(), d.firstLanguage(), null, null);
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(letters))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Test " + KAZAKH_LETTERS);
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
        }
    }

    @Test
    void theQrCodeOpensTheVerificationPage() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(document("APP_5", Variant.POSITIVE, RU)))) {
            PDPage page = pdf.getPage(0);
            PDImageXObject image = null;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject found) {
                    image = found;
                }
            }
            assertThat(image).isNotNull();
            assertThat(decode(image.getImage())).isEqualTo(URL);
        }
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }

    @Test
    void aCorrectionNamesTheDocumentItSupersedesAndWhy() throws Exception {
        OutcomeDocument d = document("APP_2", Variant.POSITIVE, RU);
        OutcomeDocument correction = new OutcomeDocument(d.form(), d.variant(), "NOT-2026-000007", d.city(), d.date(),
                d.fullName(), d.serviceTitle(), d.specialties(), d.validUntil(), d.signerName(), d.signerPosition(),
                d.organisation(), d.verificationUrl(), d.firstLanguage(), "NOT-2026-000003", "опечатка в фамилии");
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(correction))) {
            assertThat(collapsed(new PDFTextStripper().getText(pdf)))
                    .contains("Выдано взамен документа № NOT-2026-000003. Основание: опечатка в фамилии")
                    .contains("№ NOT-2026-000003 құжаттың орнына берілді");
        }
    }

    @Test
    void aVariantTheAppendixDoesNotHaveIsRefused() {
        assertThat(documents.supports("APP_3", Variant.NEGATIVE)).isFalse();
        assertThat(documents.supports("APP_1", Variant.SUPPLEMENT)).isFalse();
        assertThat(documents.supports("APP_5", Variant.SUPPLEMENT)).isTrue();
        assertThatThrownBy(() -> documents.pdf(document("APP_3", Variant.NEGATIVE, RU)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("APP_3");
    }

    @Test
    void theDocxOfEachFormHoldsTheSameFields() throws Exception {
        for (var entry : FORMS.entrySet()) {
            for (Variant variant : entry.getValue()) {
                OutcomeDocument d = document(entry.getKey(), variant, variant == Variant.NEGATIVE ? RU : KK);
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(d)));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    String text = collapsed(extractor.getText());
                    for (String field : requiredFields(d)) {
                        assertThat(text).as("%s %s DOCX: %s", entry.getKey(), variant, field).contains(collapsed(field));
                    }
                    assertThat(docx.getAllPictures()).isNotEmpty();
                }
            }
        }
    }
}
