package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The sitting behind a started workstation, checked on every request of the test client: the hall's policy (Safe Exam
 * Browser, address ranges) and the workstation's token, which a seat move or the sitting's end replaces, so a
 * workstation left behind is dead at once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BoundSittings {

    /** Sitting states set by a proctor's act: removal (¶18) and suspension (¶20). */
    static final Set<String> CLOSED_BY_ACT = Set.of("REMOVED", "SUSPENDED");

    private final ExamRows rows;

    /** The workstation's sitting; refused once another workstation took it over or a proctor's act closed it. */
    SittingRow sitting(SeatSession seat, WorkstationRequest request) {
        HallGuard.check(request, seat);
        return rows.sittingByToken(seat.sittingId(), seat.tokenHash()).orElseThrow(() -> rows.sitting(seat.sittingId())
                .filter(closed -> CLOSED_BY_ACT.contains(closed.state()))
                .<RuntimeException>map(closed -> new SittingClosedByAct(closed.state(), closed.service()))
                .orElseGet(() -> new DeliveryRefusal(DeliveryRefusal.Reason.REPLACED)));
    }
}
