package kz.attest.itembank;

import org.apache.commons.codec.digest.DigestUtils;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static kz.attest.Json.JSON;

/**
 * The sealed-package file format, with no database and no Spring (the offline {@code package verify} command uses it
 * as is). A package is a DER CMS SignedData by the Ministry's package key whose encapsulated content is a JSON
 * document {@code {"format", "manifest", "envelope"}}; {@code envelope} is the Base64 of a CMS AuthEnvelopedData
 * (AES-256-GCM content encryption, the content key under the operator's RSA key with RSAES-OAEP/SHA-256) holding the
 * {@link PackageContent} JSON.
 */
final class PackageSealer {

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    /** The JDK has no AlgorithmParameters for the AES-GCM OIDs of CMS; BouncyCastle has. */
    private static final java.security.Provider PROVIDER = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    private PackageSealer() {
    }

    /** Certificates the operator relies on: roots, known intermediates, and the Ministry's package-signing certificates. */
    record Trust(List<X509Certificate> roots, List<X509Certificate> intermediates, List<X509Certificate> signers,
                 boolean signerPinned) {
        Trust {
            roots = List.copyOf(roots);
            intermediates = List.copyOf(intermediates);
            signers = List.copyOf(signers);
        }

        /** The signer must be one of {@code signers}. */
        Trust(List<X509Certificate> roots, List<X509Certificate> intermediates, List<X509Certificate> signers) {
            this(roots, intermediates, signers, true);
        }
    }

    /** A private key with its certificate chain (leaf first). */
    record Credential(PrivateKey privateKey, List<X509Certificate> chain) {
        Credential {
            chain = List.copyOf(chain);
        }

        X509Certificate certificate() {
            return chain.getFirst();
        }
    }

    /** A verified package: its manifest, who signed it, and the decrypted content when the operator's key was given. */
    record Opened(PackageManifest manifest, X509Certificate signer, Optional<byte[]> content) {
    }

    // ---- sealing (the Ministry's side)

    /** Encrypts {@code content} for {@code recipient}, completes the manifest's hashes and signs the whole. */
    static byte[] seal(PackageManifest manifest, byte[] content, X509Certificate recipient, Credential signer) {
        byte[] envelope = envelope(content, recipient);
        return sign(manifest.withHashes(DigestUtils.sha256Hex(content), DigestUtils.sha256Hex(envelope)), envelope, signer);
    }

