package kz.attest.reporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a Thymeleaf template (well-formed XHTML) to PDF with the application's own fonts, so that documents look
 * the same on every node and Kazakh letters never fall back to a missing glyph.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PdfRenderer {

    private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();

    private final ITemplateEngine templates;

    /** Renders {@code template} (e.g. {@code reporting/result-sheet}) with the variables, in the given locale. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale, String title) {
        return render(template, variables, locale, title, false);
    }

    /**
     * Renders like {@link #render(String, Map, Locale, String)} as PDF/A-2b (archival: fonts embedded, sRGB output
     * intent, XMP metadata), through openhtmltopdf's conformance mode; for decisions and certificates.
     */
    public byte[] renderPdfA(String template, Map<String, Object> variables, Locale locale, String title) {
        return render(template, variables, locale, title, true);
    }

    private byte[] render(String template, Map<String, Object> variables, Locale locale, String title, boolean archival) {
        String html = templates.process(template, new Context(locale, variables));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (archival) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
                builder.useColorProfile(SRGB);
            }
            builder.useFont(() -> DocumentFonts.open(DocumentFonts.REGULAR), DocumentFonts.FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> DocumentFonts.open(DocumentFonts.BOLD), DocumentFonts.FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + title, e);
        }
    }
}
