package kz.attest.itembank;

import kz.attest.catalogue.CaseStructure;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static kz.attest.itembank.BankFixtures.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Form assembly by the catalogue's blueprints and case structures, on pools made in memory. */
class FormAssemblerTests {

    static final BankPool POOL = BankFixtures.poolFor(3);
    static final FormAssembler ASSEMBLER = new FormAssembler(POOL);

    static Stream<Arguments> testedStages() {
        return CATALOGUE.all().stream().filter(ServiceDefinition::tested)
                .flatMap(s -> s.stages().stream().map(st -> Arguments.of(s.code().value(), st.number())));
    }

    static Optional<String> specialtyOf(ServiceDefinition service) {
        return CATALOGUE.specialtiesFor(service.code()).stream().findFirst().map(s -> s.code());
    }

    @ParameterizedTest(name = "{0} stage {1}")
    @MethodSource("testedStages")
    void everyStageGetsExactlyItsBlueprintAndCaseStructure_000_11_000_39_000_64_000_88(String code, int number) {
        ServiceDefinition service = CATALOGUE.get(code);
        Stage stage = service.stage(number).orElseThrow();
        AssembledForm form = ASSEMBLER.assemble(service.code(), stage, specialtyOf(service), 42L, Set.of());

        Map<UUID, BankPool.PoolItem> byId = POOL.items().stream()
                .collect(Collectors.toMap(BankPool.PoolItem::id, Function.identity()));
        Map<String, Long> perTopic = form.items().stream()
                .collect(Collectors.groupingBy(i -> byId.get(i.itemId()).topic(), Collectors.counting()));
        Map<String, Long> expected = stage.blueprint().map(b -> b.quotas().stream()
                        .collect(Collectors.toMap(TopicQuota::topic, q -> (long) q.count())))
                .orElse(Map.of());
        assertThat(perTopic).isEqualTo(expected);
        assertThat(form.items()).extracting(FormItem::itemId).doesNotHaveDuplicates();
        form.items().forEach(i -> assertThat(i.optionOrder())
                .containsExactlyInAnyOrderElementsOf(range(byId.get(i.itemId()).optionCount())));

        int expectedCases = stage.cases().map(CaseStructure::cases).orElse(0);
        assertThat(form.cases()).hasSize(expectedCases);
        stage.cases().ifPresent(structure -> form.cases().forEach(c ->
                assertThat(c.optionOrders()).hasSize(structure.questionsPerCase())));
        assertThat(form.items().size() + form.cases().stream().mapToInt(c -> c.optionOrders().size()).sum())
                .isEqualTo(stage.questions());
    }

    @Test
    void forensicCasesComeFromTheCandidatesSpecialty_000_43() {
        ServiceDefinition service = CATALOGUE.get("FORENSIC_EXPERT_ATTESTATION");
        Stage stage = service.stage(2).orElseThrow();
        AssembledForm form = ASSEMBLER.assemble(service.code(), stage, Optional.of("HANDWRITING"), 7L, Set.of());
        Set<UUID> handwriting = POOL.cases().stream().filter(c -> c.scope().equals(CaseScope.specialty("HANDWRITING")))
                .map(BankPool.PoolCase::id).collect(Collectors.toSet());
        assertThat(form.cases()).allMatch(c -> handwriting.contains(c.caseId()));
        assertThatThrownBy(() -> ASSEMBLER.assemble(service.code(), stage, Optional.empty(), 7L, Set.of()))
                .hasMessage("itembank.form.specialty-required");
    }

    @Test
    void theSameSeedGivesTheSameForm() {
        ServiceDefinition service = CATALOGUE.get("ADVOCATE_ATTESTATION");
        for (Stage stage : service.stages()) {
            AssembledForm first = ASSEMBLER.assemble(service.code(), stage, Optional.empty(), 20260302L, Set.of());
            AssembledForm again = new FormAssembler(new BankPool(reversed(POOL.items()), reversed(POOL.cases())))
                    .assemble(service.code(), stage, Optional.empty(), 20260302L, Set.of());
            assertThat(again).isEqualTo(first);
            AssembledForm other = ASSEMBLER.assemble(service.code(), stage, Optional.empty(), 20260303L, Set.of());
            assertThat(other).isNotEqualTo(first);
        }
    }

