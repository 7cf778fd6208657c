package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static kz.attest.catalogue.DeadlineAnchor.*;
import static kz.attest.catalogue.DeadlineStep.*;
import static kz.attest.catalogue.TermUnit.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The shipped catalogue holds the ten services and every number of services.md. */
class BundledCatalogueTests {

    private static final Catalogue catalogue = Catalogue.bundled();

    private static ServiceDefinition service(String code) {
        return catalogue.get(ServiceCode.of(code));
    }

    private static Map<String, Integer> blueprint(String code) {
        return service(code).stage(1).orElseThrow().blueprint().orElseThrow().asMap();
    }

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void holdsExactlyTheTenServices_000_1() {
        assertThat(catalogue.all()).extracting(s -> s.code().value()).containsExactly(
                "ADVOCATE_ATTESTATION", "NOTARY_ATTESTATION", "BAILIFF_ATTESTATION",
                "FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION", "PATENT_ATTORNEY_ATTESTATION",
                "FORENSIC_MEDICAL_QUALIFICATION", "FORENSIC_EXPERT_QUALIFICATION",
                "FORENSIC_ACTIVITY_LICENSE", "BAILIFF_LICENSE");
    }

    @Test
    void advocateBlueprintMatches_000_11() {
        assertThat(blueprint("ADVOCATE_ATTESTATION")).containsExactlyEntriesOf(counts(
                "CIVIL_CODE", 15, "CIVIL_PROCEDURE_CODE", 15, "CRIMINAL_CODE", 15, "CRIMINAL_PROCEDURE_CODE", 15,
                "ADMINISTRATIVE_OFFENCES_CODE", 15, "ADMINISTRATIVE_PROCEDURE_CODE", 5, "ANTI_CORRUPTION_LAW", 5,
                "AML_CFT_LAW", 5, "ADVOCACY_LAW", 10));
    }

    @Test
    void notaryBlueprintMatches_000_11() {
        assertThat(blueprint("NOTARY_ATTESTATION")).containsExactlyEntriesOf(counts(
                "CIVIL_CODE", 15, "LAND_CODE", 15, "MARRIAGE_FAMILY_CODE", 15, "ADMINISTRATIVE_PROCEDURE_CODE", 5,
                "ANTI_CORRUPTION_LAW", 5, "AML_CFT_LAW", 5, "REAL_ESTATE_REGISTRATION_LAW", 10, "HOUSING_LAW", 15,
                "NOTARIAT_LAW", 15));
    }

