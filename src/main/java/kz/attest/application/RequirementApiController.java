package kz.attest.application;

import kz.attest.catalogue.QualificationRequirement.RegistryKind;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;

/** REST API of the qualification-requirements checklist and the registry checks (officers of the provider). */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequirementApiController {

    private static final String OFFICER = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final RequirementChecklist checklist;
    private final MessageSource messages;

    record MarkRequest(Boolean met, String note) {
    }

    record RegistryRequest(String registry) {
    }

    /** A registry check with the outcome in words (e.g. that the registry did not answer and may be retried). */
    record RegistryCheckAnswer(RegistryCheckView check, String message) {
    }

    @GetMapping("/api/v1/applications/{id}/requirements")
    @PreAuthorize(OFFICER)
    ChecklistView checklist(@PathVariable long id) {
        return checklist.checklist(id);
    }

    @PutMapping("/api/v1/applications/{id}/requirements/{code}")
    @PreAuthorize(OFFICER)
    ChecklistView mark(@PathVariable long id, @PathVariable String code, @RequestBody MarkRequest request) {
        return checklist.mark(id, code, request.met(), request.note());
    }

    @PostMapping("/api/v1/applications/{id}/registry-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICER)
    RegistryCheckAnswer checkRegistry(@PathVariable long id, @RequestBody RegistryRequest request) {
        RegistryCheckView check = checklist.checkRegistry(id, registry(request.registry()));
        return new RegistryCheckAnswer(check, messages.getMessage(check.outcome().messageKey(), null,
                LocaleContextHolder.getLocale()));
    }

    static RegistryKind registry(String value) {
        return Arrays.stream(RegistryKind.values()).filter(k -> k.name().equals(value)).findFirst()
                .orElseThrow(() -> new ApplicationRefusal(Kind.BAD_INPUT, "application.registry.unknown", String.valueOf(value)));
    }
}
