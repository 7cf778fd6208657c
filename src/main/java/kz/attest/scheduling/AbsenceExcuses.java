package kz.attest.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * An absence excused by the provider for a valid reason (¶27, ¶54, ¶75, ¶98): the absent sitting stays for the
 * record, and the application becomes assignable to another session again (the candidate returns to the pool).
 */
@Service
public class AbsenceExcuses {

    private final JdbcClient jdbc;

    AbsenceExcuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Excuses an absent sitting; false when it is not absent or already excused. */
    @Transactional
    public boolean excuse(UUID sittingId, Instant at) {
        return jdbc.sql("UPDATE scheduling_sitting SET excused_at = ? WHERE id = ? AND state = 'ABSENT' AND excused_at IS NULL")
                .params(Timestamp.from(at), sittingId).update() == 1;
    }
}
