package kz.attest.itembank;

import jakarta.servlet.http.HttpServletResponse;
import kz.attest.catalogue.Catalogue;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The question authors' pages: the bank's list, writing and editing a question, preview, review and readiness. */
@Controller
@RequestMapping("/itembank")
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemBankPageController {

    static final int OPTION_ROWS = 6;

    private final ItemBank bank;
    private final Forms forms;
    private final Catalogue catalogue;
    private final MessageSource messages;

    @GetMapping
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String status,
                Model model) {
        Optional<String> chosenTopic = Optional.ofNullable(topic).filter(t -> !t.isBlank());
        model.addAttribute("items", bank.items(chosenTopic, ItemBankApiController.parseStatus(status), 200));
        model.addAttribute("cases", bank.cases(ItemBankApiController.parseStatus(status), 50));
        model.addAttribute("topics", catalogue.topics());
        model.addAttribute("topicNames", catalogue.topicNames(LocaleContextHolder.getLocale()));
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("topic", chosenTopic.orElse(""));
        model.addAttribute("status", status == null ? "" : status);
        return "itembank/list";
    }

    @GetMapping("/items/new")
    String newItem(Model model) {
        return form(ItemForm.empty(), null, model);
    }

    @PostMapping("/items")
    String create(ItemForm form, Principal principal, Model model, HttpServletResponse response) {
        try {
            UUID id = bank.createItem(new ItemDraft(form.topic(), form.input().toContent(),
                    Boolean.TRUE.equals(form.practice())), principal.getName());
            return "redirect:/itembank/items/" + id;
        } catch (ItemBankRefusal refusal) {
            return refused(refusal, form, null, model, response);
        }
    }

    @GetMapping("/items/{id}")
    String item(@PathVariable UUID id, Principal principal, Model model) {
        ItemView view = bank.readItem(id, principal.getName());
        model.addAttribute("item", view);
        model.addAttribute("topicName", catalogue.topic(view.summary().topic()).name().in(LocaleContextHolder.getLocale()));
        model.addAttribute("versions", bank.itemVersions(id));
        return "itembank/item";
    }

    @GetMapping("/items/{id}/edit")
    String edit(@PathVariable UUID id, Principal principal, Model model) {
        ItemView view = bank.readItem(id, principal.getName());
        return form(ItemForm.of(view), id, model);
    }

    @PostMapping("/items/{id}")
    String save(@PathVariable UUID id, ItemForm form, Principal principal, Model model, HttpServletResponse response) {
        try {
            bank.editItem(id, form.input().toContent(), principal.getName());
            return "redirect:/itembank/items/" + id;
        } catch (ItemBankRefusal refusal) {
            return refused(refusal, form, id, model, response);
        }
    }

    @GetMapping("/items/{id}/preview")
    String preview(@PathVariable UUID id, @RequestParam(defaultValue = "ru") String language, Principal principal,
                   Model model) {
        ItemView view = bank.readItem(id, principal.getName());
        model.addAttribute("id", id);
        model.addAttribute("language", language);
        model.addAttribute("question",
                Forms.preview(view.content(), ItemBankApiController.parseLanguage(language), System.nanoTime()));
        return "itembank/preview";
    }

    @PostMapping("/items/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, Principal principal, RedirectAttributes redirect) {
        ReviewAction.named(action).onItem(bank, id, principal.getName());
        redirect.addFlashAttribute("notice", "itembank.notice." + action);
        return "redirect:/itembank/items/" + id;
    }

    @GetMapping("/cases/{id}")
    String bankCase(@PathVariable UUID id, Principal principal, Model model) {
        CaseView view = bank.readCase(id, principal.getName());
        model.addAttribute("bankCase", view);
        return "itembank/case";
    }

    @GetMapping("/readiness")
    String readiness(Model model) {
        var locale = LocaleContextHolder.getLocale();
        List<ReadinessRow> rows = new ArrayList<>();
        for (StageReadiness r : forms.readiness()) {
            rows.add(new ReadinessRow(catalogue.get(r.service()).name().in(locale), r.stage(), r.ready(),
                    r.disjointForms(), r.shortfalls().stream()
                    .map(s -> ReadinessView.explain(s, catalogue, messages, locale)).toList()));
        }
        model.addAttribute("rows", rows);
        return "itembank/readiness";
    }

    private String refused(ItemBankRefusal refusal, ItemForm form, UUID id, Model model, HttpServletResponse response) {
        response.setStatus(kz.attest.web.RefusalStatuses.of(refusal).value());
        model.addAttribute("errorKey", refusal.messageKey());
        model.addAttribute("errorArgs", refusal.arguments());
        return form(form, id, model);
    }

    private String form(ItemForm form, UUID id, Model model) {
        model.addAttribute("form", form.padded(OPTION_ROWS));
        model.addAttribute("id", id);
        model.addAttribute("topics", catalogue.topics());
        return "itembank/edit";
    }

    /** One row of the readiness table. */
    record ReadinessRow(String service, int stage, boolean ready, int disjointForms, List<String> shortfalls) {
    }

    /**
     * The authoring form as typed: options as parallel lists, the correct one by its row number.
     */
    record ItemForm(String topic, String stemKk, String stemRu, List<String> optionKk, List<String> optionRu,
                    Integer correct, Boolean practice) {

        ItemForm {
            optionKk = optionKk == null ? List.of() : optionKk;
            optionRu = optionRu == null ? List.of() : optionRu;
        }

        static ItemForm empty() {
            return new ItemForm("", "", "", List.of(), List.of(), null, false);
        }

        static ItemForm of(ItemView view) {
            ItemContent c = view.content();
            return new ItemForm(view.summary().topic(), c.stem().kk(), c.stem().ru(),
                    c.options().stream().map(BankText::kk).toList(), c.options().stream().map(BankText::ru).toList(),
                    c.correctOption(), view.summary().practice());
        }

        ItemInput input() {
            return ItemInput.fromRows(stemKk, stemRu, optionKk, optionRu, correct);
        }

        ItemForm padded(int rows) {
            List<String> kk = new ArrayList<>(optionKk);
            List<String> ru = new ArrayList<>(optionRu);
            while (kk.size() < rows || ru.size() < rows) {
                if (kk.size() < Math.max(rows, ru.size())) kk.add("");
                if (ru.size() < Math.max(rows, kk.size())) ru.add("");
            }
            return new ItemForm(topic, stemKk, stemRu, kk, ru, correct, practice);
        }

        /** Row numbers for the template. */
        public List<Integer> rows() {
            return java.util.stream.IntStream.range(0, optionKk.size()).boxed().toList();
        }
    }
}
