package kz.attest.itembank;

import kz.attest.DemoData;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.CaseStructure;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.LocalizedText;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demonstration content, made once on the first start when demonstration data is on: approved questions and cases
 * for {@value #LIVE_FORMS} forms without overlap of every stage of every tested service, and one form's worth of a
 * practice pool for trial tests (¶28). Every text starts with {@code [DEMO]}; ids and keys are deterministic.
 */
@Order(0)   // before the demonstration story (kz.attest.demo), which uses it
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemonstrationBank implements DemoData {

    static final int LIVE_FORMS = 3;
    static final int PRACTICE_FORMS = 1;
    static final String AUTHOR = "demo-author";
    static final String REVIEWER = "demo-reviewer";

    private static final Logger log = LoggerFactory.getLogger(DemonstrationBank.class);

    /** Plausible answers of statutory questions, Kazakh and Russian. */
    private static final List<BankText> ANSWERS = List.of(
            new BankText("үш жұмыс күні ішінде", "в течение трёх рабочих дней"),
            new BankText("он күнтізбелік күн ішінде", "в течение десяти календарных дней"),
            new BankText("бір ай ішінде", "в течение одного месяца"),
            new BankText("сот шешімі бойынша ғана", "только по решению суда"),
            new BankText("уәкілетті органның келісімімен", "с согласия уполномоченного органа"),
            new BankText("тараптардың келісімі бойынша", "по соглашению сторон"),
            new BankText("нотариаттық куәландырусыз", "без нотариального удостоверения"),
            new BankText("тек жазбаша нысанда", "только в письменной форме"),
            new BankText("заңда көзделген жағдайларда ғана", "только в случаях, предусмотренных законом"),
            new BankText("прокурордың санкциясымен", "с санкции прокурора"));

    private final BankRows store;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    @Transactional
    @Override
    public void load() {
        if (store.hasDemonstrationContent()) {
            return;
        }
        long started = System.nanoTime();
        List<Item> items = items();
        List<BankCase> cases = cases();
        store.insertItems(items, clock.instant());
        store.insertCases(cases, clock.instant());
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record("itembank.demo-generated", "ItemBank", "demonstration",
                items.size() + " questions, " + cases.size() + " cases");
        log.info("Demonstration question bank: {} questions and {} cases made in {} ms", items.size(), cases.size(), millis);
    }

    List<Item> items() {
        Map<String, Integer> perForm = new LinkedHashMap<>();
        Map<String, Integer> options = new LinkedHashMap<>();
        for (ServiceDefinition service : catalogue.all()) {
            for (Stage stage : service.stages()) {
                for (TopicQuota quota : stage.blueprint().map(b -> b.quotas()).orElse(List.of())) {
                    perForm.merge(quota.topic(), quota.count(), Math::max);
                    options.merge(quota.topic(), stage.minAnswerOptions(), Math::max);
                }
            }
        }
        List<Item> items = new ArrayList<>();
        perForm.forEach((topic, count) -> {
            LocalizedText name = catalogue.topic(topic).name();
            for (int n = 1; n <= count * (LIVE_FORMS + PRACTICE_FORMS); n++) {
                boolean practice = n > count * LIVE_FORMS;
                UUID id = id("item:" + topic + ":" + n);
                items.add(new Item(id, topic, practice, true, approved(),
                        question(practice, name.kk() + " — сұрақ " + n, name.ru() + " — вопрос " + n,
                                options.get(topic), n)));
            }
        });
        return items;
    }

    List<BankCase> cases() {
        Map<CaseScope, CaseStructure> structures = new LinkedHashMap<>();
        Map<CaseScope, Integer> options = new LinkedHashMap<>();
        Map<CaseScope, LocalizedText> names = new LinkedHashMap<>();
        for (ServiceDefinition service : catalogue.all()) {
            for (Stage stage : service.stages()) {
                if (stage.cases().isEmpty()) {
                    continue;
                }
                CaseStructure structure = stage.cases().get();
                if (structure.perSpecialty()) {
                    catalogue.specialtiesFor(service.code()).forEach(s -> {
                        CaseScope scope = CaseScope.specialty(s.code());
                        structures.merge(scope, structure, (a, b) -> a.cases() >= b.cases() ? a : b);
                        options.merge(scope, stage.minAnswerOptions(), Math::max);
                        names.put(scope, s.name());
                    });
                } else {
                    CaseScope scope = CaseScope.service(service.code().value());
                    structures.put(scope, structure);
                    options.put(scope, stage.minAnswerOptions());
                    names.put(scope, service.name());
                }
            }
        }
        List<BankCase> cases = new ArrayList<>();
        structures.forEach((scope, structure) -> {
            LocalizedText name = names.get(scope);
            for (int n = 1; n <= structure.cases() * (LIVE_FORMS + PRACTICE_FORMS); n++) {
                boolean practice = n > structure.cases() * LIVE_FORMS;
                List<ItemContent> questions = new ArrayList<>();
                for (int q = 1; q <= structure.questionsPerCase(); q++) {
                    questions.add(question(practice, "жағдаяттық есеп " + n + ", сұрақ " + q,
                            "ситуационная задача " + n + ", вопрос " + q, options.get(scope), n + q));
                }
                BankText situation = new BankText(
                        mark(practice, "kk") + name.kk() + " — жағдаяттық есеп " + n
                                + ". Азамат А. құқықтық көмек сұрап жүгінді; іс мән-жайлары материалдарда баяндалған.",
                        mark(practice, "ru") + name.ru() + " — ситуационная задача " + n
                                + ". Гражданин А. обратился за правовой помощью; обстоятельства изложены в материалах дела.");
                cases.add(new BankCase(id("case:" + scope.kind() + ":" + scope.code() + ":" + n), scope, practice, true,
                        approved(), new CaseContent(situation, questions)));
            }
        });
        return cases;
    }

    private static ItemContent question(boolean practice, String kk, String ru, int optionCount, int n) {
        List<BankText> options = new ArrayList<>();
        for (int o = 0; o < optionCount; o++) {
            options.add(ANSWERS.get((n + o * 3) % ANSWERS.size()));
        }
        BankText stem = new BankText(mark(practice, "kk") + kk + ". Заң бойынша бұл қалай жүзеге асырылады?",
                mark(practice, "ru") + ru + ". Как это осуществляется по закону?");
        return new ItemContent(stem, options, n % optionCount);
    }

    private static String mark(boolean practice, String language) {
        if (!practice) {
            return "[DEMO] ";
        }
        return "kk".equals(language) ? "[DEMO] Сынақ тест. " : "[DEMO] Пробный тест. ";
    }

    private static Review approved() {
        return new Review(ItemStatus.APPROVED, 1, AUTHOR, AUTHOR, REVIEWER);
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("attest-demo-" + name).getBytes(StandardCharsets.UTF_8));
    }
}
