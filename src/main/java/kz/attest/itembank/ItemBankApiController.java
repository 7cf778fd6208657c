package kz.attest.itembank;

import kz.attest.catalogue.ServiceCode;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The question authors' API: questions and cases through four-eyes review, previews and the bank's readiness. */
@RestController
@RequestMapping("/api/v1/itembank")
@PreAuthorize("hasRole('QUESTION_AUTHOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemBankApiController {

    private final ItemBank bank;
    private final Forms forms;
    private final MessageSource messages;
    private final kz.attest.catalogue.Catalogue catalogue;

    // ---- questions

    @GetMapping("/items")
    List<ItemSummary> items(@RequestParam(required = false) String topic, @RequestParam(required = false) String status) {
        return bank.items(Optional.ofNullable(topic).filter(t -> !t.isBlank()), parseStatus(status), 200);
    }

    @PostMapping("/items")
    ResponseEntity<Created> create(@RequestBody NewItem request, Principal principal) {
        UUID id = bank.createItem(new ItemDraft(request.topic(), request.question().toContent(),
                Boolean.TRUE.equals(request.practice())), principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id, 1));
    }

    @GetMapping("/items/{id}")
    ItemView item(@PathVariable UUID id, Principal principal) {
        return bank.readItem(id, principal.getName());
    }

    @PutMapping("/items/{id}")
    Created edit(@PathVariable UUID id, @RequestBody ItemInput request, Principal principal) {
        return new Created(id, bank.editItem(id, request.toContent(), principal.getName()));
    }

    @GetMapping("/items/{id}/versions")
    List<Integer> versions(@PathVariable UUID id) {
        return bank.itemVersions(id);
    }

    @GetMapping("/items/{id}/preview")
    CandidateQuestion preview(@PathVariable UUID id, @RequestParam(defaultValue = "ru") String language,
                              Principal principal) {
        ItemView view = bank.readItem(id, principal.getName());
        return Forms.preview(view.content(), parseLanguage(language), System.nanoTime());
    }

    @PostMapping("/items/{id}/{action}")
    ResponseEntity<Void> act(@PathVariable UUID id, @PathVariable String action, Principal principal) {
        ReviewAction.named(action).onItem(bank, id, principal.getName());
        return ResponseEntity.noContent().build();
    }

    // ---- cases

    @GetMapping("/cases")
    List<CaseSummary> cases(@RequestParam(required = false) String status) {
        return bank.cases(parseStatus(status), 200);
    }

    @PostMapping("/cases")
    ResponseEntity<Created> createCase(@RequestBody NewCase request, Principal principal) {
        UUID id = bank.createCase(new CaseDraft(request.scope(), request.content(),
                Boolean.TRUE.equals(request.practice())), principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id, 1));
    }

    @GetMapping("/cases/{id}")
    CaseView bankCase(@PathVariable UUID id, Principal principal) {
        return bank.readCase(id, principal.getName());
    }

    @PutMapping("/cases/{id}")
    Created editCase(@PathVariable UUID id, @RequestBody NewCase request, Principal principal) {
        return new Created(id, bank.editCase(id, request.content(), principal.getName()));
    }

    @PostMapping("/cases/{id}/{action}")
    ResponseEntity<Void> actOnCase(@PathVariable UUID id, @PathVariable String action, Principal principal) {
        ReviewAction.named(action).onCase(bank, id, principal.getName());
        return ResponseEntity.noContent().build();
    }

    // ---- readiness and keys

    @GetMapping("/readiness")
    List<ReadinessAnswer> readiness(@RequestParam(required = false) String service,
                                    @RequestParam(required = false) Integer stage) {
        Locale locale = LocaleContextHolder.getLocale();
        List<StageReadiness> all = service == null ? forms.readiness()
                : List.of(forms.readiness(catalogue.get(service).code(), stage == null ? 1 : stage));
        return all.stream().map(r -> new ReadinessAnswer(r.service(), r.stage(), r.ready(), r.disjointForms(),
                r.shortfalls().stream().map(s -> ReadinessView.explain(s, catalogue, messages, locale)).toList())).toList();
    }

    @PostMapping("/keys/rotate")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    KeyRotation rotate(Principal principal) {
        return bank.rotateKey(principal.getName());
    }

    static Optional<ItemStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ItemStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.unknown-status", status);
        }
    }

    static Locale parseLanguage(String language) {
        return switch (language == null ? "" : language.strip()) {
            case "kk" -> Locale.forLanguageTag("kk");
            case "ru" -> Locale.forLanguageTag("ru");
            default -> throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.unknown-language", String.valueOf(language));
        };
    }

    /** A new question: topic, content and the practice-pool flag. */
    record NewItem(String topic, String stemKk, String stemRu, List<ItemInput.OptionInput> options, Boolean practice) {
        ItemInput question() {
            return new ItemInput(stemKk, stemRu, options);
        }
    }

    /** A new or changed case: scope (for a new one), situation and questions. */
    record NewCase(String scopeKind, String scopeCode, String situationKk, String situationRu,
                   List<ItemInput> questions, Boolean practice) {

        CaseScope scope() {
            CaseScope.Kind kind;
            try {
                kind = CaseScope.Kind.valueOf(String.valueOf(scopeKind).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.unknown-scope", String.valueOf(scopeKind));
            }
            return new CaseScope(kind, scopeCode);
        }

        CaseContent content() {
            return new CaseContent(new BankText(situationKk, situationRu),
                    (questions == null ? List.<ItemInput>of() : questions).stream().map(ItemInput::toContent).toList());
        }
    }

    record Created(UUID id, int version) {
    }

    record ReadinessAnswer(ServiceCode service, int stage, boolean ready, int disjointForms, List<String> shortfalls) {
    }
}
