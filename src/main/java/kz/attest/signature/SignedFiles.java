package kz.attest.signature;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Signed files carried between nodes by hand (the admitted list, the results file): CMS SignedData, SHA256withRSA,
 * content attached, the signer's chain included. {@link #verify} checks the signature over the content and the
 * signer's chain to one of the trusted roots (validity now; no revocation check, the receiving node may be offline).
 * The callers turn a {@link InvalidFile} into their own localized 400.
 */
public final class SignedFiles {

    /** A signed file's media type, as a download answers it. */
    public static final MediaType CMS = MediaType.parseMediaType("application/pkcs7-mime");

    /** Why a file was refused. */
    public static final Set<String> REASONS = Set.of("no-content", "signers", "no-certificate", "integrity", "chain");

    private SignedFiles() {
    }

    /** A verified file: the encapsulated content and the certificate that signed it. */
    public record Verified(byte[] content, X509Certificate signer) {
    }

    /** A file that is not a valid signed file; {@link #reason()} is one of {@link #REASONS}. */
    public static final class InvalidFile extends RuntimeException {

        private final String reason;

        InvalidFile(String reason) {
            super("Invalid signed file: " + reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public static byte[] sign(DemoCertificateAuthority.IssuedCredential key, byte[] content) {
        return sign(key, content, true);
    }

    /** A detached CMS signature over the content (as NCALayer makes for an application), by a demonstration key. */
    public static byte[] signDetached(DemoCertificateAuthority.IssuedCredential key, byte[] content) {
        return sign(key, content, false);
    }

    private static byte[] sign(DemoCertificateAuthority.IssuedCredential key, byte[] content, boolean encapsulate) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The file could not be signed", e);
        }
    }

    public static Verified verify(byte[] cms, Collection<X509Certificate> trustedRoots) {
        return verify(cms, trustedRoots, false);
    }

    /**
     * Like {@link #verify}, but the signer's chain is checked as it was when signing (the signed signing-time
     * attribute), not now: for records kept for years, such as audit checkpoints, whose key has long expired.
     */
    public static Verified verifyAsSigned(byte[] cms, Collection<X509Certificate> trustedRoots) {
        return verify(cms, trustedRoots, true);
    }

    private static Verified verify(byte[] cms, Collection<X509Certificate> trustedRoots, boolean atSigningTime) {
        try {
            CMSSignedData signed = new CMSSignedData(cms);
            if (signed.getSignedContent() == null) {
                throw new InvalidFile("no-content");
            }
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new InvalidFile("signers");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw new InvalidFile("no-certificate");
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(matches.iterator().next());
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                throw new InvalidFile("integrity");
            }
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = signed.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : all) {
                X509Certificate other = converter.getCertificate(holder);
                if (!other.equals(certificate) && !trustedRoots.contains(other)) {
                    chain.add(other);
                }
            }
            PKIXParameters parameters = new PKIXParameters(trustedRoots.stream()
                    .map(root -> new TrustAnchor(root, null)).collect(Collectors.toSet()));
            parameters.setRevocationEnabled(false);
            parameters.setDate(atSigningTime ? signingTime(signer) : Date.from(Instant.now()));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(chain), parameters);
            return new Verified((byte[]) signed.getSignedContent().getContent(), certificate);
        } catch (CMSException | OperatorCreationException | IllegalArgumentException e) {
            throw new InvalidFile("integrity");
        } catch (GeneralSecurityException e) {
            throw new InvalidFile("chain");
        }
    }

    private static Date signingTime(SignerInformation signer) {
        org.bouncycastle.asn1.cms.AttributeTable attributes = signer.getSignedAttributes();
        org.bouncycastle.asn1.cms.Attribute time = attributes == null ? null
                : attributes.get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime);
        if (time == null || time.getAttrValues().size() != 1) {
            throw new InvalidFile("integrity");
        }
        try {
            return org.bouncycastle.asn1.cms.Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
        } catch (RuntimeException e) {
            throw new InvalidFile("integrity");
        }
    }

    /**
     * The roots an imported file must chain to: the certificates in the configured anchor files (PEM or DER), and the
     * demonstration CA's root when that CA is on. Empty when neither is there: the caller refuses the import.
     */
    public static List<X509Certificate> trustedRoots(Collection<Path> anchorFiles, Optional<DemoCertificateAuthority> demoCa) {
        List<X509Certificate> roots = new ArrayList<>();
        for (Path file : anchorFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(c -> roots.add((X509Certificate) c));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the trust anchor file " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Not a certificate file: " + file, e);
            }
        }
        demoCa.ifPresent(ca -> roots.add(ca.rootCertificate()));
        return roots;
    }

    /**
     * The roots a hand-carried import (the admitted list, the results file) must chain to, with the demonstration CA
     * as the context offers it; when there are none, nothing could be trusted and the caller's refusal is thrown (a
     * module's 409: the node is not set up for imports).
     */
    public static List<X509Certificate> importRoots(Collection<Path> anchorFiles,
                                                    ObjectProvider<DemoCertificateAuthority> demoCa,
                                                    Supplier<? extends RuntimeException> noneConfigured) {
        List<X509Certificate> roots = trustedRoots(anchorFiles, Optional.ofNullable(demoCa.getIfAvailable()));
        if (roots.isEmpty()) {
            throw noneConfigured.get();
        }
        return roots;
    }

}
