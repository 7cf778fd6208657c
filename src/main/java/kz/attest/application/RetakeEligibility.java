package kz.attest.application;

import kz.attest.catalogue.ServiceCode;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: whether an applicant may apply for a service again after a failed test, a removal for a violation or an
 * unexcused no-show (¶19, ¶23, ¶49–¶51, ¶74, ¶97). Implemented by the decision module, which knows the results;
 * checked when a new application is submitted. Absent (no implementation): every submission is allowed.
 */
public interface RetakeEligibility {

    /** Why the applicant may not apply yet, or empty when they may. */
    Optional<Refusal> refusal(long accountId, ServiceCode service, LocalDate today);

    /**
     * A refusal: the message key (a 409 whose first argument is {@code earliest}, dd.MM.yyyy) and the earliest day the
     * applicant may apply.
     */
    record Refusal(String messageKey, LocalDate earliest) {
    }
}
