package kz.attest.application;

import kz.attest.catalogue.DeadlineAnchor;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.catalogue.StageKind;
import kz.attest.catalogue.TermUnit;
import kz.attest.web.Refusal;
import kz.attest.web.RefusalStatuses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static kz.attest.application.ApplicationLifecycleTests.CATALOGUE;
import static kz.attest.application.ApplicationLifecycleTests.almaty;
import static kz.attest.application.ApplicationLifecycleTests.deadlines;
import static kz.attest.application.ApplicationLifecycleTests.submitted;
import static kz.attest.application.ApplicationLifecycleTests.underReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider-processing paragraphs of seed 000 repeated for the Centre of Forensic Expertise (attestation ¶30–¶38,
 * qualification ¶56–¶63) and the Ministry (patent attorneys ¶77–¶85), proved per service over the catalogue, the
 * {@link Application} lifecycle and the statutory calendar of 2026 (Nauryz: 21–25 March off; 7 May and 11 May off).
 */
class ForensicAndPatentDeadlineParagraphTests {

    @ParameterizedTest(name = "{0}: received {1}, registered by {2}")
    @CsvSource({
            "FORENSIC_EXPERT_ATTESTATION, 2026-04-07T10:00, 2026-04-08",    // ¶35: Tuesday in working hours
            "FORENSIC_MEDICAL_ATTESTATION, 2026-03-20T19:00, 2026-03-27",   // ¶35: Friday evening before Nauryz
            "FORENSIC_EXPERT_QUALIFICATION, 2026-04-07T10:00, 2026-04-08",  // ¶60
            "FORENSIC_MEDICAL_QUALIFICATION, 2026-03-22T12:00, 2026-03-27", // ¶60: Sunday during Nauryz
            "PATENT_ATTORNEY_ATTESTATION, 2026-04-07T10:00, 2026-04-08",    // ¶78
            "PATENT_ATTORNEY_ATTESTATION, 2026-05-08T18:45, 2026-05-13"     // ¶78: after hours before 9–11 May
    })
    void registrationWithinOneWorkingDayAfterHoursCountingFromTheNext_000_35_000_60_000_78(ServiceCode service,
                                                                                             String receivedAt,
                                                                                             LocalDate due) {
        Application application = submitted(service, receivedAt);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.pendingStep()).contains(DeadlineStep.REGISTER);
        assertThat(application.pendingDue()).contains(due);

