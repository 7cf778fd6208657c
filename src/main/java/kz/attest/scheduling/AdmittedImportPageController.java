package kz.attest.scheduling;

import kz.attest.web.FileImportForm;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdmittedImportPageController {

    private final AdmittedImports imports;
    private final MessageSource messages;

    @GetMapping
    String page(Model model) {
        model.addAttribute("imports", imports.past());
        return "scheduling/admitted-import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        FileImportForm.upload(file, imports::importFile, model, response, messages);
        return page(model);
    }
}
