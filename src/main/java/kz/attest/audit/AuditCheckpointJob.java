package kz.attest.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes a signed checkpoint of the chain's head every {@code attest.audit.checkpoint-interval} (an hour by default)
 * when entries were added since the last one. With several nodes on one database ShedLock lets one node take it;
 * the chain's advisory lock would serialise two anyway.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditCheckpointJob {

    static final String LOCK = "audit-checkpoint";
    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointJob.class);

    private final AuditLog auditLog;

    @Scheduled(fixedDelayString = "${attest.audit.checkpoint-interval:PT1H}",
            initialDelayString = "${attest.audit.checkpoint-interval:PT1H}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    public void onSchedule() {
        try {
            auditLog.checkpoint("system", true)
                    .ifPresent(id -> log.info("Audit checkpoint {} taken", id));
        } catch (IllegalStateException e) {
            // no platform key (demonstration CA off and no key store configured): say so on every run
            log.warn("No audit checkpoint taken: {}", e.getMessage());
        }
    }
}