    @Test
    void bailiffBlueprintMatches_000_11() {
        assertThat(blueprint("BAILIFF_ATTESTATION")).containsExactlyEntriesOf(counts(
                "ENFORCEMENT_LAW", 45, "CIVIL_CODE", 10, "CIVIL_PROCEDURE_CODE", 10, "CRIMINAL_CODE", 5,
                "CRIMINAL_PROCEDURE_CODE", 5, "ADMINISTRATIVE_OFFENCES_CODE", 5, "ADMINISTRATIVE_PROCEDURE_CODE", 15,
                "MARRIAGE_FAMILY_CODE", 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION",
            "FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void forensicBlueprintMatches_000_39_000_64(String code) {
        assertThat(blueprint(code)).containsExactlyEntriesOf(counts(
                "CRIMINAL_PROCEDURE_LAW", 20, "CIVIL_PROCEDURE_LAW", 20, "CRIMINALISTICS", 20,
                "ADMINISTRATIVE_LAW", 20, "FORENSIC_ACTIVITY_LAW", 20));
    }

    @Test
    void patentBlueprintMatchesWithFourOptionsAndASingleStage_000_86_000_88() {
        ServiceDefinition patent = service("PATENT_ATTORNEY_ATTESTATION");
        assertThat(blueprint("PATENT_ATTORNEY_ATTESTATION")).containsExactlyEntriesOf(counts(
                "INVENTIONS_UTILITY_MODELS", 25, "INDUSTRIAL_DESIGNS", 25, "SELECTION_ACHIEVEMENTS", 25,
                "TRADEMARKS_APPELLATIONS", 25));
        assertThat(patent.stages()).hasSize(1);
        assertThat(patent.stage(1).orElseThrow().minAnswerOptions()).isEqualTo(4);
    }

    @Test
    void theCivilCodeTopicIsSharedByAdvocatesNotariesAndBailiffs() {
        assertThat(blueprint("ADVOCATE_ATTESTATION")).containsKey("CIVIL_CODE");
        assertThat(blueprint("NOTARY_ATTESTATION")).containsKey("CIVIL_CODE");
        assertThat(blueprint("BAILIFF_ATTESTATION")).containsKey("CIVIL_CODE");
        assertThat(catalogue.topic("CIVIL_CODE").name().ru()).isEqualTo("Гражданский кодекс Республики Казахстан");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADVOCATE_ATTESTATION", "NOTARY_ATTESTATION", "BAILIFF_ATTESTATION",
            "FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION", "PATENT_ATTORNEY_ATTESTATION",
            "FORENSIC_MEDICAL_QUALIFICATION", "FORENSIC_EXPERT_QUALIFICATION"})
    void knowledgeTestIsHundredQuestionsInNinetyMinutesWithThreeOptionsAtLeast_000_13_000_21(String code) {
        Stage stage = service(code).stage(1).orElseThrow();
        assertThat(stage.kind()).isEqualTo(StageKind.KNOWLEDGE_TEST);
        assertThat(stage.questions()).isEqualTo(100);
        assertThat(stage.duration().amount()).isEqualTo(90);
        assertThat(stage.duration().unit()).isEqualTo(MINUTES);
        assertThat(stage.passThreshold()).isEqualTo(70);
        assertThat(stage.minAnswerOptions()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({
            "ADVOCATE_ATTESTATION, 3, 12, false, 65",
            "NOTARY_ATTESTATION, 3, 12, false, 65",
            "BAILIFF_ATTESTATION, 3, 12, false, 65",
            "FORENSIC_EXPERT_ATTESTATION, 2, 5, true, 70",
            "FORENSIC_MEDICAL_ATTESTATION, 2, 5, true, 70",
            "FORENSIC_EXPERT_QUALIFICATION, 2, 5, true, 70",
            "FORENSIC_MEDICAL_QUALIFICATION, 2, 5, true, 70"})
    void practicalTestIsThirtyMinutesOfCasesAfterAPassedStageOne_000_21_000_22_000_43_000_46_000_68_000_71(
            String code, int cases, int perCase, boolean perSpecialty, int threshold) {
        Stage stage = service(code).stage(2).orElseThrow();
        assertThat(stage.kind()).isEqualTo(StageKind.PRACTICAL_TEST);
        assertThat(stage.duration().amount()).isEqualTo(30);
        assertThat(stage.duration().unit()).isEqualTo(MINUTES);
        assertThat(stage.cases().orElseThrow()).isEqualTo(new CaseStructure(cases, perCase, perSpecialty));
        assertThat(stage.questions()).isEqualTo(cases * perCase);
        assertThat(stage.passThreshold()).isEqualTo(threshold);
        assertThat(stage.requiresPreviousStagePassed()).isTrue();
    }

    @Test
    void failedLegalProfessionsRetakeAfterThirtyCalendarDays_000_23() {
        RetakeRules retake = service("ADVOCATE_ATTESTATION").retake().orElseThrow();
        assertThat(retake.earliest().amount()).isEqualTo(30);
        assertThat(retake.earliest().unit()).isEqualTo(CALENDAR_DAYS);
        assertThat(retake.latest()).isEmpty();
        assertThat(retake.maxRepeats()).isEmpty();
        assertThat(retake.earliestRetake(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void forensicRetakeIsOneRepeatInOneToThreeMonthsWithStageOneCredited_000_49_000_51() {
        RetakeRules retake = service("FORENSIC_EXPERT_ATTESTATION").retake().orElseThrow();
        assertThat(retake.earliest()).extracting(Term::amount, Term::unit).containsExactly(1, MONTHS);
        assertThat(retake.latest().orElseThrow()).extracting(Term::amount, Term::unit).containsExactly(3, MONTHS);
        assertThat(retake.maxRepeats()).contains(1);
        assertThat(retake.passedKnowledgeStageCredited()).isTrue();
        assertThat(retake.allowsAnotherRepeat(0)).isTrue();
        assertThat(retake.allowsAnotherRepeat(1)).isFalse();
    }

    @Test
    void qualificationRetakeIsThreeToSixMonthsAfterTraining_000_74() {
        RetakeRules retake = service("FORENSIC_EXPERT_QUALIFICATION").retake().orElseThrow();
        assertThat(retake.earliest()).extracting(Term::amount, Term::unit).containsExactly(3, MONTHS);
        assertThat(retake.latest().orElseThrow()).extracting(Term::amount, Term::unit).containsExactly(6, MONTHS);
        assertThat(retake.additionalTrainingRequired()).isTrue();
        assertThat(retake.passedKnowledgeStageCredited()).isFalse();
    }

    @Test
    void patentRetakeAfterThirtyCalendarDays_000_97() {
        RetakeRules retake = service("PATENT_ATTORNEY_ATTESTATION").retake().orElseThrow();
        assertThat(retake.earliest()).extracting(Term::amount, Term::unit).containsExactly(30, CALENDAR_DAYS);
    }

    @ParameterizedTest
    @CsvSource({"ADVOCATE_ATTESTATION, 000 ¶19", "FORENSIC_EXPERT_ATTESTATION, 000 ¶44",
            "FORENSIC_EXPERT_QUALIFICATION, 000 ¶69", "PATENT_ATTORNEY_ATTESTATION, 000 ¶92"})
    void banAfterAnActOfViolationIsThreeMonths_000_19_000_44_000_69_000_92(String code, String ref) {
        Term ban = service(code).banAfterViolation().orElseThrow();
        assertThat(ban).extracting(Term::amount, Term::unit).containsExactly(3, MONTHS);
        assertThat(ban.ref()).hasToString(ref);
    }

    @Test
    void decisionValidityIsThreeYearsForLegalProfessionsAndFiveForForensicExperts_000_29_000_53() {
        assertThat(service("NOTARY_ATTESTATION").validity().orElseThrow())
                .extracting(Term::amount, Term::unit).containsExactly(3, YEARS);
        assertThat(service("FORENSIC_MEDICAL_ATTESTATION").validity().orElseThrow())
                .extracting(Term::amount, Term::unit).containsExactly(5, YEARS);
        assertThat(service("FORENSIC_EXPERT_QUALIFICATION").validity()).isEmpty();
    }

    @Test
    void noShowRequestWindowIsFiveWorkingDaysAndCountsAsFailureOnlyForPatentAttorneys_000_27_000_98() {
        for (ServiceDefinition service : catalogue.all()) {
            service.noShow().ifPresent(noShow -> {
                assertThat(noShow.validReasonWindow()).extracting(Term::amount, Term::unit).containsExactly(5, WORKING_DAYS);
                assertThat(noShow.countsAsFailure())
                        .as(service.code().value())
                        .isEqualTo(service.code().value().equals("PATENT_ATTORNEY_ATTESTATION"));
            });
        }
    }

    @Test
    void forensicAndPatentResultsArePrintedInTwoCopies_000_48_000_96() {
        assertThat(catalogue.all()).filteredOn(ServiceDefinition::resultsPrintedInTwoCopies)
                .extracting(s -> s.code().value())
                .containsExactlyInAnyOrder("FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION",
                        "PATENT_ATTORNEY_ATTESTATION");
    }

    @ParameterizedTest
    @CsvSource({
            "REGISTER, 1, WORKING_DAYS, RECEIPT, AFTER, 000 ¶4",
            "COMPLETENESS_CHECK, 2, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶5",
            "ADMISSION_DECISION, 5, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶6",
            "PRELIMINARY_REFUSAL_NOTICE, 3, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶7",
            "OBJECTION_WINDOW, 2, WORKING_DAYS, PRELIMINARY_REFUSAL_NOTICE, AFTER, 000 ¶7",
            "REFUSAL_DECISION, 10, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶7",
            "ADMISSION_NOTICE, 1, WORKING_DAYS, ADMISSION_DECISION, AFTER, 000 ¶8",
            "ADMITTED_LIST_TO_OPERATOR, 1, WORKING_DAYS, ADMISSION_DECISION, AFTER, 000 ¶9",
            "RESULTS_FROM_OPERATOR, 1, WORKING_DAYS, LAST_STAGE_FINISHED, AFTER, 000 ¶24"})
    void legalProfessionDeadlines_000_4_000_5_000_6_000_7_000_8_000_9_000_24(DeadlineStep step, int amount, TermUnit unit, DeadlineAnchor anchor,
                                              DeadlineRule.Direction direction, String ref) {
        for (String code : new String[]{"ADVOCATE_ATTESTATION", "NOTARY_ATTESTATION", "BAILIFF_ATTESTATION"}) {
            assertDeadline(code, step, amount, unit, anchor, direction, ref);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "FORENSIC_EXPERT_ATTESTATION, REGISTER, 1, WORKING_DAYS, RECEIPT, AFTER, 000 ¶35",
            "FORENSIC_EXPERT_ATTESTATION, COMPLETENESS_CHECK, 2, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶36",
            "FORENSIC_EXPERT_ATTESTATION, ADMISSION_DECISION, 7, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶34",
            "FORENSIC_EXPERT_ATTESTATION, HEARING_NOTICE, 3, WORKING_DAYS, SERVICE_TERM_END, BEFORE, 000 ¶37",
            "FORENSIC_EXPERT_ATTESTATION, HEARING, 2, WORKING_DAYS, HEARING_NOTICE, AFTER, 000 ¶37",
            "FORENSIC_EXPERT_ATTESTATION, ADMITTED_LIST_TO_OPERATOR, 30, CALENDAR_DAYS, ATTESTATION_START, BEFORE, 000 ¶30",
            "FORENSIC_EXPERT_ATTESTATION, DECISION_AFTER_RESULTS, 1, WORKING_DAYS, RESULTS_RECEIVED, AFTER, 000 ¶52",
            "FORENSIC_MEDICAL_QUALIFICATION, ADMISSION_DECISION, 7, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶59",
            "FORENSIC_MEDICAL_QUALIFICATION, ADMITTED_LIST_TO_OPERATOR, 10, WORKING_DAYS, TRAINING_END, AFTER, 000 ¶57",
            "FORENSIC_MEDICAL_QUALIFICATION, APPLICATION_BEFORE_TEST, 3, WORKING_DAYS, TEST_DATE, BEFORE, 000 ¶58",
            "FORENSIC_MEDICAL_QUALIFICATION, DECISION_AFTER_RESULTS, 1, WORKING_DAYS, RESULTS_RECEIVED, AFTER, 000 ¶73",
            "PATENT_ATTORNEY_ATTESTATION, REGISTER, 1, WORKING_DAYS, RECEIPT, AFTER, 000 ¶78",
            "PATENT_ATTORNEY_ATTESTATION, COMPLETENESS_CHECK, 2, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶79",
            "PATENT_ATTORNEY_ATTESTATION, OBJECTION_WINDOW, 2, WORKING_DAYS, PRELIMINARY_REFUSAL_NOTICE, AFTER, 000 ¶81",
            "PATENT_ATTORNEY_ATTESTATION, REFUSAL_DECISION, 7, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶82",
            "PATENT_ATTORNEY_ATTESTATION, ADMISSION_NOTICE, 1, WORKING_DAYS, ADMISSION_DECISION, AFTER, 000 ¶83",
            "PATENT_ATTORNEY_ATTESTATION, ADMITTED_LIST_TO_OPERATOR, 1, WORKING_DAYS, ADMISSION_DECISION, AFTER, 000 ¶84",
            "PATENT_ATTORNEY_ATTESTATION, ATTESTATION_HELD, 10, WORKING_DAYS, REGISTRATION, AFTER, 000 ¶85",
            "PATENT_ATTORNEY_ATTESTATION, DECISION_AFTER_RESULTS, 1, WORKING_DAYS, RESULTS_RECEIVED, AFTER, 000 ¶96"})
    void forensicAndPatentDeadlines_000_30_000_34_000_35_000_36_000_37_000_52_000_57_000_58_000_59_000_73_000_78_000_79_000_81_000_82_000_83_000_84_000_85_000_96(String code, DeadlineStep step, int amount, TermUnit unit,
                                                 DeadlineAnchor anchor, DeadlineRule.Direction direction, String ref) {
        assertDeadline(code, step, amount, unit, anchor, direction, ref);
    }

    @ParameterizedTest
    @CsvSource({
            "FORENSIC_ACTIVITY_LICENSE, REGISTER, ISSUE, 0, WORKING_DAYS",
            "FORENSIC_ACTIVITY_LICENSE, ASSIGN_OFFICER, ISSUE, 1, WORKING_DAYS",
            "FORENSIC_ACTIVITY_LICENSE, QUALIFICATION_CHECK, ISSUE, 4, WORKING_DAYS",
            "FORENSIC_ACTIVITY_LICENSE, QUALIFICATION_CHECK, REISSUE, 2, WORKING_DAYS",
            "FORENSIC_ACTIVITY_LICENSE, LICENCE_SIGNING, REISSUE, 1, WORKING_DAYS",
            "BAILIFF_LICENSE, REGISTER, ISSUE, 30, MINUTES",
            "BAILIFF_LICENSE, ASSIGN_OFFICER, REISSUE, 30, MINUTES",
            "BAILIFF_LICENSE, COMPLETENESS_CHECK, ISSUE, 2, WORKING_DAYS",
            "BAILIFF_LICENSE, LICENCE_PREPARATION, ISSUE, 15, WORKING_DAYS",
            "BAILIFF_LICENSE, LICENCE_PREPARATION, REISSUE, 3, WORKING_DAYS",
            "BAILIFF_LICENSE, LICENCE_APPROVAL, ISSUE, 1, WORKING_DAYS",
            "BAILIFF_LICENSE, LICENCE_SIGNING, ISSUE, 1, WORKING_DAYS"})
    void licenceStepDurations_003_6_004_7(String code, DeadlineStep step, DeadlineRule.Variant variant,
                                                        int amount, TermUnit unit) {
        DeadlineRule rule = service(code).deadline(step, variant).orElseThrow();
        assertThat(rule.term()).extracting(Term::amount, Term::unit).containsExactly(amount, unit);
    }

    @Test
    void bailiffLicenceRequiresBailiffAttestationAndLicencesArePaid() {
        ServiceDefinition licence = service("BAILIFF_LICENSE");
        assertThat(licence.prerequisite()).contains(ServiceCode.of("BAILIFF_ATTESTATION"));
        assertThat(licence.paymentRequired()).isTrue();
        assertThat(licence.tested()).isFalse();
        assertThat(service("FORENSIC_ACTIVITY_LICENSE").paymentRequired()).isTrue();
        assertThat(service("ADVOCATE_ATTESTATION").paymentRequired()).isFalse();
        assertThat(service("BAILIFF_LICENSE").deadline(REGISTER).orElseThrow().term().asDuration())
                .hasMinutes(30);
    }

    @ParameterizedTest
    @CsvSource({"ADVOCATE_ATTESTATION, JUSTICE_DEPARTMENT", "FORENSIC_EXPERT_ATTESTATION, FORENSIC_CENTRE",
            "FORENSIC_MEDICAL_QUALIFICATION, FORENSIC_CENTRE", "PATENT_ATTORNEY_ATTESTATION, MINISTRY",
            "BAILIFF_LICENSE, MINISTRY"})
    void providerKindFollowsTheCodesTable(String code, ProviderKind provider) {
        assertThat(service(code).provider()).isEqualTo(provider);
    }

    @Test
    void forensicAttestationsCarryTheCommissionInterviewSwitchedOff_001_10_002_5() {
        InterviewRules interview = service("FORENSIC_EXPERT_ATTESTATION").interview().orElseThrow();
        assertThat(interview.enabled()).isFalse();
        assertThat(interview.maxQuestionsPerSpecialty()).isEqualTo(3);
        assertThat(interview.duration()).extracting(Term::amount, Term::unit).containsExactly(20, MINUTES);
        assertThat(service("ADVOCATE_ATTESTATION").interviewHeld()).isFalse();
    }

    @Test
    void atLeastTenForensicSpecialtiesSplitBetweenTheTwoFamilies() {
        assertThat(catalogue.specialties()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(catalogue.specialtiesFor(ServiceCode.of("FORENSIC_EXPERT_ATTESTATION")))
                .isNotEmpty().allMatch(s -> s.group() == SpecialtyGroup.FORENSIC);
        assertThat(catalogue.specialtiesFor(ServiceCode.of("FORENSIC_MEDICAL_QUALIFICATION")))
                .extracting(ExpertSpecialty::code).contains("PSYCHIATRIC", "NARCOLOGICAL");
        assertThat(catalogue.specialtiesFor(ServiceCode.of("ADVOCATE_ATTESTATION"))).isEmpty();
    }

    @Test
    void formsFollowTheAppendices_000_25_000_52_000_73() {
        assertThat(service("ADVOCATE_ATTESTATION").decisionForm().code()).isEqualTo("APP_1");
        assertThat(service("NOTARY_ATTESTATION").decisionForm().code()).isEqualTo("APP_2");
        assertThat(service("BAILIFF_ATTESTATION").decisionForm().code()).isEqualTo("APP_3");
        assertThat(service("FORENSIC_EXPERT_ATTESTATION").decisionForm().code()).isEqualTo("APP_4");
        assertThat(service("FORENSIC_EXPERT_QUALIFICATION").decisionForm().code()).isEqualTo("APP_5");
        assertThat(service("FORENSIC_EXPERT_QUALIFICATION").applicationForm().orElseThrow().code()).isEqualTo("APP_6");
        assertThat(service("ADVOCATE_ATTESTATION").applicationForm().orElseThrow().code()).isEqualTo("APP_7");
    }

    private static void assertDeadline(String code, DeadlineStep step, int amount, TermUnit unit, DeadlineAnchor anchor,
                                       DeadlineRule.Direction direction, String ref) {
        DeadlineRule rule = service(code).deadline(step).orElseThrow(() -> new AssertionError(code + " has no " + step));
        assertThat(rule.term()).as(code + " " + step)
                .extracting(Term::amount, Term::unit, t -> t.ref().toString())
                .containsExactly(amount, unit, ref);
        assertThat(rule.anchor()).as(code + " " + step).isEqualTo(anchor);
        assertThat(rule.direction()).as(code + " " + step).isEqualTo(direction);
    }
}
