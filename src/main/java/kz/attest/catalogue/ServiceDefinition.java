package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * Everything that differs between services, as data: names, provider, legal basis, test stages, retake rules, the
 * ban after an act of violation, no-show rules, validity of the result, the deadline table, forms and documents,
 * the optional commission interview, the prerequisite service, whether a fee is paid and the qualification-requirements
 * checklist the officer marks item by item.
 */
public record ServiceDefinition(ServiceCode code,
                                LocalizedText name,
                                ServiceKind kind,
                                ProviderKind provider,
                                List<LegalRef> legalBasis,
                                List<Stage> stages,
                                Optional<RetakeRules> retake,
                                Optional<Term> banAfterViolation,
                                Optional<NoShowRules> noShow,
                                Optional<Term> validity,
                                List<DeadlineRule> deadlines,
                                Optional<FormRef> applicationForm,
                                List<String> requiredDocuments,
                                FormRef decisionForm,
                                @JsonProperty(required = true) boolean resultsPrintedInTwoCopies,
                                Optional<InterviewRules> interview,
                                Optional<ServiceCode> prerequisite,
                                @JsonProperty(required = true) boolean paymentRequired,
                                Optional<SpecialtyGroup> specialtyGroup,
                                List<QualificationRequirement> requirements) {

    public ServiceDefinition {
        legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
        stages = stages == null ? List.of() : List.copyOf(stages);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        requiredDocuments = requiredDocuments == null ? List.of() : List.copyOf(requiredDocuments);
        retake = orEmpty(retake);
        banAfterViolation = orEmpty(banAfterViolation);
        noShow = orEmpty(noShow);
        validity = orEmpty(validity);
        applicationForm = orEmpty(applicationForm);
        interview = orEmpty(interview);
        prerequisite = orEmpty(prerequisite);
        specialtyGroup = orEmpty(specialtyGroup);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }

    /** The checklist item with this code. */
    public Optional<QualificationRequirement> requirement(String code) {
        return requirements.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /**
     * The document types an applicant may attach: those always required and those only a retake requires
     * ({@code retake.requiredDocuments}, optional on a first application, ¶74).
     */
    public List<String> acceptedDocuments() {
        List<String> accepted = new java.util.ArrayList<>(requiredDocuments);
        retake.ifPresent(r -> r.requiredDocuments().stream().filter(d -> !accepted.contains(d)).forEach(accepted::add));
        return List.copyOf(accepted);
    }

    /** Whether candidates sit computer tests (the eight services of the pilot; licences do not). */
    public boolean tested() {
        return !stages.isEmpty();
    }

    /** Stage by its number, 1-based. */
    public Optional<Stage> stage(int number) {
        return stages.stream().filter(s -> s.number() == number).findFirst();
    }

    /** Whether the commission interview step of seeds 001/002 is switched on for this service. */
    public boolean interviewHeld() {
        return interview.map(InterviewRules::enabled).orElse(false);
    }

    /** Whether forensic cases are drawn from the candidate's expert specialty. */
    public boolean perSpecialty() {
        return stages.stream().anyMatch(s -> s.cases().map(CaseStructure::perSpecialty).orElse(false));
    }

    /** The deadline of a step for the ordinary procedure (or the only one). */
    public Optional<DeadlineRule> deadline(DeadlineStep step) {
        return deadline(step, DeadlineRule.Variant.ISSUE);
    }

    /** The deadline of a step in the given procedure (licence issue or re-issue). */
    public Optional<DeadlineRule> deadline(DeadlineStep step, DeadlineRule.Variant variant) {
        return deadlines.stream().filter(d -> d.step() == step && d.appliesTo(variant)).findFirst();
    }
}
