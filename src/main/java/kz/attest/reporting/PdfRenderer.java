package kz.attest.reporting;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
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
public class PdfRenderer {

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** Renders {@code template} (e.g. {@code reporting/result-sheet}) with the variables, in the given locale. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale, String title) {
        String html = templates.process(template, new Context(locale, variables));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
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