        application.register("N-1", "officer", due.atTime(17, 0).atZone(kz.attest.calendar.WorkingCalendar.ZONE)
                .toInstant(), deadlines(service));
        assertThat(application.status()).isEqualTo(ApplicationStatus.REGISTERED);
        assertThat(application.last().deadlineHad()).isEqualTo(due);
        assertThat(application.last().late()).isFalse();
    }

    @ParameterizedTest(name = "{0}: completeness checked within 2 working days of registration")
    @ValueSource(strings = {"FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION",
            "FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION", "PATENT_ATTORNEY_ATTESTATION"})
    void incompleteDocumentsAreRefusedWithinTwoWorkingDaysOfRegistration_000_36_000_61_000_79(ServiceCode service) {
        Application application = submitted(service, "2026-03-20T10:00");
        application.register("N-2", "officer", almaty("2026-03-20T11:00"), deadlines(service));

        assertThat(application.pendingStep()).contains(DeadlineStep.COMPLETENESS_CHECK);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 3, 27)); // Friday, then Nauryz 21–25

        List<String> missing = List.of(CATALOGUE.get(service).requiredDocuments().getLast());
        application.refuseIncomplete(missing, "officer", almaty("2026-03-27T17:00"), deadlines(service));

        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED_INCOMPLETE);
        assertThat(application.last().note().args()).containsExactly(missing.getFirst());
        assertThat(application.last().deadlineHad()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(application.last().late()).isFalse();
        assertThat(application.pendingDue()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: the service takes 7 working days")
    @ValueSource(strings = {"FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void qualificationIsDecidedWithinTheSevenWorkingDaysOfTheService_000_59(ServiceCode service) {
        Application application = underReview(service, "2026-05-04T10:00");

        // 5, 6, 8, 12, 13, 14, 15 May: 7 May (Defender's Day) and 11 May (Victory Day moved) are off
        assertThat(application.pendingStep()).contains(DeadlineStep.ADMISSION_DECISION);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 5, 15));

        application.admit("cfe-officer", almaty("2026-05-15T16:00"), deadlines(service));
        assertThat(application.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(application.last().deadlineHad()).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(application.last().late()).isFalse();

        Application late = underReview(service, "2026-05-04T10:00");
        late.admit("cfe-officer", almaty("2026-05-18T10:00"), deadlines(service));
        assertThat(late.last().late()).isTrue();
    }

    /**
     * The officer records the end of training on the admitted application; the list for testing is then its pending
     * step, due 10 working days later; a future day is refused, a service without the rule (patent) cannot record it.
     */
    @ParameterizedTest(name = "{0}: list to the operator within 10 working days of the end of training")
    @ValueSource(strings = {"FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void theListForTestingIsDueTenWorkingDaysAfterTraining_000_57(ServiceCode service) {
        DeadlineRule rule = CATALOGUE.get(service).deadline(DeadlineStep.ADMITTED_LIST_TO_OPERATOR).orElseThrow();
        assertThat(rule.anchor()).isEqualTo(DeadlineAnchor.TRAINING_END);
        assertThat(rule.term().amount()).isEqualTo(10);
        assertThat(rule.term().unit()).isEqualTo(TermUnit.WORKING_DAYS);

        Application application = underReview(service, "2026-03-02T10:00");
        application.admit("cfe-officer", almaty("2026-03-03T10:00"), deadlines(service));
        assertThat(application.pendingStep()).isEmpty();

        assertThatThrownBy(() -> application.recordTrainingEnd(LocalDate.of(2026, 3, 18), "cfe-officer",
                almaty("2026-03-17T10:00"), deadlines(service)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.training-end-in-future"));

        // training ends Monday 16 March: 17, 18, 19, 20, 26, 27, 30, 31 March, 1, 2 April
        application.recordTrainingEnd(LocalDate.of(2026, 3, 16), "cfe-officer", almaty("2026-03-17T10:00"),
                deadlines(service));
        assertThat(application.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(application.pendingStep()).contains(DeadlineStep.ADMITTED_LIST_TO_OPERATOR);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 4, 2));
        assertThat(application.overdueOn(LocalDate.of(2026, 4, 3))).isTrue();

        ServiceCode patent = ServiceCode.of("PATENT_ATTORNEY_ATTESTATION");
        Application other = underReview(patent, "2026-03-02T10:00");
        other.admit("ministry-officer", almaty("2026-03-03T10:00"), deadlines(patent));
        assertThatThrownBy(() -> other.recordTrainingEnd(LocalDate.of(2026, 3, 16), "ministry-officer",
                almaty("2026-03-17T10:00"), deadlines(patent)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.CONFLICT));
    }

    /**
     * The form, documents and term; the filing is compared with a known test day at admission: a test on Friday
     * 27 March (after Nauryz) needs the application by Thursday 19 March (26, 20, 19 March counted back), a later
     * filing is refused (409) naming that day; an unknown test day (set by the operator) or a service without the
     * rule checks nothing. The submission itself is proved through the API in
     * {@code ForensicAndPatentSubmissionParagraphTests}.
     */
    @ParameterizedTest(name = "{0}: the application 3 working days before the test")
    @ValueSource(strings = {"FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void theQualificationApplicationIsAppendixSixFiledThreeWorkingDaysBeforeTheTest_000_58(ServiceCode service) {
        ServiceDefinition definition = CATALOGUE.get(service);

        assertThat(definition.applicationForm().orElseThrow().code()).isEqualTo("APP_6");
        assertThat(definition.requiredDocuments())
                .containsExactly("IDENTITY_DOCUMENT", "HIGHER_EDUCATION_DIPLOMA", "QUALIFICATION_TRAINING_CERTIFICATE");
        DeadlineRule rule = definition.deadline(DeadlineStep.APPLICATION_BEFORE_TEST).orElseThrow();
        assertThat(rule.direction()).isEqualTo(DeadlineRule.Direction.BEFORE);
        assertThat(rule.anchor()).isEqualTo(DeadlineAnchor.TEST_DATE);
        assertThat(rule.term().amount()).isEqualTo(3);
        assertThat(rule.term().unit()).isEqualTo(TermUnit.WORKING_DAYS);

        Instant test = almaty("2026-03-27T10:00");
        Application inTime = underReview(service, "2026-03-19T17:00");
        assertThatCode(() -> inTime.checkFiledBeforeTest(test, deadlines(service))).doesNotThrowAnyException();

        Application late = underReview(service, "2026-03-20T09:00");
        assertThatThrownBy(() -> late.checkFiledBeforeTest(test, deadlines(service)))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("application.error.filed-too-late-for-test");
                    assertThat(e.arguments()).containsExactly("2026-03-19", "2026-03-27");
                });
        assertThatCode(() -> late.checkFiledBeforeTest(null, deadlines(service))).doesNotThrowAnyException();

        ServiceCode patent = ServiceCode.of("PATENT_ATTORNEY_ATTESTATION");
        Application noRule = underReview(patent, "2026-03-26T09:00");
        assertThatCode(() -> noRule.checkFiledBeforeTest(test, deadlines(patent))).doesNotThrowAnyException();
    }

    /**
     * After admission the patent application keeps a pending step, the attestation held within 10 working days of
     * registration, so the queue, the SLA view and the overdue job see it; an admission in another service leaves none.
     */
    @ParameterizedTest(name = "registered {0}: attestation held by {1}")
    @CsvSource({
            "2026-03-16T10:00, 2026-04-02", // Nauryz 21–25 March off
            "2026-05-04T10:00, 2026-05-20"  // 7 and 11 May off
    })
    void patentAttestationIsPendingWithinTenWorkingDaysOfRegistrationAfterAdmission_000_85(String registeredAt,
                                                                                          LocalDate due) {
        ServiceCode patent = ServiceCode.of("PATENT_ATTORNEY_ATTESTATION");
        DeadlineRule rule = CATALOGUE.get(patent).deadline(DeadlineStep.ATTESTATION_HELD).orElseThrow();
        assertThat(rule.anchor()).isEqualTo(DeadlineAnchor.REGISTRATION);
        assertThat(rule.term().amount()).isEqualTo(10);

        Application application = underReview(patent, registeredAt);
        application.admit("ministry-officer", almaty(registeredAt).plusSeconds(3600), deadlines(patent));
        // ¶84 first: the admitted list is sent, then the attestation is what the Ministry owes
        assertThat(application.pendingStep()).contains(DeadlineStep.ADMITTED_LIST_TO_OPERATOR);
        assertThat(application.stepTaken(DeadlineStep.ADMITTED_LIST_TO_OPERATOR, "ministry-officer",
                almaty(registeredAt).plusSeconds(5400), kz.attest.web.Phrase.of("application.history.note.list-sent"), deadlines(patent),
                DeadlineStep.ATTESTATION_HELD)).isTrue();

        assertThat(application.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(application.pendingStep()).contains(DeadlineStep.ATTESTATION_HELD);
        assertThat(application.pendingDue()).contains(due);
        assertThat(application.overdueOn(due)).isFalse();
        assertThat(application.overdueOn(due.plusDays(1))).isTrue();

        // the testing side reports the attestation held: the step closes, recording the day it was due
        assertThat(application.stepTaken(DeadlineStep.ADMISSION_NOTICE, "testing", almaty(registeredAt).plusSeconds(7200),
                kz.attest.web.Phrase.verbatim("not pending"), null)).isFalse();
        assertThat(application.stepTaken(DeadlineStep.ATTESTATION_HELD, "testing", almaty(registeredAt).plusSeconds(7200),
                kz.attest.web.Phrase.of("application.history.note.attestation-held"), null)).isTrue();
        assertThat(application.pendingStep()).isEmpty();
        assertThat(application.overdueOn(due.plusDays(30))).isFalse();
        assertThat(application.last().deadlineHad()).isEqualTo(due);
        assertThat(application.status()).isEqualTo(ApplicationStatus.ADMITTED);

        ServiceCode forensic = ServiceCode.of("FORENSIC_EXPERT_ATTESTATION");
        Application other = underReview(forensic, registeredAt);
        other.admit("cfe-officer", almaty(registeredAt).plusSeconds(3600), deadlines(forensic));
        assertThat(other.pendingStep()).isEmpty();
        assertThat(other.pendingDue()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: tested on knowledge and practical skills, certificate or supplement")
    @ValueSource(strings = {"FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void qualificationIsByKnowledgeAndPracticalTestsWithACertificateOrSupplement_000_56(ServiceCode service) {
        ServiceDefinition definition = CATALOGUE.get(service);

        assertThat(definition.kind()).isEqualTo(ServiceKind.QUALIFICATION);
        assertThat(definition.stages()).extracting(kz.attest.catalogue.Stage::kind)
                .containsExactly(StageKind.KNOWLEDGE_TEST, StageKind.PRACTICAL_TEST);
        assertThat(definition.decisionForm().code()).isEqualTo("APP_5");
        assertThat(definition.decisionForm().title().ru())
                .contains("Квалификационное свидетельство", "дополнение к квалификационному свидетельству");

        // a supplement adds specialties to a certificate: a qualification application may name several
        List<ExpertSpecialty> offered = CATALOGUE.specialtiesFor(service);
        Draft draft = readyDraft(service, Set.of(offered.get(0).code(), offered.get(1).code()));
        assertThatCode(() -> draft.checkReadyToSign(definition, offered)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}: one expert specialty per attestation")
    @ValueSource(strings = {"FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION"})
    void aForensicAttestationIsForOneExpertSpecialtyAtATime_000_32(ServiceCode service) {
        ServiceDefinition definition = CATALOGUE.get(service);
        List<ExpertSpecialty> offered = CATALOGUE.specialtiesFor(service);
        assertThat(offered).hasSizeGreaterThan(1);

        Draft two = readyDraft(service, Set.of(offered.get(0).code(), offered.get(1).code()));
        assertThatThrownBy(() -> two.checkReadyToSign(definition, offered))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.messageKey()).isEqualTo("application.error.one-specialty");
                });

        Draft none = readyDraft(service, Set.of());
        assertThatThrownBy(() -> none.checkReadyToSign(definition, offered))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.specialty-required"));

        Draft one = readyDraft(service, Set.of(offered.get(0).code()));
        assertThatCode(() -> one.checkReadyToSign(definition, offered)).doesNotThrowAnyException();
    }

    /** A draft with every declaration, the consent and every required document, naming {@code specialties}. */
    private static Draft readyDraft(ServiceCode service, Set<String> specialties) {
        ServiceDefinition definition = CATALOGUE.get(service);
        Instant now = almaty("2026-04-06T10:00");
        Draft draft = Draft.start(1L, "900315300123", service, "cfe", now);
        draft.fill(specialties, EnumSet.allOf(Declaration.class), true, CATALOGUE.specialtiesFor(service), now);
        for (String type : definition.requiredDocuments()) {
            draft.attach(type, type + ".pdf", "application/pdf", 10, "0".repeat(64), definition, now);
        }
        return draft;
    }
}
