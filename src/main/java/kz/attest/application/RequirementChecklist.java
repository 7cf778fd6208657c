package kz.attest.application;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.QualificationRequirement;
import kz.attest.catalogue.QualificationRequirement.RegistryKind;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.registry.PersonRecord;
import kz.attest.registry.PersonRegistry;
import kz.attest.registry.RegistryUnavailableException;
import kz.attest.registry.SpecialRecord;
import kz.attest.registry.SpecialRecords;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The qualification-requirements check (seed 000 ¶5, ¶80): the officer of the provider marks each item of the
 * service's checklist (catalogue data) met or not met with a note, and checks the applicant against the external
 * registries; every mark and check is audited. An application is admitted only when every item is marked met.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RequirementChecklist {

    static final int MAX_NOTE = 2000;
    private static final Logger log = LoggerFactory.getLogger(RequirementChecklist.class);
    private static final Set<ApplicationStatus> OPEN = Set.of(ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.REFUSAL_PROPOSED, ApplicationStatus.HEARING);

    private final ApplicationRows applications;
    private final RequirementRows rows;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final PersonRegistry persons;
    private final SpecialRecords specialRecords;
    private final Clock clock;

    /** The checklist of an application, for an officer of its provider. */
    @Transactional(readOnly = true)
    public ChecklistView checklist(long id) {
        Application application = find(id);
        currentUser.requireMemberOf(application.providerId());
        return view(application);
    }

    /** Marks one item met or not met; a "not met" needs a note saying why. */
    @Transactional
    public ChecklistView mark(long id, String code, Boolean met, String note) {
        Application application = find(id);
        SignedInUser officer = currentUser.requireMemberOf(application.providerId());
        requireOpen(application);
        QualificationRequirement requirement = catalogue.get(application.service()).requirement(code)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.requirements.unknown-item", code));
        if (met == null) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.requirements.met-required");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!met && text == null) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.requirements.note-required", label(requirement));
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.requirements.note-too-long", MAX_NOTE);
        }
        Instant now = clock.instant();
        rows.mark(application.id(), new RequirementRows.Mark(code, met, text, officer.login(), now));
        auditLog.record(officer.login(), "application.requirement-marked", StatusNotices.ENTITY,
                Long.toString(application.id()), code + ": " + (met ? "met" : "not met") + (text == null ? "" : " — " + text));
        return view(application);
    }

    /**
     * Asks an external registry about the applicant and keeps the answer. A registry that does not answer is kept as
     * {@link RegistryOutcome#UNAVAILABLE} (the officer may retry); it is never an error of the platform.
     */
    @Transactional
    public RegistryCheckView checkRegistry(long id, RegistryKind registry) {
        Application application = find(id);
        SignedInUser officer = currentUser.requireMemberOf(application.providerId());
        requireOpen(application);
        if (registry == null) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.registry.unknown", "");
        }
        String iin = application.applicantIin();
        RegistryOutcome outcome;
        String details;
        try {
            if (registry == RegistryKind.PERSON_REGISTRY) {
                Optional<PersonRecord> person = persons.find(iin);
                outcome = person.map(p -> p.alive() ? RegistryOutcome.PERSON_FOUND : RegistryOutcome.PERSON_DECEASED)
                        .orElse(RegistryOutcome.PERSON_NOT_FOUND);
                details = person.map(p -> p.fullName() + ", " + p.birthDate()).orElse("");
            } else {
                List<SpecialRecord> records = specialRecords.recordsOf(iin);
                outcome = records.isEmpty() ? RegistryOutcome.NO_RECORDS : RegistryOutcome.RECORDS_FOUND;
                details = records.stream().map(r -> r.kind() + " " + r.date() + ": " + r.description())
                        .collect(Collectors.joining("; "));
            }
        } catch (RegistryUnavailableException e) {
            log.warn("Registry check of application {} failed: {}", id, e.getMessage());
            outcome = RegistryOutcome.UNAVAILABLE;
            details = "";
        }
        Instant now = clock.instant();
        long checkId = rows.addCheck(application.id(), registry, outcome, details, officer.login(), now);
        auditLog.record(officer.login(), "application.registry-checked", StatusNotices.ENTITY,
                Long.toString(application.id()), registry + ": " + outcome + (details.isEmpty() ? "" : " — " + details));
        return new RegistryCheckView(checkId, registry, outcome, details, officer.login(), now);
    }

    /**
     * Refuses (409, naming the item) to admit an application under review while an item of its checklist is unmarked
     * or not met. Other statuses are left to the admission step's own check.
     */
    void checkAdmissible(Application application) {
        if (application.status() != ApplicationStatus.UNDER_REVIEW) {
            return;
        }
        Map<String, RequirementRows.Mark> marks = rows.marks(application.id());
        for (QualificationRequirement requirement : catalogue.get(application.service()).requirements()) {
            RequirementRows.Mark mark = marks.get(requirement.code());
            if (mark == null) {
                throw new ApplicationRefusal(Kind.WRONG_STATE, "application.requirements.unmarked", label(requirement),
                        requirement.code());
            }
            if (!mark.met()) {
                throw new ApplicationRefusal(Kind.WRONG_STATE, "application.requirements.not-met", label(requirement),
                        requirement.code());
            }
        }
    }

    private ChecklistView view(Application application) {
        Map<String, RequirementRows.Mark> marks = rows.marks(application.id());
        List<ChecklistView.Item> items = catalogue.get(application.service()).requirements().stream().map(r -> {
            RequirementRows.Mark mark = marks.get(r.code());
            return new ChecklistView.Item(r.code(), r.label(), r.ref(), r.registry().orElse(null),
                    mark == null ? null : mark.met(), mark == null ? null : mark.note(),
                    mark == null ? null : mark.checkedBy(), mark == null ? null : mark.checkedAt());
        }).toList();
        return new ChecklistView(application.id(), application.registrationNumber(), application.applicantIin(),
                application.status(), OPEN.contains(application.status()), items, rows.checks(application.id()));
    }

    private void requireOpen(Application application) {
        if (!OPEN.contains(application.status())) {
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.requirements.not-open",
                    new DefaultMessageSourceResolvable(application.status().messageKey()));
        }
    }

    private Application find(long id) {
        return applications.find(id).orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found"));
    }

    private static String label(QualificationRequirement requirement) {
        return requirement.label().in(LocaleContextHolder.getLocale());
    }
}
