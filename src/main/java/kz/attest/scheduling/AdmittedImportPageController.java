package kz.attest.scheduling;

import kz.attest.web.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The operator administrator's page to import a provider's signed admitted-list file on an air-gapped node (¶9, ¶84).
 * A refused file shows the reason on the page with status 400.
 */
@Controller
@RequestMapping("/operator/admitted/import")
@PreAuthorize("hasRole('OPERATOR_ADMIN')")
class AdmittedImportPageController {

    private final AdmittedImports imports;
    private final MessageSource messages;

    AdmittedImportPageController(AdmittedImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("imports", imports.past());
        return "scheduling/admitted-import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        try {
            model.addAttribute("result", imports.importFile(file == null ? null : file.getBytes()));
        } catch (LocalizedException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        } catch (kz.attest.web.Refusal e) {
            // the file's signature or content refused by application.AdmittedExports.verify (issue 15 point 4)
            if (e.kind() != kz.attest.web.Refusal.Kind.BAD_INPUT) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        return page(model);
    }
}
