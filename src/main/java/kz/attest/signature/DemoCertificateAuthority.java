package kz.attest.signature;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The demonstration certificate authority (clearly named DEMO): a root and an issuing CA created on first start and
 * kept in the data directory, issuing NCA RK-shaped certificates to demo users and publishing a CRL. Never a trust
 * anchor in production unless configured so.
 */
public final class DemoCertificateAuthority {

    /** NCA RK certificate policy for an individual key user. */
    public static final String POLICY_INDIVIDUAL = "1.2.398.3.3.4.1.1";
    /** NCA RK certificate policy for an employee of a legal entity. */
    public static final String POLICY_LEGAL_ENTITY_EMPLOYEE = "1.2.398.3.3.4.1.2";

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final String ROOT_ALIAS = "demo-root";
    private static final String ISSUING_ALIAS = "demo-issuing";

    private final DemoCrlFiles crlFiles;
    private final Clock clock;
    private final char[] password;
    private final String crlUrl;
    private String ocspUrl;
    private final SecureRandom random = new SecureRandom();
    private final PrivateKey rootKey;
    private final X509Certificate root;
    private final PrivateKey issuingKey;
    private final X509Certificate issuing;
    private X509CRL crl;
    private X509CRL rootCrl;
    private final DemoKeyRing keyRing;

    private DemoCertificateAuthority(Path directory, Clock clock, char[] password, String crlUrl,
                                     PrivateKey rootKey, X509Certificate root, PrivateKey issuingKey, X509Certificate issuing) {
        this.crlFiles = new DemoCrlFiles(directory);
        this.clock = clock;
        this.password = password.clone();
        this.crlUrl = crlUrl;
        this.rootKey = rootKey;
        this.root = root;
        this.issuingKey = issuingKey;
        this.issuing = issuing;
        this.keyRing = new DemoKeyRing(clock);
    }

    /**
     * Opens the CA kept in {@code directory} like {@link #openOrCreate(Path, Clock, char[], String)}; certificates it
     * issues from now on name {@code ocspUrl} as their OCSP responder (Authority Information Access), when not blank.
     */
    public static DemoCertificateAuthority openOrCreate(Path directory, Clock clock, char[] password, String crlUrl,
                                                        String ocspUrl) {
        DemoCertificateAuthority ca = openOrCreate(directory, clock, password, crlUrl);
        ca.ocspUrl = ocspUrl == null || ocspUrl.isBlank() ? null : ocspUrl.strip();
        return ca;
    }

