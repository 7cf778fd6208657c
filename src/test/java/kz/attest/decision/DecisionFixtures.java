package kz.attest.decision;

import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.SittingCompleted;
import kz.attest.delivery.StageScored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Admitted applications written straight into the application tables, and delivery's events published as delivery does. */
final class DecisionFixtures {

    private static final AtomicLong IINS = new AtomicLong(System.nanoTime() % 100_000_000L);
    static final AtomicLong ACCOUNTS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private DecisionFixtures() {
    }

    static final String PASSWORD = "qazaqstan2026";

    /** A fresh applicant account (so that results and no-shows never touch the demonstration applicant). */
    static String freshApplicant(kz.attest.identity.Accounts accounts) {
        return kz.attest.testing.Applicants.registerFresh(accounts);
    }

    static String freshIin() {
        return String.format("99%010d", IINS.incrementAndGet() % 10_000_000_000L);
    }

    /** An application in status ADMITTED of the provider, with its admission step; returns its id. */
    static long admittedApplication(JdbcClient jdbc, long accountId, String service, String provider, Instant at) {
        return kz.attest.testing.StoredApplications.insert(jdbc, accountId, freshIin(), service, provider, "",
                "ADMITTED", "officer", "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT),
                at);
    }

    static StageScored scored(UUID sitting, long application, long account, String service, int stage, int correct,
                              boolean passed, Instant at) {
        return new StageScored(UUID.randomUUID(), sitting, Optional.of(application), account, new ServiceCode(service),
                stage, correct, 100, 70, passed, at);
    }

    static void publish(ApplicationEventPublisher events, TransactionTemplate tx, Object... published) {
        tx.executeWithoutResult(status -> {
            for (Object event : published) {
                events.publishEvent(event);
            }
        });
    }

    static SittingCompleted completed(UUID sitting, long application, long account, String service, boolean passed,
                                      Instant at) {
        return new SittingCompleted(sitting, Optional.of(application), account, new ServiceCode(service), passed, at);
    }
}
