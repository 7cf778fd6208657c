package kz.attest.signature;

import java.time.Instant;

/**
 * The signer as its certificate names them (NCA RK layout: {@code SERIALNUMBER=IIN…}, {@code SURNAME}, {@code G} for
 * the patronymic, {@code O} and {@code OU=BIN…} for an organisation's employee).
 */
public record SignerCertificate(String subject, String commonName, String iin, String surname, String patronymic,
                                String organisation, String bin, String serialNumber, String issuer,
                                Instant notBefore, Instant notAfter, Instant signingTime) {
}
