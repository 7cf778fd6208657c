package kz.attest.reporting;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static kz.attest.web.SupportedLocales.KAZAKH;
import static kz.attest.web.SupportedLocales.RUSSIAN;

/**
 * Decisions and certificates as PDF/A-2b and DOCX, laid out as seed 000's appendices 1–5 and the patent attorney
 * decision: number, city, date, the person, the outcome, specialties, validity, the signer's name and position, and a
 * QR code of the public verification page. The person's language comes first, then the other of Kazakh and Russian,
 * each on its own page. The wording of each form and variant is in the {@code reporting} bundle
 * ({@code reporting.outcome.<form>.<variant>.title|body}); a variant a form has no wording for is refused.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutcomeDocuments {

    /** The e-licence names the licensed activity (the service's title) after its body. */
    static final String LICENCE_FORM = "E_LICENCE";

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int QR_PIXELS_PER_MODULE = 4;

    private final PdfRenderer renderer;
    private final MessageSource messages;

    /** Whether the form has this variant (appendices 3 and 5 have no negative one; only appendix 5 a supplement). */
    public boolean supports(String form, OutcomeDocument.Variant variant) {
        return form != null && variant != null
                && messages.getMessage(key(form, variant, "title"), null, null, RUSSIAN) != null;
    }

    /** The document as PDF/A-2b, both languages, the person's first. */
    public byte[] pdf(OutcomeDocument d) {
        List<Section> sections = sections(d);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("document", d);
        model.put("sections", sections);
        model.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(d.verificationUrl())));
        return renderer.renderPdfA("reporting/outcome-document", model, d.firstLanguage(), sections.getFirst().title()
                + " № " + d.number());
    }

    /** The same document as Word (DOCX). */
    public byte[] docx(OutcomeDocument d) {
        List<Section> sections = sections(d);
        byte[] qr = qrPng(d.verificationUrl());
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < sections.size(); i++) {
                Section s = sections.get(i);
                paragraph(document, s.organisation(), ParagraphAlignment.CENTER, true);
                paragraph(document, s.numberLine(), ParagraphAlignment.LEFT, false);
                paragraph(document, s.title(), ParagraphAlignment.CENTER, true);
                paragraph(document, s.place() + "    " + s.dateLine(), ParagraphAlignment.LEFT, false);
                XWPFParagraph body = document.createParagraph();
                body.setAlignment(ParagraphAlignment.BOTH);
                body.createRun().setText(s.bodyBefore());
                XWPFRun name = body.createRun();
                name.setBold(true);
                name.setText(" " + d.fullName() + " ");
                body.createRun().setText(s.bodyAfter());
                if (d.form().equals(LICENCE_FORM)) {   // the licensed activity, as the PDF's template prints it
                    paragraph(document, s.serviceTitle(), ParagraphAlignment.LEFT, true);
                }
                if (s.specialtiesHeading() != null) {
                    paragraph(document, s.specialtiesHeading(), ParagraphAlignment.LEFT, false);
                }
                for (String specialty : s.specialties()) {
                    paragraph(document, specialty, ParagraphAlignment.LEFT, false);
                }
                if (s.validity() != null) {
                    paragraph(document, s.validity(), ParagraphAlignment.LEFT, false);
                }
                if (s.supersedes() != null) {
                    paragraph(document, s.supersedes(), ParagraphAlignment.LEFT, false);
                }
                paragraph(document, s.signerPosition() + "    " + d.signerName(), ParagraphAlignment.LEFT, true);
                paragraph(document, s.signedNote(), ParagraphAlignment.LEFT, false);
                XWPFParagraph code = document.createParagraph();
                code.createRun().addPicture(new ByteArrayInputStream(qr), Document.PICTURE_TYPE_PNG, "qr.png",
                        Units.toEMU(85), Units.toEMU(85));
                paragraph(document, s.verification(), ParagraphAlignment.LEFT, false);
                paragraph(document, d.verificationUrl(), ParagraphAlignment.LEFT, false);
                if (i < sections.size() - 1) {
                    document.createParagraph().createRun().addBreak(BreakType.PAGE);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write document " + d.number(), e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("Could not add the QR code to document " + d.number(), e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setText(text);
    }

    /** The person's language first, then the other of Kazakh and Russian. */
    List<Section> sections(OutcomeDocument d) {
        if (!supports(d.form(), d.variant())) {
            throw new IllegalArgumentException("Form " + d.form() + " has no " + d.variant() + " version");
        }
        Locale first = d.firstLanguage() != null && "kk".equals(d.firstLanguage().getLanguage()) ? KAZAKH : RUSSIAN;
        return List.of(section(d, first), section(d, first == KAZAKH ? RUSSIAN : KAZAKH));
    }

    private Section section(OutcomeDocument d, Locale locale) {
        String body = message(key(d.form(), d.variant(), "body"), locale);
        int at = body.indexOf("{0}");
        String before = at < 0 ? body : body.substring(0, at).strip();
        String after = at < 0 ? "" : body.substring(at + 3).strip();
        List<String> specialties = new ArrayList<>();
        for (int i = 0; i < d.specialties().size(); i++) {
            specialties.add((i + 1) + ". " + d.specialties().get(i).in(locale));
        }
        String heading = specialties.isEmpty() ? null
                : messages.getMessage("reporting.outcome." + d.form() + ".specialties", null, null, locale);
        return new Section(locale.getLanguage(),
                d.organisation() == null ? "" : d.organisation().in(locale),
                format("reporting.outcome.number", locale, d.number()),
                message(key(d.form(), d.variant(), "title"), locale),
                format("reporting.outcome.place", locale, d.city() == null ? "" : d.city().in(locale)),
                format("reporting.outcome.date", locale, day(d.date())),
                before, after, heading, specialties,
                d.validUntil() == null ? null : format("reporting.outcome.valid-until", locale, day(d.validUntil())),
                d.supersedesNumber() == null ? null : format("reporting.outcome.supersedes", locale, d.supersedesNumber(),
                        d.correctionReason() == null ? "" : d.correctionReason()),
                d.signerPosition() == null ? "" : d.signerPosition().in(locale),
                message("reporting.outcome.signed", locale),
                message("reporting.outcome.verification", locale),
                d.serviceTitle() == null ? "" : d.serviceTitle().in(locale));
    }

    private static String key(String form, OutcomeDocument.Variant variant, String part) {
        return "reporting.outcome." + form + "." + variant + "." + part;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String format(String key, Locale locale, Object... arguments) {
        return new MessageFormat(message(key, locale), locale).format(arguments);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** The verification URL as a QR code (ZXing), black on white, as PNG. */
    static byte[] qrPng(String url) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url == null ? "" : url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int size = matrix.getWidth() * QR_PIXELS_PER_MODULE;
            BufferedImage image = new BufferedImage(size, matrix.getHeight() * QR_PIXELS_PER_MODULE, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < size; x++) {
                    boolean dark = matrix.get(x / QR_PIXELS_PER_MODULE, y / QR_PIXELS_PER_MODULE);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The verification URL cannot be encoded as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One language's version of the document, every text resolved. */
    public record Section(String language, String organisation, String numberLine, String title, String place,
                          String dateLine, String bodyBefore, String bodyAfter, String specialtiesHeading,
                          List<String> specialties, String validity, String supersedes, String signerPosition,
                          String signedNote, String verification, String serviceTitle) {
    }
}
