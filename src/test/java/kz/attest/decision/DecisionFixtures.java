package kz.attest.decision;

import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.SittingCompleted;
import kz.attest.delivery.StageScored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
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
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String firstEleven = String.format("%02d%02d%02d%d%04d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
            int check = kz.attest.identity.Iin.checkDigitFor(firstEleven);
            if (check >= 0) {
                String iin = firstEleven + check;
                accounts.register(new kz.attest.identity.ApplicantRegistration(iin, "Сериков", "Асан", "Болатұлы",
                        iin + "@example.kz", "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
                return iin;
            }
        }
    }

    static String freshIin() {
        return String.format("99%010d", IINS.incrementAndGet() % 10_000_000_000L);
    }

    /** An application in status ADMITTED of the provider, with its admission step; returns its id. */
    static long admittedApplication(JdbcClient jdbc, long accountId, String service, String provider, Instant at) {
        UUID draft = UUID.randomUUID();
        String iin = freshIin();
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id,
                                                       created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(draft, accountId, iin, service, provider, Timestamp.from(at), Timestamp.from(at)).update();
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, ?, ?, 'ADMITTED', ?, ?, ?) RETURNING id""")
                .params(draft, "T-" + draft.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT), accountId, iin, service, provider, Timestamp.from(at), new byte[]{1},
                        new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("UPDATE application_draft SET application_id = ? WHERE id = ?").params(id, draft).update();
        jdbc.sql("""
                        INSERT INTO application_step (application_id, seq, status, actor, at)
                        VALUES (?, 1, 'ADMITTED', 'officer', ?)""").params(id, Timestamp.from(at)).update();
        return id;
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
