package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.CandidateCase;
import kz.attest.itembank.CandidateForm;
import kz.attest.itembank.CandidateQuestion;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.Forms;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static kz.attest.Json.JSON;

/**
 * A started attempt's questions as the candidate sees them, in the sitting's language and without a key. The texts
 * are shared by every candidate whose form shows the same question version, so they are decrypted by the question
 * bank once per question version and language and kept here (a bank's worth, not a candidate's); a candidate's view
 * is then only the form's choice and option order applied to them: no decryption, no bank read, no transaction on a
 * candidate's request once the texts are warm ({@link FormPreparation} warms them before the Start).
 * <p>
 * Only a started attempt's own form is shown ({@link ExamRows#formOf} reads nothing before the Start), so a form
 * prepared ahead is not reachable through here; the cache holds texts, never a form or a key.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FormViews {

    /** Question and case versions per language kept; far above a bank's size, only a bound against a runaway. */
    private static final int TEXT_CACHE = 50_000;

    private final Forms forms;
    private final ExamRows rows;
    /**
     * Texts by question or case version and language, in stored option order. Each key is decrypted once, outside any
     * shared lock: a request claims the keys nobody has claimed, decrypts them in one call and waits for the others.
     */
    private final ConcurrentHashMap<TextKey, CompletableFuture<Object>> texts = new ConcurrentHashMap<>();

    /** The questions of a started attempt in the sitting's language, flattened: questions, then case questions. */
    List<Attempts.ShownQuestion> questions(AttemptRow attempt, String language) {
        if (attempt.startedAt() == null) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_STARTED, attempt.stage());
        }
        String json = attempt.formJson() != null ? attempt.formJson() : rows.formOf(attempt.id())
                .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NOT_STARTED, attempt.stage()));
        AssembledForm form = JSON.readValue(json, AssembledForm.class);
        warm(form, language);
        List<Attempts.ShownQuestion> shown = new ArrayList<>();
        int position = 1;
        for (FormItem item : form.items()) {
            CandidateQuestion stored = (CandidateQuestion) text(new TextKey(item.itemId(), item.version(), language), form);
            shown.add(new Attempts.ShownQuestion(position++, null, 0, stored.stem(), inOrder(stored, item.optionOrder())));
        }
        int caseNumber = 1;
        for (FormCase c : form.cases()) {
            CandidateCase stored = (CandidateCase) text(new TextKey(c.caseId(), c.version(), language), form);
            for (int q = 0; q < stored.questions().size(); q++) {
                CandidateQuestion question = stored.questions().get(q);
                shown.add(new Attempts.ShownQuestion(position++, stored.situation(), caseNumber, question.stem(),
                        inOrder(question, c.optionOrders().get(q))));
            }
            caseNumber++;
        }
        return shown;
    }

    /** Decrypts the texts of the form's questions and cases in the language that are not kept yet, in one call. */
    void warm(AssembledForm form, String language) {
        List<FormItem> items = new ArrayList<>();
        List<FormCase> cases = new ArrayList<>();
        List<CompletableFuture<Object>> claimed = new ArrayList<>();
        for (FormItem item : form.items()) {
            CompletableFuture<Object> mine = claim(new TextKey(item.itemId(), item.version(), language));
            if (mine != null) {
                items.add(new FormItem(item.itemId(), item.version(), stored(item.optionOrder().size())));
                claimed.add(mine);
            }
        }
        for (FormCase c : form.cases()) {
            CompletableFuture<Object> mine = claim(new TextKey(c.caseId(), c.version(), language));
            if (mine != null) {
                cases.add(new FormCase(c.caseId(), c.version(),
                        c.optionOrders().stream().map(order -> stored(order.size())).toList()));
                claimed.add(mine);
            }
        }
        if (claimed.isEmpty()) {
            return;
        }
        try {
            CandidateForm decrypted = forms.candidateView(new AssembledForm(0, items, cases),
                    Locale.forLanguageTag(language));
            int i = 0;
            for (CandidateQuestion question : decrypted.questions()) {
                claimed.get(i++).complete(question);
            }
            for (CandidateCase c : decrypted.cases()) {
                claimed.get(i++).complete(c);
            }
        } catch (RuntimeException e) {
            for (FormItem item : items) {
                forget(new TextKey(item.itemId(), item.version(), language), e);
            }
            for (FormCase c : cases) {
                forget(new TextKey(c.caseId(), c.version(), language), e);
            }
            throw e;
        }
    }

    private CompletableFuture<Object> claim(TextKey key) {
        if (texts.size() > TEXT_CACHE) {
            texts.clear();
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        return texts.putIfAbsent(key, mine) == null ? mine : null;
    }

    private void forget(TextKey key, RuntimeException cause) {
        CompletableFuture<Object> future = texts.remove(key);
        if (future != null) {
            future.completeExceptionally(cause);
        }
    }

    private Object text(TextKey key, AssembledForm form) {
        CompletableFuture<Object> future = texts.get(key);
        if (future == null) { // dropped by the bound meanwhile
            warm(form, key.language());
            future = texts.get(key);
        }
        if (future == null) {
            throw new IllegalStateException("Question text " + key + " was not decrypted");
        }
        try {
            return future.join(); // decrypted already, or being decrypted by another candidate's request
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The stored options shown in the form's order: {@code order[i]} is the stored option shown at position i. */
    private static List<String> inOrder(CandidateQuestion stored, List<Integer> order) {
        return order.stream().map(stored.options()::get).toList();
    }

    private static List<Integer> stored(int count) {
        return IntStream.range(0, count).boxed().toList();
    }

    private record TextKey(UUID id, int version, String language) {
    }
}
