package kz.attest.reporting;

import kz.attest.catalogue.Catalogue;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static kz.attest.web.SupportedLocales.KAZAKH;
import static kz.attest.web.SupportedLocales.RUSSIAN;

/**
 * Results sheets as PDF and Word (seed 001: "download the result in PDF and WORD format"). Each copy carries the
 * sheet in the candidate's language first and then in the other state/official language (documents.md), with the
 * signature lines; forensic and patent results are printed in two copies (¶48, ¶96) as the catalogue says.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResultDocuments {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final PdfRenderer pdf;
    private final MessageSource messages;
    private final Catalogue catalogue;

    /** The sheet as PDF. */
    public byte[] pdf(ResultSheet sheet) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sheet", sheet);
        model.put("copies", copies(sheet));
        model.put("sections", sections(sheet));
        model.put("when", sheet.sittingAt().format(WHEN));
        return pdf.render("reporting/result-sheet", model, sheet.language(), "results sheet " + sheet.reference());
    }

    /** The sheet as a Word document (DOCX). */
    public byte[] docx(ResultSheet sheet) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<Integer> copies = copies(sheet);
            for (int copy : copies) {
                for (Section section : sections(sheet)) {
                    writeSection(document, sheet, section, copy, copies.size());
                }
                if (copy < copies.size()) {
                    document.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write results sheet " + sheet.reference(), e);
        }
    }

    private void writeSection(XWPFDocument document, ResultSheet sheet, Section section, int copy, int copies) {
        Map<String, String> l = section.labels();
        XWPFParagraph title = document.createParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = title.createRun();
        run.setBold(true);
        run.setFontSize(14);
        run.setText(l.get("title"));
        if (sheet.trial()) {
            XWPFRun trial = document.createParagraph().createRun();
            trial.setBold(true);
            trial.setText(l.get("trial"));
        }
        if (copies > 1) {
            document.createParagraph().createRun().setText(section.copyLabel(copy, copies));
        }
        XWPFTable facts = document.createTable();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{l.get("reference"), sheet.reference()});
        rows.add(new String[]{l.get("candidate"), sheet.candidateName()});
        rows.add(new String[]{l.get("iin"), sheet.iin()});
        rows.add(new String[]{l.get("service"), section.serviceName()});
        if (sheet.specialty() != null) {
            rows.add(new String[]{l.get("specialty"), sheet.specialty()});
        }
        rows.add(new String[]{l.get("centre"), sheet.centre()});
        rows.add(new String[]{l.get("date"), sheet.sittingAt().format(WHEN)});
        for (int i = 0; i < rows.size(); i++) {
            var row = i == 0 ? facts.getRow(0) : facts.createRow();
            if (i == 0) {
                row.getCell(0).setText(rows.get(i)[0]);
                row.addNewTableCell().setText(rows.get(i)[1]);
            } else {
                row.getCell(0).setText(rows.get(i)[0]);
                row.getCell(1).setText(rows.get(i)[1]);
            }
        }
        document.createParagraph();
        XWPFTable stages = document.createTable();
        String[] head = {l.get("stage"), l.get("correct"), l.get("percent"), l.get("threshold"), l.get("outcome")};
        var header = stages.getRow(0);
        header.getCell(0).setText(head[0]);
        for (int c = 1; c < head.length; c++) {
            header.addNewTableCell().setText(head[c]);
        }
        for (StageResult stage : sheet.stages()) {
            var row = stages.createRow();
            row.getCell(0).setText(section.stageLabel(stage.number()));
            row.getCell(1).setText(stage.correct() + " / " + stage.total());
            row.getCell(2).setText(stage.percent() + " %");
            row.getCell(3).setText(stage.threshold() + " %");
            row.getCell(4).setText(stage.passed() ? l.get("passed") : l.get("failed"));
        }
        for (ResultSheet.ActNote act : sheet.acts()) {
            document.createParagraph().createRun().setText(section.actLine(act));
        }
        document.createParagraph();
        for (String signatory : List.of(l.get("signature.candidate"), l.get("signature.proctor"))) {
            document.createParagraph().createRun().setText(signatory + ": ____________________");
        }
    }

    private static List<Integer> copies(ResultSheet sheet) {
        List<Integer> copies = new ArrayList<>();
        for (int i = 1; i <= sheet.copies(); i++) {
            copies.add(i);
        }
        return copies;
    }

    /** The candidate's language first, then the other of Kazakh and Russian (documents.md). */
    List<Section> sections(ResultSheet sheet) {
        List<Locale> order = new ArrayList<>();
        order.add(sheet.language());
        for (Locale official : List.of(KAZAKH, RUSSIAN)) {
            if (!official.getLanguage().equals(sheet.language().getLanguage())) {
                order.add(official);
            }
        }
        return order.stream().map(locale -> section(sheet, locale)).toList();
    }

    private Section section(ResultSheet sheet, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("title", "trial", "reference", "candidate", "iin", "service", "specialty", "centre",
                "date", "stage", "correct", "percent", "threshold", "outcome", "passed", "failed",
                "signature.candidate", "signature.proctor")) {
            labels.put(key, messages.getMessage("reporting.result." + key, null, locale));
        }
        for (ResultSheet.ActNote.Kind kind : ResultSheet.ActNote.Kind.values()) {
            labels.put("act." + kind, messages.getMessage("reporting.result.act." + kind, null, locale));
        }
        String serviceName = catalogue.find(sheet.service()).map(s -> s.name().in(locale)).orElse(sheet.service().value());
        return new Section(locale, labels, serviceName, messages.getMessage("reporting.result.stage-name",
                null, locale), messages.getMessage("reporting.result.copy", null, locale));
    }

    /** One language's labels of the sheet. */
    public record Section(Locale locale, Map<String, String> labels, String serviceName, String stagePattern,
                          String copyPattern) {

        public String stageLabel(int number) {
            return java.text.MessageFormat.format(stagePattern, number);
        }

        /** The line printed for an act of technical failure (¶26), in this section's language. */
        public String actLine(ResultSheet.ActNote act) {
            return java.text.MessageFormat.format(labels.get("act." + act.kind()), act.stage(), act.actReference());
        }

        public String copyLabel(int copy, int of) {
            return java.text.MessageFormat.format(copyPattern, copy, of);
        }
    }
}
