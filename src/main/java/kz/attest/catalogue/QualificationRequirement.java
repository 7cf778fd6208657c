package kz.attest.catalogue;

import java.util.Optional;

/**
 * One item of a service's qualification-requirements checklist (seed 000 ¶5, ¶80): what the officer confirms from the
 * documents (and, where {@code registry} is named, from an external registry), with its label in kk/ru/en and the
 * provision it comes from.
 */
public record QualificationRequirement(String code, LocalizedText label, LegalRef ref, Optional<RegistryKind> registry) {

    public QualificationRequirement {
        registry = registry == null ? Optional.empty() : registry;
    }

    /** The external registries an item of the checklist may be confirmed against. */
    public enum RegistryKind {
        /** The state database of individuals: the person exists under this IIN, is alive, the name matches. */
        PERSON_REGISTRY,
        /** The Prosecutor General's special records: no criminal record or court ban for this IIN. */
        SPECIAL_RECORDS
    }
}
