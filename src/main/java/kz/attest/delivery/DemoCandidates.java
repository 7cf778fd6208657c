package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.Forms;
import kz.attest.itembank.ScoringKey;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static kz.attest.Json.JSON;

/**
 * The candidates of the demonstration story ({@code kz.attest.demo}) at their workstations, through the same calls a
 * workstation makes: the one-time code from the check-in starts the seat, the language is chosen, each stage is
 * started (its form prepared at the check-in, or assembled then), answered through the answer save path and finished by the candidate; scoring,
 * stage gating and the results events are delivery's own. The demonstration halls have an open policy (no Safe Exam
 * Browser, any address), so no HTTP request is needed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoCandidates {

    private final Attempts attempts;
    private final AnswerSaves saves;
    private final Forms forms;

    /**
     * Sits every stage the candidate may start, answering {@code percent} of each stage's questions right (the first
     * ones) and the rest wrong, and finishes each stage; with {@code finish} false the first stage is left running
     * (a candidate still at work for the proctor's live console).
     */
    public void sit(UUID seatId, String workstationCode, String language, int percent, boolean finish) {
        SeatSession seat = attempts.start(seatId, workstationCode, null);
        attempts.chooseLanguage(seat, language, null);
        for (int stage = 1; stage <= 10; stage++) {
            final int number = stage;
            AttemptRow waiting = attempts.overview(seat, null).attempts().stream()
                    .filter(a -> a.stage() == number).findFirst().orElse(null);
            if (waiting == null) {
                break;
            }
            if (!AttemptRow.WAITING.equals(waiting.state())) {
                continue;   // not admitted after a failed stage
            }
            AttemptRow attempt = attempts.startStage(seat, number, null);
            List<Integer> key = flatten(forms.scoringKey(JSON.readValue(attempts.formOf(attempt).orElseThrow(), AssembledForm.class)));
            int right = (percent * key.size() + 99) / 100;
            long seq = 1;
            for (int position = 1; position <= key.size(); position++) {
                int correct = key.get(position - 1);
                saves.save(seat, attempt.id(), position, position <= right ? correct : (correct == 0 ? 1 : 0), seq++);
                if (!finish && position == 3) {
                    return;
                }
            }
            attempts.finishByCandidate(seat, number, null);
        }
    }

    private static List<Integer> flatten(ScoringKey key) {
        List<Integer> all = new ArrayList<>(key.items());
        key.cases().forEach(all::addAll);
        return all;
    }
}
