package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CRLException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** The demonstration CA's CRLs as files in its directory: loaded, issued, re-issued with the same entries. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemoCrlFiles {

    private final Path directory;

    /** Issued no later than now (the clock may have been set back) and not past its next update. */
    static boolean current(X509CRL list, Instant now) {
        return list.getNextUpdate() != null && list.getNextUpdate().toInstant().isAfter(now)
                && !list.getThisUpdate().toInstant().isAfter(now);
    }

    X509CRL reissue(X509CRL old, X509Certificate authority, PrivateKey key, String fileName, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509v2CRLBuilder builder = crlBuilder(authority, now.truncatedTo(ChronoUnit.SECONDS));
        if (old.getRevokedCertificates() != null) {
            for (X509CRLEntry entry : old.getRevokedCertificates()) {
                builder.addCRLEntry(entry.getSerialNumber(), entry.getRevocationDate(), CRLReason.unspecified);
            }
        }
        return write(builder, fileName, key);
    }

    X509CRL loadOrCreate(String fileName, X509Certificate authority, PrivateKey key, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Path file = directory.resolve(fileName);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in);
            }
        }
        return write(crlBuilder(authority, now.truncatedTo(ChronoUnit.SECONDS)), fileName, key);
    }

    static X509v2CRLBuilder crlBuilder(X509Certificate authority, Instant now) throws GeneralSecurityException, IOException {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(authority.getSubjectX500Principal().getEncoded()), Date.from(now));
        builder.setNextUpdate(Date.from(now.plus(7, ChronoUnit.DAYS)));
        builder.addExtension(Extension.authorityKeyIdentifier, false, new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(authority));
        return builder;
    }

    X509CRL write(X509v2CRLBuilder builder, String fileName, PrivateKey key)
            throws OperatorCreationException, IOException, CRLException {
        X509CRLHolder holder = builder.build(DemoCertificateAuthority.signer(key));
        Path partial = directory.resolve(fileName + ".part");
        Files.write(partial, holder.getEncoded());
        Files.move(partial, directory.resolve(fileName), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new JcaX509CRLConverter().getCRL(holder);
    }
}
