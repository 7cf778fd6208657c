package kz.attest.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer's page of an application's qualification-requirements checklist and registry checks. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequirementPageController {

    private static final String OFFICER = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final RequirementChecklist checklist;

    @GetMapping("/office/applications/{id}/requirements")
    @PreAuthorize(OFFICER)
    String page(@PathVariable long id, Model model) {
        model.addAttribute("checklist", checklist.checklist(id));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "application/requirements";
    }

    @PostMapping("/office/applications/{id}/requirements/{code}")
    @PreAuthorize(OFFICER)
    String mark(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) Boolean met,
                @RequestParam(required = false) String note) {
        checklist.mark(id, code, met, note);
        return "redirect:/office/applications/" + id + "/requirements#item-" + code;
    }

    @PostMapping("/office/applications/{id}/registry-checks")
    @PreAuthorize(OFFICER)
    String checkRegistry(@PathVariable long id, @RequestParam String registry) {
        checklist.checkRegistry(id, RequirementApiController.registry(registry));
        return "redirect:/office/applications/" + id + "/requirements#registries";
    }
}
