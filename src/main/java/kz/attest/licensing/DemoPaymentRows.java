package kz.attest.licensing;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The demonstration gateway's payments in {@code licensing_demo_payment}: the one home of their SQL. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPaymentRows {

    private final JdbcClient jdbc;

    void create(String reference, String payerIin, String service, long amountTiyn, Instant at) {
        jdbc.sql("""
                        INSERT INTO licensing_demo_payment (reference, payer_iin, service, amount_tiyn, created_at, checks)
                        VALUES (?, ?, ?, ?, ?, 0)""")
                .params(reference, payerIin, service, amountTiyn, Timestamp.from(at)).update();
    }

    /** Counts one more status check of a payment; empty for an unknown reference. */
    Optional<Checked> check(String reference) {
        return jdbc.sql("""
                        UPDATE licensing_demo_payment SET checks = checks + 1 WHERE reference = ?
                        RETURNING payer_iin, service, amount_tiyn, checks""")
                .param(reference)
                .query((rs, n) -> new Checked(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .optional();
    }

    /** A payment as of its latest check ({@code checks} counts from 1). */
    record Checked(String payerIin, String service, long amountTiyn, int checks) {
    }
}
