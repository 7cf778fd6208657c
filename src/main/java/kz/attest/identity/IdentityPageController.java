package kz.attest.identity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Comparator;
import java.util.List;

/** The public landing page, sign-in and registration pages, the applicant's cabinet and the staff workplace. */
@Controller
class IdentityPageController {

    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final kz.attest.web.Workplace workplace;
    private final List<CabinetSection> cabinetSections;

    IdentityPageController(Accounts accounts, CurrentUser currentUser, Organisations organisations,
                           kz.attest.web.Workplace workplace, List<CabinetSection> cabinetSections) {
        this.workplace = workplace;
        this.cabinetSections = List.copyOf(cabinetSections);
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    @InitBinder("registration")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("iin", "surname", "givenName", "patronymic", "email", "phone", "password",
                "passwordConfirmation");
    }

    @GetMapping("/")
    String landing(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:" + HomePages.of(authentication);
        }
        return "identity/landing";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("lockMinutes", accounts.lockMinutes());
        return "identity/login";
    }

    @GetMapping("/register")
    String registrationForm(Model model) {
        model.addAttribute("registration", new RegistrationForm());
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@ModelAttribute("registration") RegistrationForm form, BindingResult result,
                    HttpServletResponse response) {
        try {
            accounts.register(form.toRegistration(LocaleContextHolder.getLocale().getLanguage()));
        } catch (RegistrationRefused refused) {
            for (FieldRefusal refusal : refused.refusals()) {
                if (!"language".equals(refusal.field())) {
                    result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                }
            }
            form.forgetPasswords();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "identity/register";
        }
        return "redirect:/login?registered";
    }

    /** The personal cabinet with the three sections of seed 001; other modules fill them. */
    @GetMapping("/cabinet")
    @PreAuthorize("hasRole('APPLICANT')")
    String cabinet(Model model, Authentication authentication) {
        SignedInUser user = currentUser.require();
        model.addAttribute("user", user);
        model.addAttribute("workplaceCards", workplace.shown(authentication));
        cabinetSections.forEach(section ->
                model.addAllAttributes(section.attributes(user, LocaleContextHolder.getLocale())));
        return "identity/cabinet";
    }

    @GetMapping("/staff")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD', 'OPERATOR_ADMIN', 'PROCTOR', 'COMMISSION_MEMBER', "
            + "'QUESTION_AUTHOR', 'AUDITOR', 'SYSTEM_ADMIN')")
    String staff(Model model, Authentication authentication) {
        SignedInUser user = currentUser.require();
        model.addAttribute("workplaceCards", workplace.shown(authentication));
        List<Role> roles = user.roles().stream().filter(Role::isStaff).sorted(Comparator.naturalOrder()).toList();
        model.addAttribute("user", user);
        model.addAttribute("roles", roles);
        model.addAttribute("organisation", user.organisation().flatMap(organisations::find).orElse(null));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "identity/staff";
    }
}
