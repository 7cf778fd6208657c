package kz.attest.itembank;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Candidates' forms: assembly from the approved bank by the catalogue's blueprints with a recorded seed, readiness
 * of the bank per service and stage, the text of a form in the candidate's language, and its server-side key.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Forms {

    private final BankRows store;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json;
    private final SecureRandom seeds = new SecureRandom();

    /** Assembles and records a new form for the candidate, avoiding what the candidate's earlier forms showed. */
    @Transactional
    public AssembledForm assemble(FormRequest request) {
        if (request.candidate() == null || request.candidate().isBlank()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.form.candidate-required");
        }
        ServiceDefinition service = catalogue.get(request.service());
        Stage stage = stageOf(service, request.stage());
        Set<UUID> seen = new HashSet<>();
        for (String stored : store.formsOf(request.candidate())) {
            AssembledForm earlier = json.readValue(stored, AssembledForm.class);
            earlier.items().forEach(i -> seen.add(i.itemId()));
            earlier.cases().forEach(c -> seen.add(c.caseId()));
        }
        long seed = seeds.nextLong();
        AssembledForm form = new FormAssembler(store.pool(request.practice()))
                .assemble(service.code(), stage, request.specialty(), seed, seen);
        UUID id = UUID.randomUUID();
        store.insertForm(id, request.candidate(), service.code().value(), stage.number(),
                request.specialty().orElse(null), request.practice(), seed, json.writeValueAsString(form),
                clock.instant());
        audit.record("itembank.form-assembled", "ItemBankForm", id.toString(), request.candidate() + ", "
                + service.code() + " stage " + stage.number() + (request.practice() ? ", practice" : "")
                + ", seed " + seed);
        return form;
    }

    /** Whether the approved live bank can fill the stage, and how many disjoint forms. */
    @Transactional(readOnly = true)
    public StageReadiness readiness(kz.attest.catalogue.ServiceCode code, int stageNumber) {
        ServiceDefinition service = catalogue.get(code);
        Stage stage = stageOf(service, stageNumber);
        return new FormAssembler(store.pool(false))
                .readiness(service.code(), stage, catalogue.specialtiesFor(service.code()));
    }

    /** Readiness of every stage of every tested service, in catalogue order. */
    @Transactional(readOnly = true)
    public List<StageReadiness> readiness() {
        FormAssembler assembler = new FormAssembler(store.pool(false));
        List<StageReadiness> all = new ArrayList<>();
        for (ServiceDefinition service : catalogue.all()) {
            for (Stage stage : service.stages()) {
                all.add(assembler.readiness(service.code(), stage, catalogue.specialtiesFor(service.code())));
            }
        }
        return all;
    }

    /** The text of a form in the candidate's language (Kazakh or Russian), options in the form's order; no keys. */
    @Transactional(readOnly = true)
    public CandidateForm candidateView(AssembledForm form, Locale language) {
        Map<BankRows.Versioned, ItemContent> items = store.itemVersions(form.items().stream().map(FormItem::itemId).toList());
        Map<BankRows.Versioned, CaseContent> cases = store.caseVersions(form.cases().stream().map(FormCase::caseId).toList());
        List<CandidateQuestion> questions = form.items().stream()
                .map(i -> shown(content(items, i.itemId(), i.version()), i.optionOrder(), language)).toList();
        List<CandidateCase> shownCases = new ArrayList<>();
        for (FormCase c : form.cases()) {
            CaseContent content = content(cases, c.caseId(), c.version());
            List<CandidateQuestion> caseQuestions = new ArrayList<>();
            for (int q = 0; q < content.questions().size(); q++) {
                caseQuestions.add(shown(content.questions().get(q), c.optionOrders().get(q), language));
            }
            shownCases.add(new CandidateCase(content.situation().in(language), caseQuestions));
        }
        return new CandidateForm(questions, shownCases);
    }

    /** The shown position of every correct option of the form, for scoring on the server. */
    @Transactional
    public ScoringKey scoringKey(AssembledForm form) {
        Map<BankRows.Versioned, ItemContent> items = store.itemVersions(form.items().stream().map(FormItem::itemId).toList());
        Map<BankRows.Versioned, CaseContent> cases = store.caseVersions(form.cases().stream().map(FormCase::caseId).toList());
        List<Integer> itemKeys = form.items().stream()
                .map(i -> i.optionOrder().indexOf(content(items, i.itemId(), i.version()).correctOption())).toList();
        List<List<Integer>> caseKeys = new ArrayList<>();
        for (FormCase c : form.cases()) {
            CaseContent content = content(cases, c.caseId(), c.version());
            List<Integer> keys = new ArrayList<>();
            for (int q = 0; q < content.questions().size(); q++) {
                keys.add(c.optionOrders().get(q).indexOf(content.questions().get(q).correctOption()));
            }
            caseKeys.add(keys);
        }
        audit.record("itembank.key-read", "ItemBankForm", Long.toString(form.seed()),
                form.items().size() + " questions, " + form.cases().size() + " cases");
        return new ScoringKey(itemKeys, caseKeys);
    }

    /** A single question as a candidate would see it, options shuffled as its layout allows, for a preview. */
    static CandidateQuestion preview(ItemContent content, Locale language, long seed) {
        return shown(content, content.layout().order(content.options().size(), new java.util.Random(seed)), language);
    }

    private static CandidateQuestion shown(ItemContent content, List<Integer> order, Locale language) {
        return new CandidateQuestion(content.stem().in(language),
                order.stream().map(o -> content.options().get(o).in(language)).toList());
    }

    private static <T> T content(Map<BankRows.Versioned, T> contents, UUID id, int version) {
        T content = contents.get(new BankRows.Versioned(id, version));
        if (content == null) {
            throw new ItemBankRefusal(Kind.NOT_FOUND, "itembank.item.not-found", id);
        }
        return content;
    }

    private static Stage stageOf(ServiceDefinition service, int number) {
        return service.stage(number)
                .orElseThrow(() -> new ItemBankRefusal(Kind.NOT_FOUND, "itembank.form.unknown-stage", service.code(), number));
    }
}
