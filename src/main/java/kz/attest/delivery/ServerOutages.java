package kz.attest.delivery;

import kz.attest.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The server's own downtime, measured and given back (issue 5, "Resume"). Every node beats one shared row every few
 * seconds ({@code attest.delivery.heartbeat}); when a beat finds the previous one older than the threshold
 * ({@code attest.delivery.outage-threshold}) the whole platform was down (or could not reach its database) for that
 * gap. The gap is recorded once as an outage, and the deadline of every attempt that was running in it moves by the
 * overlap of the gap with the attempt's working time; every move is a row and an audit entry.
 * <p>
 * Detection runs at start-up (bean initialisation, after Flyway, before the web server and any sweep), on every beat,
 * first thing in every deadline sweep, and before any deadline finish when the beat looks stale. The shared row is
 * locked for the check, so concurrent detectors on several nodes serialise: the first records the outage and moves
 * the beat forward, the others see a short gap. The outage's start is unique and an attempt's extension has the
 * outage in its primary key, so an outage is never given back twice. Paused attempts are left alone: their resume
 * gives back the whole pause, the outage included.
 */
@Component
@DependsOnDatabaseInitialization
class ServerOutages implements InitializingBean {

    static final String STARTUP = "STARTUP";
    static final String HEARTBEAT = "HEARTBEAT";
    static final String SWEEP = "SWEEP";
    static final String REQUEST = "REQUEST";

    private static final Logger log = LoggerFactory.getLogger(ServerOutages.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final OutageRows rows;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration threshold;
    private final String node;

    ServerOutages(OutageRows rows, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager,
                  @Value("${attest.delivery.outage-threshold:PT30S}") Duration threshold) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.threshold = threshold;
        this.node = ManagementFactory.getRuntimeMXBean().getName();
    }

    /** At start-up, before requests and sweeps: the time since the last beat of any node is an outage if long enough. */
    @Override
    public void afterPropertiesSet() {
        try {
            detect(STARTUP).ifPresent(o -> log.warn("Server outage {} – {} detected at start-up: {} attempts extended",
                    o.startedAt(), o.endedAt(), o.extended()));
        } catch (RuntimeException e) {
            log.error("Could not check for a server outage at start-up", e);
        }
    }

    /** Every node beats; a beat after the database was unreachable finds the gap. */
    @Scheduled(fixedDelayString = "${attest.delivery.heartbeat:PT5S}", initialDelayString = "${attest.delivery.heartbeat:PT5S}")
    public void beat() {
        try {
            detect(HEARTBEAT);
        } catch (RuntimeException e) {
            log.warn("Heartbeat failed (database unreachable?): {}", e.getMessage());
        }
    }

    /** Cheap check for request paths: only when the last beat is older than the threshold does it lock and detect. */
    void detectIfStale() {
        Optional<Instant> last = rows.lastBeat();
        if (last.isPresent() && gapExceeded(last.get(), clock.instant())) {
            detect(REQUEST);
        }
    }

    /** Beats and, when the gap since the previous beat exceeds the threshold, records the outage and extends. */
    Optional<Outage> detect(String trigger) {
        return transactions.execute(status -> detectLocked(trigger));
    }

    private Optional<Outage> detectLocked(String trigger) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Instant> last = rows.lastBeatForUpdate();
        if (last.isEmpty()) {
            rows.firstBeat(now, node);
            return Optional.empty();
        }
        rows.beat(now, node);
        Instant start = last.get();
        if (!gapExceeded(start, now)) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        boolean recorded = rows.insertOutage(id, start, now, node, trigger);
        if (!recorded) {
            return Optional.empty();
        }
        List<OutageRows.Extension> extensions = rows.extendRunning(id, start, now);
        rows.setExtended(id, extensions.size());
        audit.record("system", "delivery.server-outage", "Outage", id.toString(),
                "server down or database unreachable from " + start + " to " + now + " ("
                        + Duration.between(start, now).toSeconds() + " s, threshold " + threshold.toSeconds()
                        + " s), found by " + trigger.toLowerCase(java.util.Locale.ROOT) + " on " + node + "; "
                        + extensions.size() + " running attempts extended");
        for (OutageRows.Extension e : extensions) {
            audit.record("system", "delivery.deadline-extended", "Attempt", e.attemptId().toString(),
                    "server outage " + id + ": " + e.secondsGiven().toPlainString() + " s given back, deadline "
                            + e.deadlineBefore() + " -> " + e.deadlineAfter());
        }
        log.warn("Server outage from {} to {} recorded ({}): {} running attempts extended", start, now, trigger,
                extensions.size());
        return Optional.of(new Outage(id, start, now, extensions.size()));
    }

    private boolean gapExceeded(Instant last, Instant now) {
        return Duration.between(last, now).compareTo(threshold) > 0;
    }

    /** The outages that gave time back to candidates of the hall, for the proctor's live view. */
    List<HallOutage> inHall(UUID hallId) {
        return rows.inHall(hallId);
    }

    /** The extensions one sitting's attempts received, for the seat's page. */
    List<HallOutage> ofSitting(UUID sittingId) {
        return rows.ofSitting(sittingId);
    }

    /** A recorded outage and how many attempts it extended. */
    record Outage(UUID id, Instant startedAt, Instant endedAt, int extended) {
    }

    /** An outage as the proctor sees it: local start and end, minutes given back (rounded up). */
    record HallOutage(Instant startedAt, Instant endedAt, long secondsGiven, int attempts) {
        public String from() {
            return HH_MM.format(startedAt.atZone(ZONE));
        }

        public String to() {
            return HH_MM.format(endedAt.atZone(ZONE));
        }

        public long minutesGiven() {
            return (secondsGiven + 59) / 60;
        }
    }
}
