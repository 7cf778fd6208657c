package kz.attest.delivery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.UUID;

/** The candidate client's calls: save an answer, and the attempt's state and time left from the server's deadline. */
@RestController
@RequestMapping("/api/v1/exam")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExamApiController {

    private final AnswerSaves saves;
    private final ReviewFlags flags;
    private final Attempts attempts;
    private final ExamRows rows;
    private final Clock clock;
    private final ExamTokens tokens;

    @PutMapping("/attempts/{attemptId}/answers/{position}")
    AnswerSaves.SavedAnswer save(@PathVariable UUID attemptId, @PathVariable int position,
                                 @Valid @RequestBody AnswerInput input, HttpServletRequest request) {
        SeatSession seat = seatOf(request);
        HallGuard.check(client(request), seat);
        return saves.save(seat, attemptId, position, input.option(), input.seq());
    }

    /** Sets or clears the review flag of a question; answers with the attempt's flagged positions. */
    @PutMapping("/attempts/{attemptId}/flags/{position}")
    FlagState flag(@PathVariable UUID attemptId, @PathVariable int position, @Valid @RequestBody FlagInput input,
                   HttpServletRequest request) {
        SeatSession seat = seatOf(request);
        HallGuard.check(client(request), seat);
        return new FlagState(flags.set(seat, attemptId, position, input.flagged()));
    }

    /** The client's 5-second poll: one read on primary keys while the attempt runs (no form, no sitting row). */
    @GetMapping("/attempts/{attemptId}")
    AttemptStatus status(@PathVariable UUID attemptId, HttpServletRequest request) {
        SeatSession seat = seatOf(request);
        HallGuard.check(client(request), seat);
        ExamRows.StatusRow row = rows.status(seat.sittingId(), attemptId)
                .filter(r -> seat.tokenHash().equals(r.tokenHash()))
                .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.REPLACED));
        if (row.attemptId() == null) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.UNKNOWN_ATTEMPT);
        }
        AttemptRow attempt = row.attempt();
        int answered = row.answered();
        if (attempt.running() && !attempt.deadline().isAfter(clock.instant())) {
            attempts.finish(attemptId, Attempts.REASON_DEADLINE);
            attempt = rows.attempt(attemptId).orElseThrow();
        }
        return new AttemptStatus(attempt.stage(), attempt.state(), attempt.remainingSeconds(clock.instant()), answered);
    }

    /**
     * The candidate's own form of a started stage, once per stage (issue 12): the texts and options of the
     * candidate's questions in the sitting's language, the answers and sequence numbers stored so far, the review
     * flags, the state and the time left. The client then moves between questions in the browser. Never a key, never
     * an item outside this form: what the server-rendered question pages show, all at once.
     */
    @GetMapping("/stages/{stage}/form")
    org.springframework.http.ResponseEntity<String> form(@PathVariable int stage, HttpServletRequest request) {
        SeatSession seat = seatOf(request);
        AttemptRow attempt = attempts.attemptOf(seat, stage, client(request));
        if (!attempt.running() && !AttemptRow.PAUSED.equals(attempt.state())) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.STAGE_NOT_RUNNING, stage);
        }
        SittingRow sitting = attempts.sitting(seat, client(request));
        CandidateFormView view = CandidateFormView.of(attempt, attempt.remainingSeconds(clock.instant()),
                attempts.questions(attempt, sitting.language()), attempts.answers(attempt), attempts.sequences(attempt),
                flags.of(attempt.id()));
        return org.springframework.http.ResponseEntity.ok()
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(FormJson.write(view));
    }

    /**
     * The workstation of a script's call: from its exam token when it carries one ({@link ExamTokens#HEADER}; such a
     * call is served by the stateless filter chain and never loads the HTTP session), else from the session as before
     * (a page loaded before the token existed).
     */
    SeatSession seatOf(HttpServletRequest request) {
        String token = request.getHeader(ExamTokens.HEADER);
        return token != null ? tokens.open(token, clock.instant()) : seat(request);
    }

    /** The workstation's session: refused unless this browser session was started with a one-time code. */
    static SeatSession seat(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object seat = session == null ? null : session.getAttribute(SeatSession.ATTRIBUTE);
        if (seat instanceof SeatSession s) {
            return s;
        }
        throw new DeliveryRefusal(DeliveryRefusal.Reason.NO_WORKSTATION);
    }

    /**
     * What the services check of a workstation's request, taken from it here so that no servlet type goes further: the
     * client address and the absolute URL without fragment (as a trusted proxy forwarded them) and SEB's headers.
     */
    static WorkstationRequest client(HttpServletRequest request) {
        String query = request.getQueryString();
        return new WorkstationRequest(request.getRemoteAddr(),
                request.getRequestURL() + (query == null ? "" : "?" + query), request.getRequestURI(),
                request.getHeader(HallGuard.CONFIG_KEY_HASH), request.getHeader(HallGuard.REQUEST_HASH));
    }

    record AnswerInput(@NotNull Integer option, @NotNull Long seq) {
    }

    record FlagInput(@NotNull Boolean flagged) {
    }

    record FlagState(java.util.List<Integer> flagged) {
    }

    record AttemptStatus(int stage, String state, long remainingSeconds, int answered) {
    }

    /** The form payload of {@link #form}: what the question pages show, nothing more (no key, no item id). */
    record CandidateFormView(UUID attempt, int stage, String state, long remainingSeconds, int count,
                             java.util.List<FormQuestion> questions, java.util.Map<Integer, Integer> answers,
                             java.util.Map<Integer, Long> sequences, java.util.List<Integer> flagged) {

        /** The form of a started attempt as its question pages show it (written by {@link FormJson}). */
        static CandidateFormView of(AttemptRow attempt, long remainingSeconds, java.util.List<Attempts.ShownQuestion> questions,
                                    java.util.Map<Integer, Integer> answers, java.util.Map<Integer, Long> sequences,
                                    java.util.List<Integer> flagged) {
            return new CandidateFormView(attempt.id(), attempt.stage(), attempt.state(), remainingSeconds,
                    questions.size(), questions.stream().map(q -> new FormQuestion(q.position(), q.situation(),
                    q.situation() == null ? null : q.caseNumber(), q.stem(), q.options())).toList(),
                    answers, sequences, flagged);
        }
    }

    /** One question as shown: its position, the case's situation and number (case questions only), stem, options. */
    record FormQuestion(int position, String situation, Integer caseNumber, String stem, java.util.List<String> options) {
    }
}
