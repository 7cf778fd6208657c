package kz.attest.delivery;

import org.springframework.ui.Model;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The question page's model, in one place for the Start's page, every question page and the node's warm-up
 * ({@link ExamPagesWarmUp}), so that the warm-up renders exactly what a candidate's page renders.
 */
final class QuestionPage {

    static final String VIEW = "delivery/question";

    private QuestionPage() {
    }

    /** What the candidate has done in the attempt so far: answers and their sequence numbers, flags. */
    record Progress(Map<Integer, Integer> answers, Map<Integer, Long> sequences, List<Integer> flagged) {
        /** A stage just started: nothing answered or flagged. */
        static final Progress NONE = new Progress(Map.of(), Map.of(), List.of());
    }

    /** Fills the model for question {@code position} (1-based, within {@code questions}) and names the view. */
    static String show(Model model, SittingRow sitting, AttemptRow attempt, List<Attempts.ShownQuestion> questions,
                       int position, Progress progress, String contextPath, String examToken, Instant now) {
        long remaining = attempt.remainingSeconds(now);
        model.addAttribute("sitting", sitting);
        model.addAttribute("attempt", attempt);
        model.addAttribute("question", questions.get(position - 1));
        model.addAttribute("count", questions.size());
        model.addAttribute("grid", QuestionGrid.html(contextPath, attempt.stage(), questions.size(), position,
                progress.answers(), new HashSet<>(progress.flagged())));
        model.addAttribute("answers", progress.answers());
        model.addAttribute("chosen", progress.answers().get(position));
        model.addAttribute("storedSeq", progress.sequences().getOrDefault(position, 0L));
        model.addAttribute("remaining", remaining);
        model.addAttribute("paused", AttemptRow.PAUSED.equals(attempt.state()));
        model.addAttribute("flagged", progress.flagged());
        // the script's calls carry this instead of the session cookie: served without the session (issue 12)
        model.addAttribute("examToken", examToken);
        if (position == 1 && progress.answers().isEmpty() && progress.flagged().isEmpty()) {
            // the Start's page carries the form its script would ask for at once (issue 12, start burst): a data
            // block, never executed, invisible; later pages and reloads leave it to the script's request
            model.addAttribute("formJson", FormJson.write(ExamApiController.CandidateFormView.of(attempt, remaining,
                    questions, progress.answers(), progress.sequences(), progress.flagged())));
        }
        return VIEW;
    }
}
