package kz.attest.reporting;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.reporting.OutcomeDocument.Variant;
import kz.attest.signature.PdfSignatureInfo;
import kz.attest.signature.PdfSignatures;
import kz.attest.signature.PdfSignaturesForTests;
import kz.attest.signature.PdfVerification;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static kz.attest.reporting.OutcomeDocumentsTests.KK;
import static kz.attest.reporting.OutcomeDocumentsTests.RU;
import static kz.attest.reporting.OutcomeDocumentsTests.collapsed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 "Done when", per service of the catalogue (all ten): its document — the catalogue's {@code decisionForm}
 * with the service's own title, specialties and validity (¶29, ¶53) — in both first languages, read back from the PDF
 * with every required field; signed with an organisation key it validates as TOTAL_PASSED with the demonstration CA
 * trusted (DSS), and a changed byte is tampered; the DOCX opens with POI and holds the same fields.
 */
class ServiceDocumentsTests {

    static final Catalogue CATALOGUE = Catalogue.bundled();
    static final LocalDate DAY = LocalDate.of(2026, 6, 16);
    static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @TempDir
    static Path directory;
    static OutcomeDocuments documents;
    static PdfSignatures signatures;

    @BeforeAll
    static void setUp() {
        documents = OutcomeDocumentsTests.documents();
        signatures = PdfSignaturesForTests.demo(directory);
    }

    static Stream<String> services() {
        return CATALOGUE.all().stream().map(s -> s.code().value());
    }

    @Test
    void theTenServicesAreAllCovered() {
        assertThat(services()).hasSize(10);
    }

    /** The variants the service's form has: the positive one, and the negative one and the supplement where it has them. */
    static List<Variant> variants(ServiceDefinition service) {
        return Stream.of(Variant.values()).filter(v -> documents.supports(service.decisionForm().code(), v)).toList();
    }

    static OutcomeDocument document(ServiceDefinition service, Variant variant, Locale first) {
        List<Bilingual> specialties = CATALOGUE.specialtiesFor(service.code()).stream().limit(2)
                .map(s -> new Bilingual(s.name().kk(), s.name().ru())).toList();
        LocalDate validUntil = variant == Variant.NEGATIVE ? null
                : service.validity().map(term -> term.after(DAY)).orElse(null);
        return new OutcomeDocument(service.decisionForm().code(), variant, "CFE-2026-00042",
                new Bilingual("Астана", "Астана"), DAY, "Әбдіғаппарова Құралай Үмітқызы",
                new Bilingual(service.name().kk(), service.name().ru()), specialties, validUntil,
                "Серікбаев Нұрлан Маратұлы", new Bilingual("Басшы", "Руководитель"),
                new Bilingual("Сот сараптамасы орталығы", "Центр судебной экспертизы"),
                "https://attest.example.kz/verify?number=CFE-2026-00042&code=0f1e2d3c4b5a69788796a5b4c3d2e1f0", first,
                null, null);
    }

    /** Every field a person must find, in both languages. */
    static List<String> requiredFields(OutcomeDocument d) {
        List<String> fields = new ArrayList<>(List.of(d.number(), d.fullName(), DOTTED.format(d.date()),
                d.signerName(), d.signerPosition().kk(), d.signerPosition().ru(), d.organisation().kk(),
                d.organisation().ru(), "Астана қаласы", "город Астана", d.verificationUrl()));
        for (Locale locale : List.of(KK, RU)) {
            fields.add(OutcomeDocumentsTests.text("reporting.outcome." + d.form() + "." + d.variant() + ".title", locale));
            for (String part : OutcomeDocumentsTests.text("reporting.outcome." + d.form() + "." + d.variant() + ".body",
                    locale).split("\\{0}")) {
                if (!part.isBlank()) {
                    fields.add(part.strip());
                }
            }
        }
        if (d.form().equals("E_LICENCE")) {
            fields.add(d.serviceTitle().kk());
            fields.add(d.serviceTitle().ru());
        }
        d.specialties().forEach(s -> {
            fields.add(s.kk());
            fields.add(s.ru());
        });
        if (d.validUntil() != null) {
            String until = DOTTED.format(d.validUntil());
            fields.addAll(List.of(until + " дейін жарамды", "Действительно до " + until));
        }
        return fields;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void eachServiceGivesItsSignedDocumentInBothLanguagesWithEveryField_000_25_000_52_000_73(String code)
            throws Exception {
        ServiceDefinition service = CATALOGUE.get(code);
        assertThat(variants(service)).as("%s's form %s", code, service.decisionForm().code()).contains(Variant.POSITIVE);
        for (Variant variant : variants(service)) {
            for (Locale first : List.of(KK, RU)) {
                OutcomeDocument d = document(service, variant, first);
                String what = "%s %s (%s first)".formatted(code, variant, first);
                if (variant != Variant.NEGATIVE && service.validity().isPresent()) {
                    assertThat(d.validUntil()).as(what).isEqualTo(service.validity().get().after(DAY));
                }
                byte[] pdf = documents.pdf(d);
                byte[] signed = signatures.signWithOrganisationKey(pdf, "cfe",
                        new PdfSignatureInfo(d.signerName(), d.number(), d.city().ru()));

                // the signed PDF reads back with every field, the person's language first
                String text;
                try (PDDocument document = Loader.loadPDF(signed)) {
                    text = collapsed(new PDFTextStripper().getText(document));
                }
                for (String field : requiredFields(d)) {
                    assertThat(text).as("%s: %s", what, field).contains(collapsed(field));
                }
                String kkTitle = collapsed(OutcomeDocumentsTests.text(
                        "reporting.outcome." + d.form() + "." + variant + ".title", KK));
                String ruTitle = collapsed(OutcomeDocumentsTests.text(
                        "reporting.outcome." + d.form() + "." + variant + ".title", RU));
                assertThat(text.indexOf(first == KK ? kkTitle : ruTitle)).as(what + ": the person's language first")
                        .isLessThan(text.indexOf(first == KK ? ruTitle : kkTitle));

                // DSS: TOTAL_PASSED with the demonstration CA trusted; one byte changed is tampered
                PdfVerification verification = signatures.verify(signed);
                assertThat(verification.status()).as("%s: %s", what, verification.indication())
                        .isEqualTo(PdfVerification.Status.VALID);
                assertThat(verification.indication()).isEqualTo("TOTAL_PASSED");
                byte[] changed = signed.clone();
                changed[pdf.length / 2] ^= 0x01;
                assertThat(signatures.verify(changed).status()).as(what + " with a byte changed")
                        .isIn(PdfVerification.Status.TAMPERED, PdfVerification.Status.NOT_A_PDF);

                // the DOCX holds the same fields
                try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(d)));
                     XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
                    String words = collapsed(extractor.getText());
                    for (String field : requiredFields(d)) {
                        assertThat(words).as("%s DOCX: %s", what, field).contains(collapsed(field));
                    }
                    assertThat(docx.getAllPictures()).as(what + ": the QR code").isNotEmpty();
                }
            }
        }
    }
}
