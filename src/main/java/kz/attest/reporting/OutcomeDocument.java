package kz.attest.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One decision or certificate to print (seed 000 appendices 1–5, the patent attorney decision; issue 10).
 *
 * @param form              the catalogue's {@code decisionForm.code}: {@code APP_1} … {@code APP_5}, {@code PATENT_DECISION}
 * @param variant           positive, negative (where the appendix has one) or, for {@code APP_5}, a supplement
 * @param number            the document's number
 * @param city              where it is issued
 * @param date              when it is issued
 * @param fullName          the person's full name
 * @param serviceTitle      the service's name
 * @param specialties       expert specialties (appendices 4 and 5), in order
 * @param validUntil        the end of validity, or {@code null} for none
 * @param signerName        who signs
 * @param signerPosition    the signer's position
 * @param organisation      the issuing organisation
 * @param verificationUrl   the public verification page, printed and as a QR code
 * @param firstLanguage     the person's language: its version comes first
 * @param supersedesNumber  the number of the document this one corrects, or {@code null}
 * @param correctionReason  why it was corrected, or {@code null}
 */
public record OutcomeDocument(String form, Variant variant, String number, Bilingual city, LocalDate date, String fullName,
                              Bilingual serviceTitle, List<Bilingual> specialties, LocalDate validUntil, String signerName,
                              Bilingual signerPosition, Bilingual organisation, String verificationUrl, Locale firstLanguage,
                              String supersedesNumber, String correctionReason) {

    public enum Variant { POSITIVE, NEGATIVE, SUPPLEMENT }

    public OutcomeDocument {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
    }
}
