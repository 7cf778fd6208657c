package kz.attest.itembank;

import jakarta.servlet.http.HttpServletResponse;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Sealed-package pages: the Ministry's export ({@code /packages/export}) and the testing operator's registry
 * ({@code /packages}: verify, import, withdraw, destroy). A refused package is shown with its reason and a 4xx.
 */
@Controller
@RequestMapping("/packages")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PackagePageController {

    /** Dates on the page are days in Kazakhstan. */
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final SealedPackages packages;
    private final PackageAccess access;
    private final Catalogue catalogue;
    private final MessageSource messages;
    private final java.time.Clock clock;

    // ---- the Ministry

    @GetMapping("/export")
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    String exportPage(Authentication authentication, Model model) {
        access.ministry(authentication);
        List<ServiceDefinition> services = catalogue.all().stream().filter(ServiceDefinition::tested).toList();
        model.addAttribute("services", services);
        model.addAttribute("exported", packages.exported());
        model.addAttribute("today", LocalDate.now(clock.withZone(ZONE)));
        return "itembank/package-export";
    }

    @PostMapping("/export")
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    ResponseEntity<byte[]> export(@RequestParam(required = false) List<String> services,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
                                  Authentication authentication) {
        String actor = access.ministry(authentication);
        Instant notBefore = validFrom == null ? null : validFrom.atStartOfDay(ZONE).toInstant();
        Instant notAfter = validUntil == null ? null : validUntil.plusDays(1).atStartOfDay(ZONE).toInstant();
        if (notBefore != null && notBefore.isBefore(clock.instant())) {
            notBefore = null; // "from today" means from now
        }
        return PackageApiController.file(packages.export(
                new SealedPackages.ExportRequest(services == null ? List.of() : services, notBefore, notAfter), actor));
    }

    @GetMapping("/exported/{id}/file")
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    ResponseEntity<byte[]> exportedFile(@PathVariable UUID id, Authentication authentication) {
        access.ministry(authentication);
        return PackageApiController.file(packages.exportedFile(id));
    }

    @PostMapping("/exported/{id}/withdraw")
    @PreAuthorize(PackageAccess.MINISTRY_ROLES)
    String withdrawExported(@PathVariable UUID id, @RequestParam(required = false) String reason,
                            Authentication authentication, RedirectAttributes redirect) {
        packages.withdraw(PackageRecord.Side.EXPORTED, id, reason, access.ministry(authentication));
        redirect.addFlashAttribute("notice", message("itembank.packages.withdrawn-done"));
        return "redirect:/packages/export";
    }

    // ---- the testing operator

    @GetMapping
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    String registry(Model model) {
        access.operator();
        return page(model);
    }

    @PostMapping("/verify")
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    String verify(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
            throws IOException {
        String actor = access.operator();
        try {
            SealedPackages.Verification verification = packages.verify(bytes(file), actor);
            PackageManifest m = verification.manifest();
            model.addAttribute("notice", message("itembank.packages.verified", m.line(), m.version(), m.items(),
                    m.cases(), verification.signer()));
            model.addAttribute("verification", verification);
        } catch (ItemBankRefusal refusal) {
            refused(refusal, model, response);
        }
        return page(model);
    }

    @PostMapping("/import")
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    String importPackage(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) throws IOException {
        String actor = access.operator();
        try {
            PackageRecord record = packages.importPackage(bytes(file), actor);
            redirect.addFlashAttribute("notice", message("itembank.packages.imported-done", record.line(),
                    record.version(), record.insertedItems(), record.insertedCases()));
            return "redirect:/packages";
        } catch (ItemBankRefusal refusal) {
            refused(refusal, model, response);
            return page(model);
        }
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    String withdraw(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        packages.withdraw(PackageRecord.Side.IMPORTED, id, reason, access.operator());
        redirect.addFlashAttribute("notice", message("itembank.packages.withdrawn-done"));
        return "redirect:/packages";
    }

    @PostMapping("/{id}/destroy")
    @PreAuthorize(PackageAccess.OPERATOR_ROLES)
    String destroy(@PathVariable UUID id, RedirectAttributes redirect) {
        packages.destroy(id, access.operator());
        redirect.addFlashAttribute("notice", message("itembank.packages.destroyed-done"));
        return "redirect:/packages";
    }

    // ----

    private String page(Model model) {
        model.addAttribute("imported", packages.imported());
        return "itembank/packages";
    }

    private void refused(ItemBankRefusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(kz.attest.web.RefusalStatuses.of(refusal).value());
        model.addAttribute("problem", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                refusal.messageKey(), LocaleContextHolder.getLocale()));
        model.addAttribute("problemCode", refusal.messageKey());
    }

    private static byte[] bytes(MultipartFile file) throws IOException {
        return file == null ? new byte[0] : file.getBytes();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
