package kz.attest.licensing;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * The checks of a licence request before it is started and before it is signed: the prerequisite from the outcomes
 * (seed 004 app.2, seed 003), the specialties asked, the licence a re-issue replaces, and the fee at the payment gateway
 * (seed 003 appendix 1: the payment is checked before signing; a gateway that does not answer is never "paid").
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequestChecks {

    private final LicenceRows licences;
    private final Catalogue catalogue;
    private final PaymentGateway gateway;
    private final LicencePrerequisites prerequisites;
    private final LicensingProperties properties;
    private final Clock clock;

    LicenceRequest readyToSign(LicenceRequest r) {
        r.requireDraft();
        ServiceDefinition service = catalogue.get(r.service);
        r.requireDocuments(service);
        requirePrerequisite(r, service);
        if (r.replacesLicenceId != null) {
            LicenceRows.Held replaced = licences.held(r.replacesLicenceId).orElseThrow();
            if (!"ACTIVE".equals(replaced.status())) {
                throw new LicensingRefusal(WRONG_STATE, "licensing.error.licence-not-active", replaced.number());
            }
        }
        if (r.paymentReference == null) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-missing");
        }
        Payment payment = askGateway(r.paymentReference);
        r.paymentChecked(payment, properties.feeOf(r.service), clock.instant());
        r.requirePaid();
        return r;
    }

    /** Seed 004 app.2 (an appendix-3 decision), seed 003 (an appendix-5 certificate covering the specialties). */
    void requirePrerequisite(LicenceRequest r, ServiceDefinition service) {
        service.prerequisite().ifPresent(code -> {
            ServiceDefinition prerequisite = catalogue.get(code);
            PrerequisiteCheck check = prerequisites.check(r.applicantIin, prerequisite.decisionForm().code(),
                    new LinkedHashSet<>(r.specialties), LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            String document = prerequisite.decisionForm().title().in(locale);
            switch (check.outcome()) {
                case MET -> { }
                case MISSING -> throw new LicensingRefusal(WRONG_STATE, "licensing.error.prerequisite-missing", document);
                case EXPIRED -> throw new LicensingRefusal(WRONG_STATE, "licensing.error.prerequisite-expired", document,
                        check.documentNumber(), check.validUntil() == null ? "" : check.validUntil().toString());
                case REVOKED -> throw new LicensingRefusal(WRONG_STATE, "licensing.error.prerequisite-revoked", document,
                        check.documentNumber());
                case SUPERSEDED -> throw new LicensingRefusal(WRONG_STATE, "licensing.error.prerequisite-superseded",
                        document, check.documentNumber());
                case SPECIALTIES_NOT_COVERED -> throw new LicensingRefusal(WRONG_STATE, 
                        "licensing.error.prerequisite-specialties", document, check.documentNumber(),
                        String.join(", ", check.missingSpecialties().stream()
                                .map(s -> catalogue.specialty(s).name().in(locale)).toList()));
            }
        });
    }

    List<String> specialties(ServiceDefinition service, List<String> asked) {
        List<String> chosen = asked == null ? List.of() : asked.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        boolean perSpecialty = service.prerequisite().flatMap(code -> catalogue.get(code).specialtyGroup()).isPresent();
        if (perSpecialty && chosen.isEmpty()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.specialties-required");
        }
        if (!perSpecialty && !chosen.isEmpty()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.specialties-not-asked");
        }
        for (String code : chosen) {
            if (catalogue.specialties().stream().noneMatch(s -> s.code().equals(code))) {
                throw new LicensingRefusal(BAD_INPUT, "licensing.error.specialty-unknown", code);
            }
        }
        return chosen;
    }

    LicenceRows.Held ownActiveLicence(String number, SignedInUser applicant, ServiceDefinition service) {
        if (number == null || number.isBlank()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.licence-required");
        }
        LicenceRows.Held held = licences.held(number.strip())
                .orElseThrow(() -> new LicensingRefusal(NOT_FOUND, "licensing.error.licence-unknown", number));
        if (held.holderAccountId() != applicant.accountId() || !held.holderIin().equals(applicant.iin())) {
            throw new LicensingRefusal(NOT_ALLOWED, "licensing.error.licence-not-yours", number);
        }
        if (!held.service().equals(service.code().value())) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.licence-other-service", number);
        }
        if (!"ACTIVE".equals(held.status())) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.licence-not-active", number);
        }
        return held;
    }

    Payment askGateway(String reference) {
        return gatewayCall(() -> gateway.status(reference))
                .orElseThrow(() -> new LicensingRefusal(BAD_INPUT, "licensing.error.payment-unknown", reference));
    }

    /** A gateway that does not answer is "unavailable": a 409 asking to try again, never a 5xx and never "paid". */
    static <T> T gatewayCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (PaymentGatewayUnavailableException e) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-gateway-unavailable");
        }
    }
}
