package kz.attest.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.function.Function;

/**
 * The upload of a page that imports a signed file (the results file of an air-gapped node, a provider's admitted
 * list): the import's summary goes to the model as {@code result}; a refused file (bad input) shows its reason on
 * the page as {@code error} with status 400, any other refusal (a foreign file: 403) goes to the error page.
 */
public final class FileImportForm {

    private FileImportForm() {
    }

    public static void upload(MultipartFile file, Function<byte[], ?> importer, Model model,
                              HttpServletResponse response, MessageSource messages) throws IOException {
        try {
            model.addAttribute("result", importer.apply(file == null ? null : file.getBytes()));
        } catch (Refusal e) {
            if (RefusalStatuses.of(e) != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
    }
}