    /** Opens the CA kept in {@code directory}, creating it (root, issuing CA, empty CRL) on first use. */
    public static synchronized DemoCertificateAuthority openOrCreate(Path directory, Clock clock, char[] password, String crlUrl) {
        try {
            Files.createDirectories(directory);
            Path store = directory.resolve("demo-ca.p12");
            DemoCertificateAuthority ca;
            if (Files.exists(store)) {
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(store)) {
                    keyStore.load(in, password);
                }
                ca = new DemoCertificateAuthority(directory, clock, password, crlUrl,
                        (PrivateKey) keyStore.getKey(ROOT_ALIAS, password), (X509Certificate) keyStore.getCertificate(ROOT_ALIAS),
                        (PrivateKey) keyStore.getKey(ISSUING_ALIAS, password), (X509Certificate) keyStore.getCertificate(ISSUING_ALIAS));
            } else {
                ca = create(directory, clock, password, crlUrl);
            }
            ca.crl = ca.crlFiles.loadOrCreate("demo-issuing.crl", ca.issuing, ca.issuingKey, Instant.now(clock));
            ca.rootCrl = ca.crlFiles.loadOrCreate("demo-root.crl", ca.root, ca.rootKey, Instant.now(clock));
            return ca;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Could not open the demonstration CA in " + directory, e);
        }
    }

    private static DemoCertificateAuthority create(Path directory, Clock clock, char[] password, String crlUrl)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        KeyPair rootPair = rsa();
        X500Name rootName = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "ATTEST KZ DEMO ROOT CA (NOT FOR PRODUCTION)").addRDN(BCStyle.O, "Attest KZ demonstration")
                .addRDN(BCStyle.C, "KZ").build();
        X509Certificate root = caCertificate(rootName, rootPair, rootName, rootPair.getPrivate(), now, Duration.ofDays(365 * 20), 1);
        KeyPair issuingPair = rsa();
        X500Name issuingName = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, "ATTEST KZ DEMO ISSUING CA (NOT FOR PRODUCTION)").addRDN(BCStyle.O, "Attest KZ demonstration")
                .addRDN(BCStyle.C, "KZ").build();
        X509Certificate issuing = caCertificate(issuingName, issuingPair, rootName, rootPair.getPrivate(), now,
                Duration.ofDays(365 * 10), 0);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        keyStore.setKeyEntry(ROOT_ALIAS, rootPair.getPrivate(), password, new java.security.cert.Certificate[]{root});
        keyStore.setKeyEntry(ISSUING_ALIAS, issuingPair.getPrivate(), password, new java.security.cert.Certificate[]{issuing, root});
        Path partial = directory.resolve("demo-ca.p12.part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            keyStore.store(out, password);
        }
        Files.move(partial, directory.resolve("demo-ca.p12"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new DemoCertificateAuthority(directory, clock, password, crlUrl, rootPair.getPrivate(), root,
                issuingPair.getPrivate(), issuing);
    }

    public X509Certificate rootCertificate() {
        return root;
    }

    public X509Certificate issuingCertificate() {
        return issuing;
    }

    /** A certificate valid for one year from now. */
    public IssuedCredential issue(CertificateSubject subject, KeyPurpose purpose) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return issue(subject, purpose, now.minus(1, ChronoUnit.MINUTES), now.plus(365, ChronoUnit.DAYS));
    }

    /** A certificate for the subject and purpose with an explicit validity window (tests issue expired ones). */
    public IssuedCredential issue(CertificateSubject subject, KeyPurpose purpose, Instant notBefore, Instant notAfter) {
        try {
            KeyPair pair = rsa();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuing,
                    new BigInteger(96, random).setBit(95), Date.from(notBefore), Date.from(notAfter),
                    subject.toX500Principal(), pair.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuing));
            if (purpose == KeyPurpose.SIGNING) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
            }
            String policy = subject.organisation() == null ? POLICY_INDIVIDUAL : POLICY_LEGAL_ENTITY_EMPLOYEE;
            builder.addExtension(Extension.certificatePolicies, false,
                    new CertificatePolicies(new PolicyInformation(new ASN1ObjectIdentifier(policy))));
            if (crlUrl != null) {
                DistributionPointName point = new DistributionPointName(
                        new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl)));
                builder.addExtension(Extension.cRLDistributionPoints, false,
                        new CRLDistPoint(new DistributionPoint[]{new DistributionPoint(point, null, null)}));
            }
            if (ocspUrl != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new org.bouncycastle.asn1.x509.AuthorityInformationAccess(
                        new org.bouncycastle.asn1.x509.AccessDescription(org.bouncycastle.asn1.x509.AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, ocspUrl))));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuingKey)));
            publishCrlCovering(certificate);
            return new IssuedCredential(certificate, pair.getPrivate(), List.of(certificate, issuing, root));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demonstration CA could not issue a certificate", e);
        }
    }

    /**
     * A PKCS#12 key store with the subject's signing key and authentication key, as a demo user's stand-in for the key
     * files NCA RK issues (load it into the development signer): issued on the first download and handed out again
     * while valid and not revoked ({@link DemoKeyRing}).
     */
    public byte[] demoKeyStore(CertificateSubject subject, char[] password) {
        return keyRing.keyStore(subject, password, this::issue, this::crl);
    }

    /** Revokes a certificate issued by this CA and publishes a new CRL. */
    public void revoke(X509Certificate certificate) {
        revoke(certificate.getSerialNumber());
    }

    /** Revokes the certificate with this serial number (an administrator's action) and publishes a new CRL. */
    public synchronized void revoke(BigInteger serialNumber) {
        if (crl.getRevokedCertificate(serialNumber) != null) {
            return;
        }
        try {
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
            X509v2CRLBuilder builder = DemoCrlFiles.crlBuilder(issuing, now);
            if (crl.getRevokedCertificates() != null) {
                for (X509CRLEntry entry : crl.getRevokedCertificates()) {
                    builder.addCRLEntry(entry.getSerialNumber(), entry.getRevocationDate(), CRLReason.unspecified);
                }
            }
            builder.addCRLEntry(serialNumber, Date.from(now), CRLReason.keyCompromise);
            crl = crlFiles.write(builder, "demo-issuing.crl", issuingKey);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demonstration CA could not revoke a certificate", e);
        }
    }

    /** The OCSP responder URL newly issued certificates name, or {@code null}. */
    public String ocspUrl() {
        return ocspUrl;
    }

    /**
     * The OCSP responder (RFC 6960): answers a DER request about certificates of the issuing CA (or of the issuing CA
     * itself, from the root) with a response signed by that CA, the status taken from its current CRL, the request's
     * nonce echoed. The CA keeps no list of what it issued, so a serial number it never revoked is "good".
     */
    public synchronized byte[] ocspResponse(byte[] requestDer) {
        return DemoOcspResponder.respond(requestDer, new DemoOcspResponder.Authority(issuing, issuingKey, crl),
                new DemoOcspResponder.Authority(root, rootKey, rootCrl), Instant.now(clock));
    }

    /** The current CRL of the issuing CA (re-issued with the same entries once past its next update). */
    public synchronized X509CRL crl() {
        refreshStaleCrls();
        return crl;
    }

    /** The current CRL of {@code issuer} when it is one of this CA's certificates (the root's covers the issuing CA). */
    synchronized Optional<X509CRL> crlIssuedBy(X509Certificate issuer) {
        refreshStaleCrls();
        if (issuer.equals(issuing)) {
            return Optional.of(crl);
        }
        return issuer.equals(root) ? Optional.of(rootCrl) : Optional.empty();
    }

    /**
     * The current CRL of {@code issuer} that can speak for {@code certificate}: re-published first when it was issued
     * before the certificate's notBefore. A CRL older than a certificate says nothing about it (RFC 5280 s. 5.1.2.4:
     * thisUpdate is when the list was issued; DSS's RevocationAfterCertificateIssuance refuses such a CRL, so the
     * signature would be INDETERMINATE/CERTIFICATE_CHAIN_GENERAL_FAILURE). This also covers a certificate kept in the
     * data directory that an earlier version or another process issued after the CRL on disk.
     */
    synchronized Optional<X509CRL> crlIssuedBy(X509Certificate issuer, X509Certificate certificate) {
        if (certificate != null) {
            publishCrlCovering(certificate);
        }
        return crlIssuedBy(issuer);
    }

    /**
     * Publishes a new CRL of the certificate's issuer (with the same entries) when the current one was issued before the
     * certificate's notBefore and that notBefore has come: a real CA publishes often (NCA RK hourly), this one on demand.
     */
    private synchronized void publishCrlCovering(X509Certificate certificate) {
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant now = Instant.now(clock);
        if (notBefore.isAfter(now)) {
            return;
        }
        try {
            if (certificate.getIssuerX500Principal().equals(issuing.getSubjectX500Principal())
                    && crl.getThisUpdate().toInstant().isBefore(notBefore)) {
                crl = crlFiles.reissue(crl, issuing, issuingKey, "demo-issuing.crl", now);
            } else if (certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())
                    && rootCrl.getThisUpdate().toInstant().isBefore(notBefore)) {
                rootCrl = crlFiles.reissue(rootCrl, root, rootKey, "demo-root.crl", now);
            }
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demonstration CA could not publish a new CRL", e);
        }
    }

    /** A CA publishes a new CRL before the old one's next update; a verifier refuses one past it. */
    private void refreshStaleCrls() {
        Instant now = Instant.now(clock);
        try {
            if (!DemoCrlFiles.current(crl, now)) {
                crl = crlFiles.reissue(crl, issuing, issuingKey, "demo-issuing.crl", now);
            }
            if (!DemoCrlFiles.current(rootCrl, now)) {
                rootCrl = crlFiles.reissue(rootCrl, root, rootKey, "demo-root.crl", now);
            }
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("The demonstration CA could not publish a new CRL", e);
        }
    }

    private static X509Certificate caCertificate(X500Name subject, KeyPair pair, X500Name issuer, PrivateKey issuerKey,
                                                 Instant now, Duration validity, int pathLength)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(now.getEpochSecond()).shiftLeft(8).add(BigInteger.valueOf(pathLength)),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(validity)), subject, pair.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(pair.getPublic()));
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
    }

    static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
        return new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(key);
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A certificate with its private key and chain (leaf first), exportable as PKCS#12 for a demo user's signer. */
    public record IssuedCredential(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> chain) {

        public byte[] toPkcs12(char[] password) {
            try {
                KeyStore keyStore = KeyStore.getInstance("PKCS12");
                keyStore.load(null, null);
                keyStore.setKeyEntry("signing", privateKey, password, chain.toArray(new X509Certificate[0]));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                keyStore.store(out, password);
                return out.toByteArray();
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("Could not write PKCS#12", e);
            }
        }
    }
}
