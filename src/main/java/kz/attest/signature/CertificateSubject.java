package kz.attest.signature;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

import java.util.Locale;

/**
 * Whom a certificate names, in NCA RK's layout: {@code CN=SURNAME GIVEN, SURNAME=…, SERIALNUMBER=IIN…, C=KZ, G=patronymic},
 * plus {@code O=organisation, OU=BIN…} for an organisation's employee.
 */
public record CertificateSubject(String iin, String surname, String givenName, String patronymic,
                                 String organisation, String bin) {

    public static CertificateSubject individual(String iin, String surname, String givenName, String patronymic) {
        return new CertificateSubject(iin, surname, givenName, patronymic, null, null);
    }

    X500Name toX500Principal() {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, (surname + " " + givenName).toUpperCase(Locale.ROOT))
                .addRDN(BCStyle.SURNAME, surname.toUpperCase(Locale.ROOT))
                .addRDN(BCStyle.SERIALNUMBER, "IIN" + iin)
                .addRDN(BCStyle.C, "KZ");
        if (patronymic != null && !patronymic.isBlank()) {
            builder.addRDN(BCStyle.GIVENNAME, patronymic.toUpperCase(Locale.ROOT));
        }
        if (organisation != null) {
            builder.addRDN(BCStyle.O, organisation);
            if (bin != null) {
                builder.addRDN(BCStyle.OU, "BIN" + bin);
            }
        }
        return builder.build();
    }
}
