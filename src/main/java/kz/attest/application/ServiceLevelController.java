package kz.attest.application;

import io.swagger.v3.oas.annotations.Operation;
import kz.attest.catalogue.Catalogue;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The heads' SLA view: a page at {@code /office/sla} and the same data at {@code /api/v1/office/sla}. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ServiceLevelController {

    private static final String HEAD = "hasRole('PROVIDER_HEAD')";

    private final ServiceLevels serviceLevels;
    private final Catalogue catalogue;
    private final kz.attest.licensing.ProviderSteps licenceSteps;

    @GetMapping("/office/sla")
    @PreAuthorize(HEAD)
    String page(Model model) {
        model.addAttribute("sla", serviceLevels.view());
        model.addAttribute("applicationServiceNames", ApplicationNames.services(catalogue, LocaleContextHolder.getLocale()));
        // licence requests' steps (seeds 003, 004), due to the minute for the 30-working-minute steps
        model.addAttribute("licenceSteps", licenceSteps.queue());
        return "application/sla";
    }

    @GetMapping("/api/v1/office/sla")
    @PreAuthorize(HEAD)
    @ResponseBody
    @Operation(summary = "The head's SLA view: open steps per officer, due today, overdue",
            tags = "Applications")
    SlaView api() {
        return serviceLevels.view();
    }
}
