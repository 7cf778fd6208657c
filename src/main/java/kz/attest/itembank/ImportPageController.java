package kz.attest.itembank;

import jakarta.servlet.http.HttpServletResponse;
import kz.attest.catalogue.Catalogue;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.security.Principal;

/** The import page: upload an XLSX workbook or a QTI package and read the report; template; QTI export. */
@Controller
@RequestMapping("/itembank")
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportPageController {

    private final BankImport imports;
    private final Catalogue catalogue;

    @GetMapping("/import")
    String page(Model model) {
        return page(model, null);
    }

    @PostMapping("/import")
    String upload(@RequestParam(value = "file", required = false) MultipartFile file,
                  @RequestParam(defaultValue = "false") boolean oneLanguageAsDraft, Principal principal,
                  Model model, HttpServletResponse response) throws IOException {
        try {
            ImportReport report = imports.importFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), principal.getName(), LocaleContextHolder.getLocale(),
                    oneLanguageAsDraft);
            return page(model, report);
        } catch (ImportRefusal refusal) {
            response.setStatus(kz.attest.web.RefusalStatuses.of(refusal).value());
            return page(model, refusal.report());
        }
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return ImportApiController.download(imports.template(LocaleContextHolder.getLocale()),
                "itembank-import-template.xlsx", XlsxWorkbook.CONTENT_TYPE);
    }

    @GetMapping("/export/qti")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String service,
                                  @RequestParam(required = false) String topic, Principal principal) {
        return ImportApiController.download(imports.exportQti(ImportApiController.blankless(service),
                ImportApiController.blankless(topic), principal.getName()), "itembank-qti21.zip", "application/zip");
    }

    private String page(Model model, ImportReport report) {
        model.addAttribute("report", report);
        model.addAttribute("services", catalogue.all());
        model.addAttribute("topics", catalogue.topics());
        return "itembank/import";
    }
}
