package kz.attest.licensing;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The demonstration payment gateway: payments are kept in {@code licensing_demo_payment}; the outcome is chosen by
 * the last digit of the amount in tiyn (1/100 tenge), so a demonstration can rehearse each answer of ПШЭП:
 * <ul>
 *     <li>{@code 0}–{@code 6}: paid;</li>
 *     <li>{@code 7}: pending at the first status check, paid at every later one (a payment that clears);</li>
 *     <li>{@code 8}: pending for ever (the bank never confirms);</li>
 *     <li>{@code 9}: unpaid (the payer cancelled).</li>
 * </ul>
 * The default fees end in {@code 00} and are therefore paid.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoPaymentGateway implements PaymentGateway {

    private final DemoPaymentRows rows;
    private final Clock clock;

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Payment create(String payerIin, String service, long amountTiyn) {
        // a payment order's reference as a bank writes it, not a UUID on the officer's page (issue 14)
        String reference = "DEMO-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toUpperCase(java.util.Locale.ROOT);
        rows.create(reference, payerIin, service, amountTiyn, clock.instant());
        return new Payment(reference, Payment.Status.PENDING, payerIin, service, amountTiyn);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Payment> status(String reference) {
        return rows.check(reference).map(checked -> new Payment(reference,
                outcome(checked.amountTiyn(), checked.checks()), checked.payerIin(), checked.service(),
                checked.amountTiyn()));
    }

    /** The rule of the class comment; {@code check} counts status checks from 1. */
    static Payment.Status outcome(long amountTiyn, int check) {
        int digit = (int) (Math.abs(amountTiyn) % 10);
        return switch (digit) {
            case 7 -> check <= 1 ? Payment.Status.PENDING : Payment.Status.PAID;
            case 8 -> Payment.Status.PENDING;
            case 9 -> Payment.Status.UNPAID;
            default -> Payment.Status.PAID;
        };
    }
}
