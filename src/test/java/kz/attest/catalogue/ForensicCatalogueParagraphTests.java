package kz.attest.catalogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The forensic services' numbers of seed 000 as the bundled catalogue carries them. */
class ForensicCatalogueParagraphTests {

    private static final Catalogue CATALOGUE = Catalogue.bundled();
    private static final Map<String, Integer> FORENSIC_BLUEPRINT = Map.of("CRIMINAL_PROCEDURE_LAW", 20,
            "CIVIL_PROCEDURE_LAW", 20, "CRIMINALISTICS", 20, "ADMINISTRATIVE_LAW", 20, "FORENSIC_ACTIVITY_LAW", 20);

    @ParameterizedTest
    @ValueSource(strings = {"FORENSIC_EXPERT_ATTESTATION", "FORENSIC_MEDICAL_ATTESTATION"})
    void aPassedForensicAttestationIsValidForFiveYears_000_53(String code) {
        Term validity = CATALOGUE.get(code).validity().orElseThrow();
        assertThat(validity.amount()).isEqualTo(5);
        assertThat(validity.unit()).isEqualTo(TermUnit.YEARS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void qualificationIsTestedInTwoStagesWithAHundredQuestionsTwentyPerSubject_000_64(String code) {
        ServiceDefinition service = CATALOGUE.get(code);
        assertThat(service.stages()).extracting(Stage::kind)
                .containsExactly(StageKind.KNOWLEDGE_TEST, StageKind.PRACTICAL_TEST);
        Stage knowledge = service.stage(1).orElseThrow();
        assertThat(knowledge.questions()).isEqualTo(100);
        assertThat(knowledge.blueprint().orElseThrow().quotas().stream()
                .collect(Collectors.toMap(TopicQuota::topic, TopicQuota::count))).isEqualTo(FORENSIC_BLUEPRINT);
        assertThat(service.stage(2).orElseThrow().requiresPreviousStagePassed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FORENSIC_EXPERT_QUALIFICATION", "FORENSIC_MEDICAL_QUALIFICATION"})
    void qualificationTakesNinetyMinutesThenThirtyForTwoCasesOfFiveTasksInTheSpecialty_000_68(String code) {
        ServiceDefinition service = CATALOGUE.get(code);
        Stage knowledge = service.stage(1).orElseThrow();
        Stage practical = service.stage(2).orElseThrow();
        assertThat(knowledge.duration().amount()).isEqualTo(90);
        assertThat(knowledge.duration().unit()).isEqualTo(TermUnit.MINUTES);
        assertThat(practical.duration().amount()).isEqualTo(30);
        assertThat(practical.duration().unit()).isEqualTo(TermUnit.MINUTES);
        CaseStructure cases = practical.cases().orElseThrow();
        assertThat(cases.cases()).isEqualTo(2);
        assertThat(cases.questionsPerCase()).isEqualTo(5);
        assertThat(cases.perSpecialty()).isTrue();
        assertThat(practical.questions()).isEqualTo(cases.totalQuestions());
    }
}
