package kz.attest.licensing;

import java.time.Instant;
import java.util.List;

/** A licence request as the applicant and the provider's staff see it, with its pending step and dated history. */
record RequestView(long id, String number, String kind, String service, String status, List<String> specialties,
                   String replaces, String reissueReason, String paymentReference, String paymentStatus,
                   List<LicenceRequest.Document> documents, Instant receivedAt, String pendingStep, Instant pendingDue,
                   boolean overdue, List<Step> history, String licenceNumber, String refusalReason) {

    /** One step done: when it was due, when it was done, by whom, and whether it was late. */
    record Step(String step, Instant due, Instant done, String actor, String note, boolean late) {
    }
}
