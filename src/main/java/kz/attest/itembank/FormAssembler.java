package kz.attest.itembank;

import kz.attest.catalogue.Blueprint;
import kz.attest.catalogue.CaseStructure;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;
import kz.attest.web.Refusal.Kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Draws a candidate's form from a pool, fed only by data: exactly the blueprint's count per topic (¶11(1), ¶39(1),
 * ¶64(1), ¶88), the stage's case structure from the candidate's service or expert specialty (¶11(2), ¶43, ¶68),
 * questions the candidate has not seen before while the pool allows, and a shuffled option order per question
 * (keeping the options the author fixed: {@link OptionLayout}).
 * The same pool and seed always give the same form ({@link Random} is specified to the bit).
 */
final class FormAssembler {

    private final Map<String, List<BankPool.PoolItem>> itemsByTopic = new HashMap<>();
    private final Map<CaseScope, List<BankPool.PoolCase>> casesByScope = new HashMap<>();

    FormAssembler(BankPool pool) {
        Comparator<BankPool.PoolItem> byItemId = Comparator.comparing(BankPool.PoolItem::id);
        for (BankPool.PoolItem item : pool.items()) {
            itemsByTopic.computeIfAbsent(item.topic(), t -> new ArrayList<>()).add(item);
        }
        itemsByTopic.values().forEach(list -> list.sort(byItemId));
        for (BankPool.PoolCase c : pool.cases()) {
            casesByScope.computeIfAbsent(c.scope(), s -> new ArrayList<>()).add(c);
        }
        casesByScope.values().forEach(list -> list.sort(Comparator.comparing(BankPool.PoolCase::id)));
    }

    /**
     * The form for one candidate's stage.
     *
     * @param specialty the candidate's expert specialty, required when the stage draws cases per specialty
     * @param seen      questions and cases the candidate was shown before
     */
    AssembledForm assemble(ServiceCode service, Stage stage, Optional<String> specialty, long seed, Set<UUID> seen) {
        Random random = new Random(seed);
        List<FormItem> items = new ArrayList<>();
        for (TopicQuota quota : stage.blueprint().map(Blueprint::quotas).orElse(List.of())) {
            List<BankPool.PoolItem> usable = usableItems(quota.topic(), stage);
            int count = quota.count();
            if (usable.size() < count) {
                throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.form.shortfall.topic", quota.topic(), count, usable.size());
            }
            for (BankPool.PoolItem item : draw(usable, count, seen, BankPool.PoolItem::id, random)) {
                items.add(new FormItem(item.id(), item.version(), item.layout().order(item.optionCount(), random)));
            }
        }
        List<FormCase> cases = new ArrayList<>();
        Optional<CaseStructure> structure = stage.cases();
        if (structure.isPresent()) {
            CaseScope scope = scopeOf(service, structure.get(), specialty);
            List<BankPool.PoolCase> usable = usableCases(scope, stage, structure.get());
            if (usable.size() < structure.get().cases()) {
                throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.form.shortfall." + scope.kind().name().toLowerCase(),
                        scope.code(), structure.get().cases(), usable.size());
            }
            for (BankPool.PoolCase c : draw(usable, structure.get().cases(), seen, BankPool.PoolCase::id, random)) {
                List<List<Integer>> orders = new ArrayList<>();
                for (int q = 0; q < c.optionCounts().size(); q++) {
                    orders.add(c.layouts().get(q).order(c.optionCounts().get(q), random));
                }
                cases.add(new FormCase(c.id(), c.version(), orders));
            }
        }
        return new AssembledForm(seed, items, cases);
    }

    /**
     * Whether the pool can fill the stage and how many forms with no question or case in common it could fill; for
     * a stage with cases per specialty, every specialty in {@code specialties} is checked.
     */
    StageReadiness readiness(ServiceCode service, Stage stage, Collection<ExpertSpecialty> specialties) {
        List<Shortfall> shortfalls = new ArrayList<>();
        int forms = Integer.MAX_VALUE;
        for (TopicQuota quota : stage.blueprint().map(Blueprint::quotas).orElse(List.of())) {
            int available = usableItems(quota.topic(), stage).size();
            forms = Math.min(forms, available / quota.count());
            if (available < quota.count()) {
                shortfalls.add(new Shortfall("TOPIC", quota.topic(), quota.count(), available));
            }
        }
        if (stage.cases().isPresent()) {
            CaseStructure structure = stage.cases().get();
            List<CaseScope> scopes = structure.perSpecialty()
                    ? specialties.stream().map(s -> CaseScope.specialty(s.code())).toList()
                    : List.of(CaseScope.service(service.value()));
            for (CaseScope scope : scopes) {
                int available = usableCases(scope, stage, structure).size();
                forms = Math.min(forms, available / structure.cases());
                if (available < structure.cases()) {
                    shortfalls.add(new Shortfall(scope.kind().name(), scope.code(), structure.cases(), available));
                }
            }
        }
        return new StageReadiness(service, stage.number(), forms == Integer.MAX_VALUE ? 0 : forms, shortfalls);
    }

    private List<BankPool.PoolItem> usableItems(String topic, Stage stage) {
        return itemsByTopic.getOrDefault(topic, List.of()).stream()
                .filter(i -> i.optionCount() >= stage.minAnswerOptions())
                .toList();
    }

    private List<BankPool.PoolCase> usableCases(CaseScope scope, Stage stage, CaseStructure structure) {
        return casesByScope.getOrDefault(scope, List.of()).stream()
                .filter(c -> c.optionCounts().size() == structure.questionsPerCase())
                .filter(c -> c.optionCounts().stream().allMatch(n -> n >= stage.minAnswerOptions()))
                .toList();
    }

    private static CaseScope scopeOf(ServiceCode service, CaseStructure structure, Optional<String> specialty) {
        if (!structure.perSpecialty()) {
            return CaseScope.service(service.value());
        }
        // ¶32: one expert specialty per attestation; its cases are the candidate's
        return CaseScope.specialty(specialty.filter(s -> !s.isBlank())
                .orElseThrow(() -> new ItemBankRefusal(Kind.BAD_INPUT, "itembank.form.specialty-required")));
    }

    /** Draws {@code count} entries: unseen ones first, seen ones only when the unseen run out. */
    private static <T> List<T> draw(List<T> pool, int count, Set<UUID> seen,
                                    java.util.function.Function<T, UUID> id, Random random) {
        List<T> fresh = new ArrayList<>();
        List<T> stale = new ArrayList<>();
        for (T entry : pool) {
            (seen.contains(id.apply(entry)) ? stale : fresh).add(entry);
        }
        List<T> chosen = pick(fresh, Math.min(count, fresh.size()), random);
        if (chosen.size() < count) {
            chosen.addAll(pick(stale, count - chosen.size(), random));
        }
        return chosen;
    }

    /** A partial Fisher–Yates shuffle: {@code count} distinct entries, uniformly, in drawn order. */
    private static <T> List<T> pick(List<T> from, int count, Random random) {
        List<T> copy = new ArrayList<>(from);
        for (int i = 0; i < count; i++) {
            java.util.Collections.swap(copy, i, i + random.nextInt(copy.size() - i));
        }
        return new ArrayList<>(copy.subList(0, count));
    }
}
