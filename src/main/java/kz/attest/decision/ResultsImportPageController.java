package kz.attest.decision;

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
 * The provider officer's page to import the signed results file of an air-gapped operator node (¶24). A refused file
 * shows the reason on the page with status 400; another provider's file is a 403.
 */
@Controller
@RequestMapping("/office/results/import")
@PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsImportPageController {

    private final ResultsImports imports;
    private final MessageSource messages;

    @GetMapping
    String page(Model model) {
        model.addAttribute("imports", imports.past());
        return "decision/results-import";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        FileImportForm.upload(file, imports::importFile, model, response, messages);
        return page(model);
    }
}
