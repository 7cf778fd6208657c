package kz.attest.scheduling;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "A new sitting is planned" (seed 000 ¶26): after a re-score admits a candidate to a stage (a question invalidated
 * on an act of technical failure, or a faulty practical task), the provider's motivated letter asks the operator for
 * a new sitting of that stage. The request is kept here until the operator assigns the candidate to a session whose
 * plan holds the stage; the candidate then sits only that stage and the ones after it. Called by the decision module,
 * which keeps the letter (scheduling cannot listen to delivery, which depends on it).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StagePlanning {

    private final StageRequestRows requests;
    private final SessionRows rows;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * Asks for a new sitting of {@code stage} for the candidate of an earlier sitting. False when this node has no
     * such sitting (e.g. it was held elsewhere) or the same stage was already asked for it; each new request audited.
     */
    @Transactional
    public boolean request(UUID previousSittingId, int stage, String reason) {
        Optional<Sitting> previous = rows.sitting(previousSittingId);
        if (previous.isEmpty()) {
            return false;
        }
        Sitting sitting = previous.get();
        Session session = rows.find(sitting.sessionId()).orElseThrow();
        String why = reason == null || reason.isBlank() ? "re-scored" : reason.strip();
        Optional<Long> id = requests.insert(sitting, session.service(), stage,
                why.length() > 1000 ? why.substring(0, 1000) : why, clock.instant());
        id.ifPresent(requestId -> audit.record("system", "scheduling.stage-requested", CheckIns.ENTITY,
                sitting.id().toString(), "application %d: stage %d to be sat at a new session (request %d): %s"
                        .formatted(sitting.applicationId(), stage, requestId, why)));
        return id.isPresent();
    }

    /**
     * The requests of a service not yet planned: never assigned, or assigned to a sitting the candidate missed with
     * an excused absence.
     */
    List<Pending> pending(ServiceCode service) {
        return requests.pending(service).stream()
                .map(r -> new Pending(r.id(), rows.sitting(r.previousSittingId()).orElseThrow(), r.stage())).toList();
    }

    void fulfilled(long requestId, UUID sittingId) {
        requests.fulfilled(requestId, sittingId);
    }

    /** A pending request: the earlier sitting (who the candidate is) and the stage to sit. */
    record Pending(long id, Sitting previous, int stage) {
    }

    /**
     * The provider organisation of a sitting planned here: on an air-gapped operator node the candidates come from the
     * imported signed list, so the applications module does not know them, but the sitting does.
     */
    @Transactional(readOnly = true)
    public Optional<String> providerOf(UUID sittingId) {
        return rows.sitting(sittingId).map(Sitting::providerId).filter(p -> p != null && !p.isBlank());
    }

}
