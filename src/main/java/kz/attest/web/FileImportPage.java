package kz.attest.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A page that imports a signed file (the results file of an air-gapped node, a provider's admitted list). The module's
 * controller extends it and names the address, the roles and the view: {@code GET} shows the past imports as
 * {@code imports}; {@code POST} imports the upload and shows its summary as {@code result}; a refused file (bad input)
 * shows its reason on the page as {@code error} with status 400, any other refusal (a foreign file: 403) goes to the
 * error page.
 */
public abstract class FileImportPage {

    private final String view;
    private final Supplier<? extends List<?>> past;
    private final Function<byte[], ?> importer;
    private final MessageSource messages;

    protected FileImportPage(String view, Supplier<? extends List<?>> past, Function<byte[], ?> importer,
                             MessageSource messages) {
        this.view = view;
        this.past = past;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping
    public String page(Model model) {
        model.addAttribute("imports", past.get());
        return view;
    }

    @PostMapping
    public String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
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
        return page(model);
    }
}
