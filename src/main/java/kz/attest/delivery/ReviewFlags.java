package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The candidate's review flags, kept on the server beside the answers so that a workstation switch keeps them. A flag
 * may be set or cleared while the attempt runs or is paused, only from the workstation bound to the sitting, only for a
 * position of the candidate's form. Setting twice or clearing twice is harmless.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReviewFlags {

    private static final Logger log = LoggerFactory.getLogger(ReviewFlags.class);

    private final AnswerRows rows;
    private final Clock clock;

    /** Sets or clears the flag on {@code position}; returns the attempt's flagged positions. */
    @Transactional
    List<Integer> set(SeatSession seat, UUID attemptId, int position, boolean flagged) {
        AnswerRows.FlagTarget target = rows.flagTarget(attemptId)
                .orElseThrow(() -> new DeliveryRefusal(DeliveryRefusal.Reason.UNKNOWN_ATTEMPT));
        if (!target.sittingId().equals(seat.sittingId())) {
            log.warn("Sitting {} tried to flag in attempt {} of another candidate", seat.sittingId(), attemptId);
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_YOURS);
        }
        if (!seat.tokenHash().equals(target.tokenHash())) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.REPLACED);
        }
        if (!Attempt.State.valueOf(target.state()).started()) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.CLOSED);
        }
        if (target.questionCount() == null || position < 1 || position > target.questionCount()) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_IN_FORM, position);
        }
        if (flagged) {
            rows.flag(attemptId, position, clock.instant());
        } else {
            rows.unflag(attemptId, position);
        }
        return of(attemptId);
    }

    /** The attempt's flagged positions, in order. */
    List<Integer> of(UUID attemptId) {
        return rows.flags(attemptId);
    }
}
