package kz.attest.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence in the licence registry, as the public verification page and the cabinet show it.
 *
 * @param number        the licence number
 * @param service       the licence's service code (the activity)
 * @param holderIin     the holder's IIN (masked for the public page)
 * @param holderName    the holder's full name
 * @param specialties   expert specialties (forensic activity licences)
 * @param issuedOn      the issue date
 * @param status        ACTIVE, SUSPENDED, TERMINATED or REISSUED
 * @param statusReason  why it was suspended or terminated
 * @param replaces      the number of the licence this one re-issues, or {@code null}
 * @param replacedBy    the number of the licence that re-issued this one, or {@code null}
 * @param reissueReason why it was re-issued (change of name, address…), or {@code null}
 */
public record LicenceView(String number, String service, String holderIin, String holderName, List<String> specialties,
                          LocalDate issuedOn, String status, String statusReason, String replaces, String replacedBy,
                          String reissueReason) {

    /** The same licence with the IIN masked but for its last four digits (public verification). */
    LicenceView masked() {
        String masked = holderIin == null || holderIin.length() < 4 ? holderIin
                : "*".repeat(holderIin.length() - 4) + holderIin.substring(holderIin.length() - 4);
        return new LicenceView(number, service, masked, holderName, specialties, issuedOn, status, statusReason,
                replaces, replacedBy, reissueReason);
    }
}
