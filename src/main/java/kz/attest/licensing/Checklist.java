package kz.attest.licensing;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.QualificationRequirement;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.registry.PersonRecord;
import kz.attest.registry.PersonRegistry;
import kz.attest.registry.RegistryUnavailableException;
import kz.attest.registry.SpecialRecord;
import kz.attest.registry.SpecialRecords;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The officer's checklist of a licence request (seed 004 processes 4–5): the catalogue's qualification requirements,
 * those confirmed by a registry with the registry's answer now — the state database of individuals, the Prosecutor
 * General's special records — and a registry that does not answer shown as {@code UNAVAILABLE}, never as clean.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Checklist {

    private final LicenceRequests requests;
    private final RequestSupport support;
    private final Catalogue catalogue;
    private final PersonRegistry personRegistry; // the field's name picks the bean: specialRecords is a PersonRegistry too
    private final SpecialRecords specialRecords;

    /** One item: its code and label, the registry that confirms it (if any), the answer and what it said. */
    record Item(String code, String label, String registry, Answer answer, String detail) {
    }

    /** What a registry answered. */
    enum Answer { CONFIRMED, NOT_CONFIRMED, UNAVAILABLE, FOR_THE_OFFICER }

    record View(long requestId, String number, List<Item> items) {
    }

    View of(long requestId) {
        support.staff();
        RequestView request = requests.view(requestId);
        ServiceDefinition service = catalogue.get(request.service());
        String iin = iinOf(requestId);
        var locale = LocaleContextHolder.getLocale();
        List<Item> items = service.requirements().stream().map(requirement -> {
            String label = requirement.label().in(locale);
            Optional<QualificationRequirement.RegistryKind> registry = requirement.registry();
            if (registry.isEmpty()) {
                return new Item(requirement.code(), label, null, Answer.FOR_THE_OFFICER, null);
            }
            try {
                return switch (registry.get()) {
                    case PERSON_REGISTRY -> person(requirement.code(), label, personRegistry.find(iin));
                    case SPECIAL_RECORDS -> records(requirement.code(), label, specialRecords.recordsOf(iin));
                };
            } catch (RegistryUnavailableException e) {
                return new Item(requirement.code(), label, registry.get().name(), Answer.UNAVAILABLE, e.registry());
            }
        }).toList();
        return new View(requestId, request.number(), items);
    }

    private String iinOf(long requestId) {
        return requests.applicantIin(requestId);
    }

    private static Item person(String code, String label, Optional<PersonRecord> person) {
        return person.map(p -> new Item(code, label, "PERSON_REGISTRY", p.alive() ? Answer.CONFIRMED
                        : Answer.NOT_CONFIRMED, p.fullName() + ", " + p.birthDate() + (p.alive() ? "" : ", deceased")))
                .orElseGet(() -> new Item(code, label, "PERSON_REGISTRY", Answer.NOT_CONFIRMED, null));
    }

    private static Item records(String code, String label, List<SpecialRecord> records) {
        return records.isEmpty()
                ? new Item(code, label, "SPECIAL_RECORDS", Answer.CONFIRMED, null)
                : new Item(code, label, "SPECIAL_RECORDS", Answer.NOT_CONFIRMED, String.join("; ", records.stream()
                .map(r -> r.kind() + " " + r.date() + " " + r.description()).toList()));
    }
}
