package kz.attest.scheduling;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.UUID;

/**
 * An absence excused by the provider for a valid reason (¶27, ¶54, ¶75, ¶98): the absent sitting stays for the
 * record, and the application becomes assignable to another session again (the candidate returns to the pool).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AbsenceExcuses {

    private final SessionRows rows;

    /** Excuses an absent sitting; false when it is not absent or already excused. */
    @Transactional
    public boolean excuse(UUID sittingId, Instant at) {
        return rows.excuseAbsence(sittingId, at);
    }
}
