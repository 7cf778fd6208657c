package kz.attest.signature;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.security.cert.X509Certificate;
import java.time.Instant;

/** Reads the NCA RK subject layout: IIN in SERIALNUMBER ("IIN…"), BIN in OU ("BIN…"), patronymic in G. */
final class SubjectNames {

    private SubjectNames() {
    }

    static SignerCertificate describe(X509Certificate certificate, Instant signingTime) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String serial = value(subject, BCStyle.SERIALNUMBER);
        String ou = value(subject, BCStyle.OU);
        return new SignerCertificate(
                BCStyle.INSTANCE.toString(subject),
                value(subject, BCStyle.CN),
                serial != null && serial.startsWith("IIN") ? serial.substring(3) : null,
                value(subject, BCStyle.SURNAME),
                value(subject, BCStyle.GIVENNAME),
                value(subject, BCStyle.O),
                ou != null && ou.startsWith("BIN") ? ou.substring(3) : null,
                certificate.getSerialNumber().toString(16),
                certificate.getIssuerX500Principal().getName(),
                certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(),
                signingTime);
    }

    private static String value(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }
}