    @Test
    void questionsSeenBeforeAreAvoidedWhileThePoolAllows() {
        ServiceDefinition service = CATALOGUE.get("NOTARY_ATTESTATION");
        Stage stage = service.stage(1).orElseThrow();
        Set<UUID> seen = new HashSet<>();
        // the pool holds three forms' worth of every topic: three forms share nothing
        for (long seed = 1; seed <= 3; seed++) {
            AssembledForm form = ASSEMBLER.assemble(service.code(), stage, Optional.empty(), seed, seen);
            form.items().forEach(i -> assertThat(seen.add(i.itemId())).isTrue());
        }
        // a fourth must repeat, and still meets the blueprint
        AssembledForm fourth = ASSEMBLER.assemble(service.code(), stage, Optional.empty(), 4L, seen);
        assertThat(fourth.items()).hasSize(100);
    }

    @Test
    void optionOrderIsShuffledPerCandidate() {
        ServiceDefinition service = CATALOGUE.get("PATENT_ATTORNEY_ATTESTATION");
        Stage stage = service.stage(1).orElseThrow();
        AssembledForm form = ASSEMBLER.assemble(service.code(), stage, Optional.empty(), 99L, Set.of());
        long unshuffled = form.items().stream().filter(i -> i.optionOrder().equals(range(i.optionOrder().size()))).count();
        assertThat(unshuffled).isLessThan(20); // 1 in 24 stays in order by chance
        assertThat(form.items()).allMatch(i -> i.optionOrder().size() >= 4);
    }

    @Test
    void aShortPoolIsRefusedNamingTheTopicAndCounts() {
        ServiceDefinition service = CATALOGUE.get("BAILIFF_ATTESTATION");
        Stage stage = service.stage(1).orElseThrow();
        List<BankPool.PoolItem> fewer = new ArrayList<>(POOL.items().stream()
                .filter(i -> !i.topic().equals("ENFORCEMENT_LAW")).toList());
        POOL.items().stream().filter(i -> i.topic().equals("ENFORCEMENT_LAW")).limit(44).forEach(fewer::add);
        FormAssembler short44 = new FormAssembler(new BankPool(fewer, POOL.cases()));
        assertThatThrownBy(() -> short44.assemble(service.code(), stage, Optional.empty(), 1L, Set.of()))
                .isInstanceOfSatisfying(ItemBankRefusal.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("itembank.form.shortfall.topic");
                    assertThat(refusal.arguments()).containsExactly("ENFORCEMENT_LAW", 45, 44);
                });
        StageReadiness readiness = short44.readiness(service.code(), stage, List.of());
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.shortfalls()).containsExactly(new Shortfall("TOPIC", "ENFORCEMENT_LAW", 45, 44));
    }

    @ParameterizedTest(name = "{0} stage {1}")
    @MethodSource("testedStages")
    void readinessCountsDisjointForms(String code, int number) {
        ServiceDefinition service = CATALOGUE.get(code);
        Stage stage = service.stage(number).orElseThrow();
        StageReadiness readiness = ASSEMBLER.readiness(service.code(), stage, CATALOGUE.specialtiesFor(service.code()));
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.disjointForms()).isEqualTo(3);
    }

    @Test
    void questionsWithTooFewOptionsForTheStageAreNotDrawn_000_88() {
        ServiceDefinition service = CATALOGUE.get("PATENT_ATTORNEY_ATTESTATION");
        Stage stage = service.stage(1).orElseThrow();
        List<BankPool.PoolItem> threeOptions = POOL.items().stream()
                .map(i -> new BankPool.PoolItem(i.id(), i.version(), i.topic(), 3)).toList();
        StageReadiness readiness = new FormAssembler(new BankPool(threeOptions, List.of()))
                .readiness(service.code(), stage, List.of());
        assertThat(readiness.shortfalls()).hasSize(4).allMatch(s -> s.available() == 0);
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
