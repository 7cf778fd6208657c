package kz.attest.delivery;

import jakarta.servlet.http.HttpServletRequest;
import kz.attest.catalogue.Stage;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import kz.attest.catalogue.Catalogue;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The candidate's test client, server-rendered: the workstation's code entry, the language (¶17), the briefing with
 * the stages and their durations (¶16), one question per page with the navigation grid and the countdown from the
 * server's deadline, the finish confirmation and each stage's result. No page carries a key.
 */
@Controller
@RequestMapping("/exam")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExamPageController {

    private final Attempts attempts;
    private final AnswerSaves saves;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final Catalogue catalogue;
    private final ReviewFlags flags;
    private final ExamTokens tokens;

    /** Every screen of a trial is marked "trial — not a basis for a decision" (¶28, ¶55, ¶76, ¶99). */
    @ModelAttribute("trial")
    boolean trial(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SeatSession.ATTRIBUTE) instanceof SeatSession seat
                && seat.trial();
    }

    /** The tested services an applicant may try (¶28, ¶55, ¶76, ¶99). */
    @GetMapping("/trials")
    String trials(Model model) {
        model.addAttribute("services", catalogue.all().stream().filter(s -> !s.stages().isEmpty()).toList());
        return "delivery/trials";
    }

    /** Opens a trial of the service in this browser, with the real client and timers and no check-in. */
    @PostMapping("/trials/{service}")
    String startTrial(@PathVariable String service, HttpServletRequest request) {
        SignedInUser user = currentUser.require();
        SeatSession seat = attempts.startTrial(user.accountId(), user.iin(), user.fullName(), service);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SeatSession.ATTRIBUTE, seat);
        return "redirect:/exam";
    }

    /** The page a workstation shows until the candidate's one-time code is typed in by the proctor. */
    @GetMapping("/seat/{seatId}")
    String workstation(@PathVariable UUID seatId, Model model) {
        model.addAttribute("seatId", seatId);
        return "delivery/workstation";
    }

    @PostMapping("/seat/{seatId}/start")
    String start(@PathVariable UUID seatId, @RequestParam(defaultValue = "") String code, HttpServletRequest request) {
        SeatSession seat = attempts.start(seatId, code, ExamApiController.client(request));
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SeatSession.ATTRIBUTE, seat);
        return "redirect:/exam";
    }

    /** Removed (act of violation) or suspended: the workstation shows a page of its own, with nothing to click. */
    @org.springframework.web.bind.annotation.ExceptionHandler(SittingClosedByAct.class)
    String closed(SittingClosedByAct closed, Model model) {
        model.addAttribute("closedState", closed.state());
        model.addAttribute("closedService", catalogue.get(closed.service()));
        return "delivery/closed";
    }

    @GetMapping
    String overview(HttpServletRequest request, Model model) {
        Attempts.Overview overview = attempts.overview(ExamApiController.seat(request),
                ExamApiController.client(request));
        model.addAttribute("sitting", overview.sitting());
        model.addAttribute("service", overview.service());
        if (overview.sitting().language() == null) {
            return "delivery/language";
        }
        List<StageLine> lines = new ArrayList<>();
        boolean startOffered = false;
        for (AttemptRow attempt : overview.attempts()) {
            Stage stage = Attempts.stageOf(overview.service(), attempt.stage());
            boolean startable = !startOffered && AttemptRow.WAITING.equals(attempt.state())
                    && previousAllow(overview, attempt, stage);
            startOffered |= startable || attempt.running() || AttemptRow.PAUSED.equals(attempt.state());
            lines.add(new StageLine(stage, attempt, startable));
        }
        model.addAttribute("stages", lines);
        return "delivery/briefing";
    }

    @PostMapping("/language")
    String language(@RequestParam(defaultValue = "") String language, HttpServletRequest request) {
        attempts.chooseLanguage(ExamApiController.seat(request), language, ExamApiController.client(request));
        return "redirect:/exam?lang=" + language;
    }

    /**
     * The press that starts the stage answers with the stage's first question page itself instead of a redirect to it
     * (issue 12, the start burst: one request per Start, not two). The attempt it started has no answer and no flag
     * yet, so none is read. The page's script puts the question's own address in the history; without a script a
     * reload sends the Start again, which finds the stage started and redirects to its first question, as a second
     * press does.
     */
    @PostMapping("/stages/{stage}/start")
    String startStage(@PathVariable int stage, HttpServletRequest request, Model model) {
        SeatSession seat = ExamApiController.seat(request);
        AttemptStarts.Start start = attempts.start(seat, stage, ExamApiController.client(request));
        if (!start.startedNow()) {
            return "redirect:/exam/stages/" + stage + "/questions/1";
        }
        return questionPage(seat, start.attempt(), start.sitting(), 1, QuestionPage.Progress.NONE, request, model);
    }

    @GetMapping("/stages/{stage}/questions/{position}")
    String question(@PathVariable int stage, @PathVariable int position, HttpServletRequest request, Model model) {
        SeatSession seat = ExamApiController.seat(request);
        AttemptRow attempt = attempts.attemptOf(seat, stage, ExamApiController.client(request));
        if (attempt.finished()) {
            return "redirect:/exam/stages/" + stage + "/result";
        }
        if (!attempt.running() && !AttemptRow.PAUSED.equals(attempt.state())) {
            return "redirect:/exam";
        }
        SittingRow sitting = attempts.sitting(seat, ExamApiController.client(request));
        return questionPage(seat, attempt, sitting, position, new QuestionPage.Progress(attempts.answers(attempt),
                attempts.sequences(attempt), flags.of(attempt.id())), request, model);
    }

    private String questionPage(SeatSession seat, AttemptRow attempt, SittingRow sitting, int position,
                                QuestionPage.Progress progress, HttpServletRequest request, Model model) {
        List<Attempts.ShownQuestion> questions = attempts.questions(attempt, sitting.language());
        if (position < 1 || position > questions.size()) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NO_SUCH_POSITION, position);
        }
        Instant now = clock.instant();
        return QuestionPage.show(model, sitting, attempt, questions, position, progress, request.getContextPath(),
                tokens.issue(seat, now), now);
    }

    /** Without a script: the answer is posted with the page and the next question follows. */
    @PostMapping("/stages/{stage}/questions/{position}")
    String answer(@PathVariable int stage, @PathVariable int position, @RequestParam int option,
                  @RequestParam long seq, HttpServletRequest request) {
        SeatSession seat = ExamApiController.seat(request);
        AttemptRow attempt = attempts.attemptOf(seat, stage, ExamApiController.client(request));
        saves.save(seat, attempt.id(), position, option, seq);
        int next = attempt.questionCount() != null && position < attempt.questionCount() ? position + 1 : position;
        return "redirect:/exam/stages/" + stage + "/questions/" + next;
    }

    @GetMapping("/stages/{stage}/finish")
    String confirmFinish(@PathVariable int stage, HttpServletRequest request, Model model) {
        SeatSession seat = ExamApiController.seat(request);
        AttemptRow attempt = attempts.attemptOf(seat, stage, ExamApiController.client(request));
        if (attempt.finished()) {
            return "redirect:/exam/stages/" + stage + "/result";
        }
        if (attempt.questionCount() == null) {
            return "redirect:/exam";
        }
        Map<Integer, Integer> answers = attempts.answers(attempt);
        List<Integer> unanswered = java.util.stream.IntStream.rangeClosed(1, attempt.questionCount())
                .filter(p -> !answers.containsKey(p)).boxed().toList();
        model.addAttribute("attempt", attempt);
        model.addAttribute("unanswered", unanswered);
        model.addAttribute("flagged", flags.of(attempt.id()));
        model.addAttribute("remaining", attempt.remainingSeconds(clock.instant()));
        return "delivery/finish";
    }

    @PostMapping("/stages/{stage}/finish")
    String finish(@PathVariable int stage, HttpServletRequest request) {
        attempts.finishByCandidate(ExamApiController.seat(request), stage, ExamApiController.client(request));
        return "redirect:/exam/stages/" + stage + "/result";
    }

    @GetMapping("/stages/{stage}/result")
    String result(@PathVariable int stage, HttpServletRequest request, Model model) {
        SeatSession seat = ExamApiController.seat(request);
        AttemptRow attempt = attempts.attemptOf(seat, stage, ExamApiController.client(request));
        if (!attempt.finished()) {
            return "redirect:/exam";
        }
        Attempts.Overview overview = attempts.overview(seat, ExamApiController.client(request));
        model.addAttribute("sitting", overview.sitting());
        model.addAttribute("service", overview.service());
        model.addAttribute("attempt", attempt);
        model.addAttribute("percent", percent(attempt.correct(), attempt.total()));
        boolean more = overview.attempts().stream().anyMatch(a -> AttemptRow.WAITING.equals(a.state()));
        model.addAttribute("nextStage", more);
        // why a later stage does not open (¶22, ¶46, ¶71): it needs this stage passed
        model.addAttribute("lockedStage", overview.attempts().stream()
                .filter(a -> a.stage() > attempt.stage() && AttemptRow.NOT_ADMITTED.equals(a.state()))
                .map(AttemptRow::stage).findFirst().orElse(null));
        return "delivery/result";
    }

    /** The percentage with one decimal, from integers (the pass decision never uses it: {@link Stage#passes}). */
    static String percent(int correct, int total) {
        if (total == 0) {
            return "0";
        }
        long tenths = (correct * 1000L + total / 2) / total;
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }

    private static boolean previousAllow(Attempts.Overview overview, AttemptRow attempt, Stage stage) {
        for (AttemptRow earlier : overview.attempts()) {
            if (earlier.stage() < attempt.stage()) {
                if (!earlier.finished()) {
                    return false;
                }
                if (stage.requiresPreviousStagePassed() && !Boolean.TRUE.equals(earlier.passed())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A stage in the briefing: the catalogue's stage, the candidate's attempt and whether it can start now. */
    record StageLine(Stage stage, AttemptRow attempt, boolean startable) {
        public int minutes() {
            return attempt.durationSeconds() / 60;
        }
    }

}
