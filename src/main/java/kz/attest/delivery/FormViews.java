package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.CandidateCase;
import kz.attest.itembank.CandidateForm;
import kz.attest.itembank.CandidateQuestion;
import kz.attest.itembank.Forms;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A started attempt's questions as the candidate sees them, in the sitting's language and without a key, decrypted
 * by the question bank once per attempt and language and then served from memory.
 */
@Component
class FormViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int VIEW_CACHE = 4096;

    private final Forms forms;
    /**
     * Decrypted candidate views by attempt and language. Each key is computed once, outside any shared lock, so the
     * first pages of a sitting are decrypted in parallel (a JVM-wide lock served them one at a time); the oldest
     * entries go first once the cache is full.
     */
    private final ConcurrentHashMap<String, CompletableFuture<CandidateForm>> views = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> viewOrder = new ConcurrentLinkedQueue<>();

    FormViews(Forms forms) {
        this.forms = forms;
    }

    /** The questions of a started attempt in the sitting's language, flattened: questions, then case questions. */
    List<Attempts.ShownQuestion> questions(AttemptRow attempt, String language) {
        if (attempt.formJson() == null) {
            throw new AttemptRefusal(AttemptRefusal.Reason.NOT_STARTED, attempt.stage());
        }
        CandidateForm view = view(attempt, language);
        List<Attempts.ShownQuestion> shown = new ArrayList<>();
        int position = 1;
        for (CandidateQuestion q : view.questions()) {
            shown.add(new Attempts.ShownQuestion(position++, null, 0, q.stem(), q.options()));
        }
        int caseNumber = 1;
        for (CandidateCase c : view.cases()) {
            for (CandidateQuestion q : c.questions()) {
                shown.add(new Attempts.ShownQuestion(position++, c.situation(), caseNumber, q.stem(), q.options()));
            }
            caseNumber++;
        }
        return shown;
    }

    private CandidateForm view(AttemptRow attempt, String language) {
        String key = attempt.id() + "/" + language;
        CompletableFuture<CandidateForm> mine = new CompletableFuture<>();
        CompletableFuture<CandidateForm> cached = views.putIfAbsent(key, mine);
        if (cached != null) {
            try {
                return cached.join(); // decrypted already, or being decrypted by another request of the candidate
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            mine.complete(forms.candidateView(JSON.readValue(attempt.formJson(), AssembledForm.class),
                    Locale.forLanguageTag(language)));
        } catch (RuntimeException e) {
            views.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        viewOrder.add(key);
        while (views.size() > VIEW_CACHE) {
            String oldest = viewOrder.poll();
            if (oldest == null) {
                break;
            }
            views.remove(oldest);
        }
        return mine.join();
    }
}
