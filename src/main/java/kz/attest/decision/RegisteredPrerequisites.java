package kz.attest.decision;

import kz.attest.licensing.LicencePrerequisites;
import kz.attest.licensing.PrerequisiteCheck;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcomes register answers licensing's prerequisite port (seed 004 app.2: a valid appendix-3 decision of the
 * bailiff attestation; seed 003: a valid appendix-5 qualification certificate, with its supplements, covering every
 * specialty asked). Valid: signed, passed, neither revoked nor superseded, not past its end of validity. Documents the
 * Ministry recorded by hand (paper-era, {@code licensing_prerequisite}) still count: both sources are read and their
 * valid documents' specialties pooled; when neither holds a valid one the register's reason (revoked, superseded,
 * expired) is named before the recorded one.
 */
@Component
@Primary
class RegisteredPrerequisites implements LicencePrerequisites {

    private final OutcomeRows rows;
    private final LicencePrerequisites recorded;

    RegisteredPrerequisites(OutcomeRows rows, @Qualifier("recordedPrerequisites") LicencePrerequisites recorded) {
        this.rows = rows;
        this.recorded = recorded;
    }

    @Override
    @Transactional(readOnly = true)
    public PrerequisiteCheck check(String iin, String form, Set<String> specialties, LocalDate today) {
        List<OutcomeRows.Row> issued = rows.issuedOf(iin, form);
        List<OutcomeRows.Row> valid = issued.stream().filter(r -> "VALID".equals(r.standing(today))).toList();
        PrerequisiteCheck paper = recorded.check(iin, form, specialties, today);
        boolean paperValid = paper.met() || paper.outcome() == PrerequisiteCheck.Outcome.SPECIALTIES_NOT_COVERED;
        if (!valid.isEmpty() || paperValid) {
            Set<String> missing = new LinkedHashSet<>(paperValid ? paper.missingSpecialties() : specialties);
            valid.forEach(r -> r.specialties().forEach(missing::remove));
            OutcomeRows.Row newest = valid.isEmpty() ? null : valid.getFirst();
            String number = newest != null ? newest.number() : paper.documentNumber();
            LocalDate until = newest != null ? newest.validUntil() : paper.validUntil();
            return missing.isEmpty() ? PrerequisiteCheck.met(number, until)
                    : new PrerequisiteCheck(PrerequisiteCheck.Outcome.SPECIALTIES_NOT_COVERED, number, until,
                    missing.stream().sorted().toList());
        }
        if (issued.isEmpty()) {
            return paper;
        }
        OutcomeRows.Row newest = issued.getFirst();
        PrerequisiteCheck.Outcome why = switch (newest.standing(today)) {
            case "REVOKED" -> PrerequisiteCheck.Outcome.REVOKED;
            case "SUPERSEDED" -> PrerequisiteCheck.Outcome.SUPERSEDED;
            default -> PrerequisiteCheck.Outcome.EXPIRED;
        };
        return new PrerequisiteCheck(why, newest.number(), newest.validUntil(), List.of());
    }
}
