package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * The licensing module's own answer to {@link LicencePrerequisites}: outcomes (appendix-3 decisions, appendix-5
 * certificates) the Ministry records in {@code licensing_prerequisite} — paper-era documents, and every outcome until
 * the outcomes register answers the port. Valid means not revoked and not past its end of validity.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RecordedPrerequisites implements LicencePrerequisites {

    private final PrerequisiteRows rows;
    private final AuditLog auditLog;
    private final Clock clock;

    record Recorded(long id, String iin, String form, String number, List<String> specialties, LocalDate issuedOn,
                    LocalDate validUntil, boolean revoked) {

        boolean validOn(LocalDate today) {
            return !revoked && (validUntil == null || !today.isAfter(validUntil));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public PrerequisiteCheck check(String iin, String form, Set<String> specialties, LocalDate today) {
        List<Recorded> held = rows.held(iin, form);
        List<Recorded> valid = held.stream().filter(r -> r.validOn(today)).toList();
        if (!valid.isEmpty()) {
            List<String> covered = valid.stream().flatMap(r -> r.specialties().stream()).toList();
            List<String> missing = specialties.stream().filter(s -> !covered.contains(s)).sorted().toList();
            Recorded newest = valid.getFirst();
            return missing.isEmpty()
                    ? PrerequisiteCheck.met(newest.number(), newest.validUntil())
                    : new PrerequisiteCheck(PrerequisiteCheck.Outcome.SPECIALTIES_NOT_COVERED, newest.number(),
                    newest.validUntil(), missing);
        }
        return held.stream().findFirst()
                .map(r -> new PrerequisiteCheck(r.revoked() ? PrerequisiteCheck.Outcome.REVOKED
                        : PrerequisiteCheck.Outcome.EXPIRED, r.number(), r.validUntil(), List.of()))
                .orElseGet(PrerequisiteCheck::missing);
    }

    /** Records an outcome a licence may depend on (audited); a number recorded twice is a 409. */
    @Transactional
    long record(String actor, String iin, String form, String number, List<String> specialties, LocalDate issuedOn,
                LocalDate validUntil) {
        if (iin == null || !iin.matches("\\d{12}") || form == null || form.isBlank() || number == null
                || number.isBlank() || issuedOn == null) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.prerequisite-invalid");
        }
        if (rows.exists(form, number)) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.prerequisite-duplicate", number);
        }
        long id = rows.insert(iin, form, number.strip(), specialties, issuedOn, validUntil, actor, clock.instant());
        auditLog.record(actor, "licensing.prerequisite-recorded", "LicencePrerequisite", Long.toString(id),
                form + " " + number + " for " + iin + " valid until " + validUntil + " specialties " + specialties);
        return id;
    }

    /** Revokes a recorded outcome with a reason (audited). */
    @Transactional
    void revoke(String actor, String form, String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.reason-required");
        }
        int changed = rows.revoke(form, number, reason.strip(), clock.instant());
        if (changed == 0) {
            throw new LicensingRefusal(NOT_FOUND, "licensing.error.prerequisite-unknown", number);
        }
        auditLog.record(actor, "licensing.prerequisite-revoked", "LicencePrerequisite", form + ":" + number, reason);
    }

}
