package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.HashMap;
import java.util.List;

/**
 * JSON API of the identity module. Cookie sessions are protected against CSRF: an API client first calls
 * {@code GET /api/v1/csrf}, keeps the session cookie it receives and sends the token back in the header named by
 * {@code headerName} (normally {@code X-CSRF-TOKEN}) with every POST.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class IdentityApiController {

    private final Accounts accounts;
    private final CurrentUser currentUser;

    @GetMapping("/api/v1/csrf")
    CsrfAnswer csrf(CsrfToken token) {
        return new CsrfAnswer(token.getHeaderName(), token.getParameterName(), token.getToken());
    }

    /** 201 with the new account, or 400 with a localized message per refused field. */
    @PostMapping("/api/v1/accounts/register")
    ResponseEntity<Registered> register(@RequestBody RegistrationRequest request) throws BindException {
        String language = request.language() != null ? request.language()
                : LocaleContextHolder.getLocale().getLanguage();
        try {
            long id = accounts.register(request.toRegistration(language));
            return ResponseEntity.created(URI.create("/api/v1/me")).body(new Registered(id, request.iin().strip()));
        } catch (RegistrationRefused refused) {
            MapBindingResult errors = new MapBindingResult(new HashMap<>(), "registration");
            for (FieldRefusal refusal : refused.refusals()) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
            throw new BindException(errors);
        }
    }

    @GetMapping("/api/v1/me")
    Me me() {
        SignedInUser user = currentUser.require();
        return new Me(user.accountId(), user.login(), user.iin(), user.fullName(),
                user.roles().stream().map(Role::name).sorted().toList(), user.organisationId(),
                user.language().getLanguage(), user.homePath());
    }

    record RegistrationRequest(String iin, String surname, String givenName, String patronymic, String email,
                               String phone, String password, String passwordConfirmation, String language) {

        ApplicantRegistration toRegistration(String chosenLanguage) {
            return new ApplicantRegistration(iin, surname, givenName, patronymic, email, phone, password,
                    passwordConfirmation, chosenLanguage);
        }

        @Override
        public String toString() {
            return "RegistrationRequest[iin=" + iin + "]";
        }
    }

    record Registered(long accountId, String login) {
    }

    record Me(long accountId, String login, String iin, String fullName, List<String> roles, String organisationId,
              String language, String home) {
    }

    record CsrfAnswer(String headerName, String parameterName, String token) {
    }
}
