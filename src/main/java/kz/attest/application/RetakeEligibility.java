package kz.attest.application;

import kz.attest.catalogue.ServiceCode;

import java.time.LocalDate;
import java.util.List;
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
     * The document types this application must carry because it is a retake after a failed test (¶74: the certificate
     * of the additional training before a qualification retake); empty when it is not a retake or the service asks for
     * nothing more. The types are catalogue codes.
     */
    default List<String> documentsRequired(long accountId, ServiceCode service, LocalDate today) {
        return List.of();
    }

    /**
     * A refusal: the message key (a 409 whose first argument is {@code earliest}, dd.MM.yyyy) and the earliest day the
     * applicant may apply.
     */
    record Refusal(String messageKey, LocalDate earliest) {
    }
}
