package kz.attest.itembank;

import jakarta.servlet.http.HttpServletResponse;
import kz.attest.catalogue.CaseStructure;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The authors' pages for cases (¶11(2), ¶43, ¶68): writing a case (situation in Kazakh and Russian and its
 * questions), editing a draft, submitting it for four-eyes review, and previewing it as the candidate will see it.
 * Question fields are named {@code q<n>.stemKk}, {@code q<n>.optionKk} (one per row) and {@code q<n>.correct}.
 */
@Controller
@RequestMapping("/itembank/cases")
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CasePageController {

    private final ItemBank bank;
    private final BankRows store;
    private final BankRules rules;
    private final Catalogue catalogue;

    @GetMapping("/new")
    String newCase(@RequestParam(required = false) String scope, Model model) {
        if (scope == null || scope.isBlank()) {
            model.addAttribute("scopes", scopes(LocaleContextHolder.getLocale()));
            model.addAttribute("form", null);
            model.addAttribute("id", null);
            return "itembank/case-edit";
        }
        CaseScope chosen = parseScope(scope);
        return form(CaseForm.empty(chosen), null, model);
    }

    @PostMapping
    String create(@RequestParam MultiValueMap<String, String> parameters, Principal principal, Model model,
                  HttpServletResponse response) {
        CaseForm form = CaseForm.parse(parameters);
        try {
            CaseScope scope = parseScope(form.scope());
            UUID id = bank.createCase(new CaseDraft(scope, form.content(), form.practice()), principal.getName());
            return "redirect:/itembank/cases/" + id;
        } catch (ItemBankRefusal refusal) {
            return refused(refusal, form, null, model, response);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Principal principal, Model model) {
        CaseView view = bank.readCase(id, principal.getName());
        return form(CaseForm.of(view), id, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> parameters, Principal principal,
                Model model, HttpServletResponse response) {
        CaseForm form = CaseForm.parse(parameters);
        try {
            bank.editCase(id, form.content(), principal.getName());
            return "redirect:/itembank/cases/" + id;
        } catch (ItemBankRefusal refusal) {
            return refused(refusal, form.withScope(scopeOf(id)), id, model, response);
        }
    }

    @PostMapping("/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, Principal principal, RedirectAttributes redirect) {
        ReviewAction.named(action).onCase(bank, id, principal.getName());
        redirect.addFlashAttribute("notice", "itembank.notice." + action);
        return "redirect:/itembank/cases/" + id;
    }

    @GetMapping("/{id}/preview")
    String preview(@PathVariable UUID id, @RequestParam(defaultValue = "ru") String language, Principal principal,
                   Model model) {
        Locale locale = ItemBankApiController.parseLanguage(language);
        CaseView view = bank.readCase(id, principal.getName());
        long seed = System.nanoTime();
        List<CandidateQuestion> questions = new ArrayList<>();
        for (int q = 0; q < view.content().questions().size(); q++) {
            questions.add(Forms.preview(view.content().questions().get(q), locale, seed + q));
        }
        model.addAttribute("id", id);
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("preview", new CandidateCase(view.content().situation().in(locale), questions));
        return "itembank/case-preview";
    }

    // ----

    private String refused(ItemBankRefusal refusal, CaseForm form, UUID id, Model model, HttpServletResponse response) {
        response.setStatus(kz.attest.web.RefusalStatuses.of(refusal).value());
        model.addAttribute("errorKey", refusal.messageKey());
        model.addAttribute("errorArgs", refusal.arguments());
        if (form.scope() == null || form.scope().isBlank()) {
            model.addAttribute("scopes", scopes(LocaleContextHolder.getLocale()));
            model.addAttribute("form", null);
            model.addAttribute("id", null);
            return "itembank/case-edit";
        }
        try {
            return form(form, id, model);
        } catch (ItemBankRefusal unknownScope) {
            model.addAttribute("scopes", scopes(LocaleContextHolder.getLocale()));
            model.addAttribute("form", null);
            model.addAttribute("id", null);
            return "itembank/case-edit";
        }
    }

    private String form(CaseForm form, UUID id, Model model) {
        CaseScope scope = parseScope(form.scope());
        BankRules.CaseRule rule = rules.caseRule(scope);
        int rows = Math.max(4, rule.minimumOptions() + 1);
        model.addAttribute("form", form.padded(rule.questionsPerCase(), rows));
        model.addAttribute("id", id);
        model.addAttribute("scopeName", scopeName(scope, LocaleContextHolder.getLocale()));
        model.addAttribute("questionsPerCase", rule.questionsPerCase());
        model.addAttribute("minimumOptions", rule.minimumOptions());
        return "itembank/case-edit";
    }

    private String scopeOf(UUID id) {
        return store.caseSummary(id).map(s -> CaseForm.scopeValue(s.scope()))
                .orElseThrow(() -> new ItemBankRefusal(Kind.NOT_FOUND, "itembank.case.not-found", id));
    }

    /** Every scope some stage draws cases from: services (legal professions) and expert specialties (forensic). */
    Map<String, String> scopes(Locale locale) {
        Map<String, String> scopes = new LinkedHashMap<>();
        for (ServiceDefinition service : catalogue.all()) {
            for (Stage stage : service.stages()) {
                if (stage.cases().isEmpty()) {
                    continue;
                }
                CaseStructure structure = stage.cases().get();
                if (!structure.perSpecialty()) {
                    scopes.putIfAbsent(CaseForm.scopeValue(CaseScope.service(service.code().value())),
                            service.name().in(locale));
                } else {
                    for (ExpertSpecialty specialty : catalogue.specialtiesFor(service.code())) {
                        scopes.putIfAbsent(CaseForm.scopeValue(CaseScope.specialty(specialty.code())),
                                specialty.name().in(locale));
                    }
                }
            }
        }
        return scopes;
    }

    String scopeName(CaseScope scope, Locale locale) {
        return scope.kind() == CaseScope.Kind.SERVICE
                ? catalogue.get(scope.code()).name().in(locale)
                : catalogue.specialty(scope.code()).name().in(locale);
    }

    static CaseScope parseScope(String value) {
        String text = value == null ? "" : value.strip();
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", text);
        }
        try {
            return new CaseScope(CaseScope.Kind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", text);
        }
    }

    /** The case form as typed. */
    record CaseForm(String scope, String situationKk, String situationRu, boolean practice,
                    List<QuestionForm> questions) {

        static String scopeValue(CaseScope scope) {
            return scope.kind().name() + ":" + scope.code();
        }

        static CaseForm empty(CaseScope scope) {
            return new CaseForm(scopeValue(scope), "", "", false, List.of());
        }

        static CaseForm of(CaseView view) {
            CaseContent c = view.content();
            return new CaseForm(scopeValue(view.summary().scope()), c.situation().kk(), c.situation().ru(),
                    view.summary().practice(), c.questions().stream().map(QuestionForm::of).toList());
        }

        static CaseForm parse(MultiValueMap<String, String> p) {
            List<QuestionForm> questions = new ArrayList<>();
            for (int q = 0; q < 64 && (p.containsKey("q" + q + ".stemKk") || p.containsKey("q" + q + ".stemRu")); q++) {
                String prefix = "q" + q + ".";
                Integer correct = null;
                try {
                    String value = p.getFirst(prefix + "correct");
                    correct = value == null ? null : Integer.valueOf(value);
                } catch (NumberFormatException ignored) {
                    // no option marked
                }
                questions.add(new QuestionForm(p.getFirst(prefix + "stemKk"), p.getFirst(prefix + "stemRu"),
                        p.getOrDefault(prefix + "optionKk", List.of()), p.getOrDefault(prefix + "optionRu", List.of()),
                        correct));
            }
            return new CaseForm(p.getFirst("scope"), p.getFirst("situationKk"), p.getFirst("situationRu"),
                    "true".equals(p.getFirst("practice")), questions);
        }

        CaseForm withScope(String value) {
            return new CaseForm(value, situationKk, situationRu, practice, questions);
        }

        /** The content; question blocks left entirely blank are dropped (a draft may hold fewer questions). */
        CaseContent content() {
            List<ItemContent> contents = new ArrayList<>();
            for (QuestionForm q : questions) {
                if (!q.blank()) {
                    contents.add(q.input().toContent());
                }
            }
            return new CaseContent(new BankText(situationKk, situationRu), contents);
        }

        CaseForm padded(int questionCount, int rows) {
            List<QuestionForm> all = new ArrayList<>(questions.stream().map(q -> q.padded(rows)).toList());
            while (all.size() < questionCount) {
                all.add(QuestionForm.empty().padded(rows));
            }
            return new CaseForm(scope, situationKk, situationRu, practice, all);
        }
    }

    /** One question of the case form: options as parallel lists, the correct one by its row number. */
    record QuestionForm(String stemKk, String stemRu, List<String> optionKk, List<String> optionRu, Integer correct) {

        QuestionForm {
            stemKk = stemKk == null ? "" : stemKk;
            stemRu = stemRu == null ? "" : stemRu;
            optionKk = optionKk == null ? List.of() : List.copyOf(optionKk);
            optionRu = optionRu == null ? List.of() : List.copyOf(optionRu);
        }

        static QuestionForm empty() {
            return new QuestionForm("", "", List.of(), List.of(), null);
        }

        static QuestionForm of(ItemContent c) {
            return new QuestionForm(c.stem().kk(), c.stem().ru(), c.options().stream().map(BankText::kk).toList(),
                    c.options().stream().map(BankText::ru).toList(), c.correctOption());
        }

        boolean blank() {
            return stemKk.isBlank() && stemRu.isBlank() && optionKk.stream().allMatch(String::isBlank)
                    && optionRu.stream().allMatch(String::isBlank);
        }

        ItemInput input() {
            return ItemInput.fromRows(stemKk, stemRu, optionKk, optionRu, correct);
        }

        QuestionForm padded(int rows) {
            List<String> kk = new ArrayList<>(optionKk);
            List<String> ru = new ArrayList<>(optionRu);
            int size = Math.max(rows, Math.max(kk.size(), ru.size()));
            while (kk.size() < size) {
                kk.add("");
            }
            while (ru.size() < size) {
                ru.add("");
            }
            return new QuestionForm(stemKk, stemRu, kk, ru, correct);
        }

        /** Row numbers for the template. */
        public List<Integer> rows() {
            return java.util.stream.IntStream.range(0, optionKk.size()).boxed().toList();
        }
    }
}
