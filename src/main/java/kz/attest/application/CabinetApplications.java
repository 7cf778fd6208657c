package kz.attest.application;

import jakarta.servlet.http.HttpServletRequest;
import kz.attest.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * Fills the cabinet's "My applications" section. The identity module owns the cabinet page but must not depend on
 * this module (which depends on identity), so the section's data is contributed here, by package name only.
 */
@ControllerAdvice(basePackages = "kz.attest.identity")
class CabinetApplicationsAdvice {

    private final Applications applications;
    private final CurrentUser currentUser;
    private final kz.attest.catalogue.Catalogue catalogue;

    CabinetApplicationsAdvice(Applications applications, CurrentUser currentUser, kz.attest.catalogue.Catalogue catalogue) {
        this.applications = applications;
        this.currentUser = currentUser;
        this.catalogue = catalogue;
    }

    @ModelAttribute("applicationServiceNames")
    java.util.Map<String, String> serviceNames(HttpServletRequest request) {
        return "/cabinet".equals(request.getRequestURI())
                ? ApplicationNames.services(catalogue, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                : java.util.Map.of();
    }

    @ModelAttribute("myApplications")
    List<ApplicationSummary> myApplications(HttpServletRequest request) {
        if (!"/cabinet".equals(request.getRequestURI())) {
            return List.of();
        }
        return currentUser.current().filter(user -> user.iin() != null)
                .map(user -> applications.applicationsOf(user.accountId()))
                .orElse(List.of());
    }
}
