package kz.attest.decision;

import kz.attest.reporting.PdfRenderer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static kz.attest.web.SupportedLocales.KAZAKH;
import static kz.attest.web.SupportedLocales.RUSSIAN;

/**
 * A plain layout of a decision for the forms whose appendix has no version for the outcome (e.g. not passing the
 * bailiffs' exam, appendix 3, or the qualification, appendix 5): the same fields, through the shared
 * {@link PdfRenderer} (Kazakh and Russian, the person's language first) and POI.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlainOutcomeLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PdfRenderer renderer;
    private final MessageSource messages;

    /** One language's page of the document. */
    record Section(String language, String title, String numberLine, String organisation, String outcome,
                   List<String> specialties, String validity, String signer, String correction, String verify) {
    }

    OutcomePaper.Rendered render(OutcomePaper.Paper paper) {
        List<Section> sections = new ArrayList<>();
        for (Locale locale : order(paper.firstLanguage())) {
            sections.add(section(paper, locale));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sections", sections);
        model.put("number", paper.number());
        model.put("url", paper.verificationUrl());
        byte[] pdf = renderer.render("decision/outcome-document", model, paper.firstLanguage(),
                "decision " + paper.number());
        return new OutcomePaper.Rendered(pdf, docx(sections));
    }

    private static List<Locale> order(Locale first) {
        return first != null && "kk".equals(first.getLanguage()) ? List.of(KAZAKH, RUSSIAN) : List.of(RUSSIAN, KAZAKH);
    }

    private Section section(OutcomePaper.Paper paper, Locale locale) {
        boolean kk = "kk".equals(locale.getLanguage());
        String city = kk ? paper.city().kk() : paper.city().ru();
        String key = "decision.outcome.doc." + paper.variant().name().toLowerCase(Locale.ROOT)
;
        String outcome = messages.getMessage(key, new Object[]{paper.fullName(), kk ? paper.serviceTitle().kk()
                : paper.serviceTitle().ru()}, locale);
        List<String> specialties = paper.specialties().stream().map(t -> kk ? t.kk() : t.ru()).toList();
        String validity = paper.validUntil() == null ? null
                : messages.getMessage("decision.outcome.doc.valid-until", new Object[]{DATE.format(paper.validUntil())}, locale);
        String signerLine = (kk ? paper.signerPosition().kk() : paper.signerPosition().ru()) + " — "
                + (paper.signerName() == null ? "" : paper.signerName());
        String correction = paper.supersedesNumber() == null ? null
                : messages.getMessage("decision.outcome.doc.supersedes", new Object[]{paper.supersedesNumber(),
                paper.correctionReason()}, locale);
        String verify = paper.verificationUrl() == null ? null
                : messages.getMessage("decision.outcome.doc.verify", new Object[]{paper.verificationUrl()}, locale);
        return new Section(locale.getLanguage(), kk ? paper.formTitle().kk() : paper.formTitle().ru(),
                messages.getMessage("decision.outcome.doc.number-line", new Object[]{paper.number(), city,
                        DATE.format(paper.date())}, locale),
                kk ? paper.organisation().kk() : paper.organisation().ru(), outcome, specialties, validity, signerLine,
                correction, verify);
    }

    private static byte[] docx(List<Section> sections) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Section section : sections) {
                paragraph(document, section.organisation(), false, ParagraphAlignment.CENTER);
                paragraph(document, section.title(), true, ParagraphAlignment.CENTER);
                paragraph(document, section.numberLine(), false, ParagraphAlignment.LEFT);
                paragraph(document, section.outcome(), false, ParagraphAlignment.BOTH);
                int i = 1;
                for (String specialty : section.specialties()) {
                    paragraph(document, (i++) + ". " + specialty, false, ParagraphAlignment.LEFT);
                }
                Optional.ofNullable(section.validity()).ifPresent(v -> paragraph(document, v, false, ParagraphAlignment.LEFT));
                Optional.ofNullable(section.correction()).ifPresent(v -> paragraph(document, v, false, ParagraphAlignment.LEFT));
                paragraph(document, section.signer(), false, ParagraphAlignment.LEFT);
                Optional.ofNullable(section.verify()).ifPresent(v -> paragraph(document, v, false, ParagraphAlignment.LEFT));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the decision's DOCX", e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text == null ? "" : text);
    }
}
