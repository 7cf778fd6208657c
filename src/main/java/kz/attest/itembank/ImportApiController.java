package kz.attest.itembank;

import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Optional;

/** Import (XLSX template or QTI 2.1 package), the template and QTI export, for question authors. */
@RestController
@RequestMapping("/api/v1/itembank")
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportApiController {

    private final BankImport imports;
    private final MessageSource messages;

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> importFile(@RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "false") boolean oneLanguageAsDraft,
                                            Principal principal) throws IOException {
        ImportReport report = imports.importFile(file.getOriginalFilename(), file.getBytes(), principal.getName(),
                LocaleContextHolder.getLocale(), oneLanguageAsDraft);
        return ResponseEntity.status(HttpStatus.CREATED).body(report);
    }

    @GetMapping("/import/template")
    ResponseEntity<byte[]> template() {
        return download(imports.template(LocaleContextHolder.getLocale()), "itembank-import-template.xlsx",
                XlsxWorkbook.CONTENT_TYPE);
    }

    @GetMapping("/export/qti")
    ResponseEntity<byte[]> exportQti(@RequestParam(required = false) String service,
                                     @RequestParam(required = false) String topic, Principal principal) {
        byte[] zip = imports.exportQti(blankless(service), blankless(topic), principal.getName());
        return download(zip, "itembank-qti21.zip", "application/zip");
    }

    /** The refusal of an import carries its report: every problem by place, field and reason. */
    @ExceptionHandler(ImportRefusal.class)
    ResponseEntity<ProblemDetail> refused(ImportRefusal refusal) {
        ProblemDetail detail = ProblemDetail.forStatus(kz.attest.web.RefusalStatuses.of(refusal).value());
        detail.setType(URI.create("urn:attest:problem:" + refusal.messageKey()));
        detail.setTitle(messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
                LocaleContextHolder.getLocale()));
        detail.setProperty("code", refusal.messageKey());
        detail.setProperty("problems", refusal.report().problems());
        return ResponseEntity.status(kz.attest.web.RefusalStatuses.of(refusal).value()).body(detail);
    }

    static Optional<String> blankless(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    static ResponseEntity<byte[]> download(byte[] bytes, String name, String type) {
        return Downloads.attachment(MediaType.parseMediaType(type), name)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