    /** CMS AuthEnvelopedData: AES-256-GCM content, the key transported with RSAES-OAEP to {@code recipient}. */
    static byte[] envelope(byte[] content, X509Certificate recipient) {
        try {
            CMSAuthEnvelopedDataGenerator generator = new CMSAuthEnvelopedDataGenerator();
            generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient, oaep()));
            OutputAEADEncryptor encryptor = (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM)
                    .setProvider(PROVIDER).build();
            return generator.generate(new CMSProcessableByteArray(content), encryptor).toASN1Structure()
                    .getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (GeneralSecurityException | CMSException | IOException e) {
            throw new IllegalStateException("Could not encrypt the package", e);
        }
    }

    /** CMS SignedData (DER) around {@code {format, manifest, envelope}}; the manifest must already carry its hashes. */
    static byte[] sign(PackageManifest manifest, byte[] envelope, Credential signer) {
        try {
            ObjectNode document = JSON.createObjectNode();
            document.put("format", PackageManifest.FORMAT);
            document.set("manifest", JSON.valueToTree(manifest));
            document.put("envelope", Base64.getEncoder().encodeToString(envelope));
            byte[] signedContent = JSON.writeValueAsBytes(document);

            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer.privateKey()), signer.certificate()));
            List<X509Certificate> chain = signer.chain();
            generator.addCertificates(new JcaCertStore(chain.size() > 1 ? chain.subList(0, chain.size() - 1) : chain));
            return generator.generate(new CMSProcessableByteArray(signedContent), true).getEncoded("DER");
        } catch (GeneralSecurityException | CMSException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not sign the package", e);
        }
    }

    // ---- opening (the operator's side)

    /**
     * Checks, in this order, and refuses at the first failure with its own reason: the CMS structure, the signature,
     * the chain to a trusted root, that the signer is the Ministry's package key, the validity window at {@code now},
     * the envelope's hash, the recipient, the decryption and the content's hash. Without {@code recipient} the last
     * three are skipped (offline verification by anyone holding the trust anchors).
     */
    static Opened open(byte[] file, Trust trust, Optional<Credential> recipient, Instant now) {
        CMSSignedData signed;
        byte[] signedContent;
        try {
            signed = new CMSSignedData(file);
            if (signed.getSignedContent() == null || signed.getSignerInfos().size() != 1) {
                throw PackageProblem.MALFORMED.refuse();
            }
            signedContent = (byte[]) signed.getSignedContent().getContent();
        } catch (CMSException | RuntimeException e) {
            if (e instanceof PackageProblem.PackageRefusal refusal) {
                throw refusal;
            }
            throw PackageProblem.MALFORMED.refuse();
        }
        SignerInformation signerInfo = signed.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> holders = signed.getCertificates().getMatches(signerInfo.getSID());
        if (holders.isEmpty()) {
            throw PackageProblem.UNTRUSTED_SIGNER.refuse();
        }
        X509Certificate signer;
        List<X509Certificate> carried = new ArrayList<>();
        try {
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            signer = converter.getCertificate(holders.iterator().next());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = signed.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : all) {
                carried.add(converter.getCertificate(holder));
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            throw PackageProblem.MALFORMED.refuse();
        }
        try {
            if (!signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer))) {
                throw PackageProblem.SIGNATURE_INVALID.refuse();
            }
        } catch (CMSVerifierCertificateNotValidException e) {
            throw PackageProblem.UNTRUSTED_SIGNER.refuse();
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            if (e instanceof PackageProblem.PackageRefusal refusal) {
                throw refusal;
            }
            throw PackageProblem.SIGNATURE_INVALID.refuse();
        }
        if (!chainsToTrustedRoot(signer, carried, trust, now)) {
            throw PackageProblem.UNTRUSTED_SIGNER.refuse();
        }
        if (trust.signerPinned() && trust.signers().stream().noneMatch(signer::equals)) {
            throw PackageProblem.WRONG_SIGNER.refuse(subject(signer));
        }

        Document document = readDocument(signedContent);
        PackageManifest manifest = document.manifest();
        byte[] envelope = document.envelope();
        if (now.isBefore(manifest.notBefore())) {
            throw PackageProblem.NOT_YET_VALID.refuse(manifest.notBefore().toString());
        }
        if (!now.isBefore(manifest.notAfter())) {
            throw PackageProblem.EXPIRED.refuse(manifest.notAfter().toString());
        }
        if (!DigestUtils.sha256Hex(envelope).equals(manifest.envelopeSha256())) {
            throw PackageProblem.HASH_MISMATCH.refuse();
        }
        if (recipient.isEmpty()) {
            return new Opened(manifest, signer, Optional.empty());
        }
        X509Certificate operator = recipient.get().certificate();
        if (!fingerprint(operator).equals(manifest.recipientFingerprint())) {
            throw PackageProblem.WRONG_RECIPIENT.refuse();
        }
        byte[] content;
        try {
            CMSAuthEnvelopedData enveloped = new CMSAuthEnvelopedData(envelope);
            RecipientInformation info = enveloped.getRecipientInfos().get(new JceKeyTransRecipientId(operator));
            if (info == null) {
                throw PackageProblem.WRONG_RECIPIENT.refuse();
            }
            content = info.getContent(new JceKeyTransAuthEnvelopedRecipient(recipient.get().privateKey()).setProvider(PROVIDER));
        } catch (CMSException | RuntimeException e) {
            if (e instanceof PackageProblem.PackageRefusal refusal) {
                throw refusal;
            }
            throw PackageProblem.UNDECRYPTABLE.refuse();
        }
        if (!DigestUtils.sha256Hex(content).equals(manifest.contentSha256())) {
            throw PackageProblem.HASH_MISMATCH.refuse();
        }
        return new Opened(manifest, signer, Optional.of(content));
    }

    /** The manifest of a package, read without any check (for the Ministry's own record of what it just sealed). */
    static PackageManifest manifestOf(byte[] file) {
        try {
            return readDocument((byte[]) new CMSSignedData(file).getSignedContent().getContent()).manifest();
        } catch (CMSException | RuntimeException e) {
            if (e instanceof PackageProblem.PackageRefusal refusal) {
                throw refusal;
            }
            throw PackageProblem.MALFORMED.refuse();
        }
    }

    private record Document(PackageManifest manifest, byte[] envelope) {
    }

    private static Document readDocument(byte[] signedContent) {
        try {
            JsonNode document = JSON.readTree(signedContent);
            if (!PackageManifest.FORMAT.equals(document.path("format").asString(""))) {
                throw PackageProblem.MALFORMED.refuse();
            }
            PackageManifest manifest = JSON.treeToValue(document.get("manifest"), PackageManifest.class);
            byte[] envelope = Base64.getDecoder().decode(document.path("envelope").asString(""));
            if (manifest == null || manifest.packageId() == null || manifest.notBefore() == null
                    || manifest.notAfter() == null || manifest.line() == null) {
                throw PackageProblem.MALFORMED.refuse();
            }
            return new Document(manifest, envelope);
        } catch (RuntimeException e) {
            if (e instanceof PackageProblem.PackageRefusal refusal) {
                throw refusal;
            }
            throw PackageProblem.MALFORMED.refuse();
        }
    }

    private static boolean chainsToTrustedRoot(X509Certificate signer, List<X509Certificate> carried, Trust trust,
                                               Instant now) {
        if (trust.roots().isEmpty()) {
            return false;
        }
        try {
            Set<TrustAnchor> anchors = trust.roots().stream().map(root -> new TrustAnchor(root, null))
                    .collect(Collectors.toSet());
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            List<X509Certificate> pool = new ArrayList<>(carried);
            pool.addAll(trust.intermediates());
            pool.add(signer);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
            // the operator's network is air-gapped (¶14): no CRL can be fetched; the signer is pinned instead
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static AlgorithmIdentifier oaep() throws GeneralSecurityException {
        return new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    }

    /** A subject as people read it: {@code CN=…, SURNAME=…, SERIALNUMBER=IIN…, C=KZ, O=…}. */
    static String subject(X509Certificate certificate) {
        return org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE.toString(
                org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()));
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return DigestUtils.sha256Hex(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
