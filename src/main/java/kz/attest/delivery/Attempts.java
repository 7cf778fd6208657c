package kz.attest.delivery;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The test client's one entry into a candidate's sitting, so the controllers keep one collaborator: it checks the
 * workstation and hands each request to the class that owns it — {@link AttemptStarts} (the code, the trial, the
 * language, a stage's start), {@link AttemptScoring} (the finish with scoring and gating), {@link DeadlineSweep} (the
 * server's deadline) and {@link FormViews} (the questions as shown). The rules themselves are {@link Attempt}'s.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Attempts {

    static final String REASON_CANDIDATE = Attempt.FinishReason.CANDIDATE.name();
    static final String REASON_DEADLINE = Attempt.FinishReason.DEADLINE.name();

    /** Sitting states set by a proctor's act: removal (¶18) and suspension (¶20). */
    static final java.util.Set<String> CLOSED_BY_ACT = BoundSittings.CLOSED_BY_ACT;

    private final ExamRows rows;
    private final Catalogue catalogue;
    private final BoundSittings bound;
    private final AttemptStarts starts;
    private final AttemptScoring scoring;
    private final DeadlineSweep deadlines;
    private final FormViews views;
    private final FormPreparation preparation;

    /** The workstation at {@code seatId} presents the one-time code: the sitting is bound to it from now on. */
    public SeatSession start(UUID seatId, String code, WorkstationRequest request) {
        SeatSession seat = starts.start(seatId, code, request);
        // after the code's commit, minutes before the Start: whatever the check-in's preparation left undone
        preparation.prepareQuietly(seat.sittingId());
        return seat;
    }

    /** An applicant's trial of a tested service (¶28, ¶55, ¶76, ¶99). */
    public SeatSession startTrial(long accountId, String iin, String fullName, String serviceCode) {
        return starts.startTrial(accountId, iin, fullName, serviceCode);
    }

    /** The sitting behind a workstation's session, refused once another workstation took it over. */
    SittingRow sitting(SeatSession seat, WorkstationRequest request) {
        return bound.sitting(seat, request);
    }

    /** The sitting with its stages; attempts past their deadline are finished first. */
    @Transactional
    public Overview overview(SeatSession seat, WorkstationRequest request) {
        SittingRow sitting = bound.sitting(seat, request);
        List<AttemptRow> attempts = rows.attempts(sitting.id());
        if (deadlines.finishOverdue(attempts)) {
            attempts = rows.attempts(sitting.id());
        }
        return new Overview(sitting, catalogue.get(sitting.service()), attempts);
    }

    public void chooseLanguage(SeatSession seat, String language, WorkstationRequest request) {
        starts.chooseLanguage(seat, language, request);
    }

    /**
     * Starts a stage with its prepared form and the server's deadline (¶16, ¶22). A stage without a prepared form (a
     * trial, a preparation that failed) has it assembled first, in its own transaction, and is then started; the rules
     * are checked before anything is assembled.
     */
    public AttemptRow startStage(SeatSession seat, int number, WorkstationRequest request) {
        return start(seat, number, request).attempt();
    }

    /** {@link #startStage}, with the sitting and whether this press started the stage (the Start's page needs both). */
    AttemptStarts.Start start(SeatSession seat, int number, WorkstationRequest request) {
        AttemptStarts.Start start = timed(seat, number, request);
        for (int tries = 0; start.needsForm() && tries < 3; tries++) {
            preparation.prepare(start.attempt().id());
            start = timed(seat, number, request);
        }
        if (start.needsForm()) {
            throw new IllegalStateException("No form could be prepared for attempt " + start.attempt().id());
        }
        return start;
    }

    private AttemptStarts.Start timed(SeatSession seat, int number, WorkstationRequest request) {
        StartRecorded event = new StartRecorded();
        event.begin();
        AttemptStarts.Start start = starts.startStage(seat, number, request);
        event.prepared = !start.needsForm();
        event.commit();
        return start;
    }

    /** The form (JSON) of a started attempt; empty before its Start. */
    java.util.Optional<String> formOf(AttemptRow attempt) {
        return rows.formOf(attempt.id());
    }

    /** One attempt of the workstation's sitting, by stage number; finished first if its deadline passed. */
    @Transactional
    public AttemptRow attemptOf(SeatSession seat, int number, WorkstationRequest request) {
        SittingRow sitting = bound.sitting(seat, request);
        AttemptRow attempt = rows.attempts(sitting.id()).stream().filter(a -> a.stage() == number).findFirst()
                .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NO_SUCH_STAGE, number));
        return deadlines.finishIfOverdue(attempt);
    }

    /** The questions of a started attempt in the sitting's language, flattened: questions, then case questions. */
    List<ShownQuestion> questions(AttemptRow attempt, String language) {
        return views.questions(attempt, language);
    }

    Map<Integer, Integer> answers(AttemptRow attempt) {
        return rows.answers(attempt.id());
    }

    Map<Integer, Long> sequences(AttemptRow attempt) {
        return rows.answerSequences(attempt.id());
    }

    /** The candidate presses "Finish" and confirms; refused while the proctor holds the attempt paused. */
    @Transactional
    public AttemptRow finishByCandidate(SeatSession seat, int number, WorkstationRequest request) {
        AttemptRow attempt = attemptOf(seat, number, request);
        if (Attempt.of(attempt).state().started()) {
            scoring.finish(attempt.id(), Attempt.FinishReason.CANDIDATE);
        }
        return rows.attempt(attempt.id()).orElseThrow();
    }

    /** Scores and closes the attempt ({@link AttemptScoring#finish}); {@code reason} is a {@link Attempt.FinishReason}. */
    public void finish(UUID attemptId, String reason) {
        scoring.finish(attemptId, Attempt.FinishReason.valueOf(reason));
    }

    /** Finishes every attempt whose server deadline passed ({@link DeadlineSweep#sweep}). */
    public void sweep() {
        deadlines.sweep();
    }

    /** The catalogue's stage of a service; a number it does not have is refused as no such stage. */
    static Stage stageOf(ServiceDefinition service, int number) {
        return service.stage(number).orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.NO_SUCH_STAGE, number));
    }

    /** A sitting with its service and its stages' attempts. */
    record Overview(SittingRow sitting, ServiceDefinition service, List<AttemptRow> attempts) {
    }

    /** A question as shown, with its 1-based position and, for a case question, the case's situation. */
    record ShownQuestion(int position, String situation, int caseNumber, String stem, List<String> options) {
    }
}
