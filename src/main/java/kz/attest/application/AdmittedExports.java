package kz.attest.application;

import kz.attest.AttestProperties;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisations;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.signature.SignedFiles;
import kz.attest.web.Refusal.Kind;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static kz.attest.Json.JSON;

/**
 * ¶9, ¶34, ¶59, ¶84: the list of admitted candidates for the testing operator, as a signed export file for an
 * air-gapped operator: the JSON list encapsulated in a CMS SignedData (BouncyCastle), signed by the provider
 * organisation's export key. The key is issued by the demonstration CA to the organisation on first use and kept in
 * the data directory ({@code export-keys/<organisation>.p12}). {@link #verify} checks the signature and the chain to a
 * trusted root; the operator's import uses it. Every export is audited with who exported what.
 */
@Service
public class AdmittedExports {

    static final String FORMAT = "attest-kz/admitted-candidates/1";

    private final Applications applications;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final AuditLog auditLog;
    private final Clock clock;
    private final Path keyDirectory;
    private final char[] keyPassword;
    private final kz.attest.identity.Accounts accounts;

    AdmittedExports(Applications applications, CurrentUser currentUser, Organisations organisations,
                    ObjectProvider<DemoCertificateAuthority> demoCa, AuditLog auditLog, Clock clock,
                    AttestProperties attest,
                    @Value("${attest.application.export-key-password:attest-export}") String keyPassword,
                    kz.attest.identity.Accounts accounts) {
        this.accounts = accounts;
        this.applications = applications;
        this.currentUser = currentUser;
        this.organisations = organisations;
        this.demoCa = demoCa;
        this.auditLog = auditLog;
        this.clock = clock;
        this.keyDirectory = attest.dataDir().resolve("export-keys");
        this.keyPassword = keyPassword.toCharArray();
    }

    /** A signed export file: its name, the CMS (DER, content attached) and the number of candidates. */
    public record ExportFile(String fileName, byte[] cms, int candidates) {
    }

    /** A verified export: the JSON list and the certificate that signed it. */
    public record VerifiedExport(byte[] json, X509Certificate signer) {
    }

    /**
     * The admitted candidates of a provider (an officer: their own organisation; the operator's administrator: any
     * provider), optionally of one service, as a signed export file.
     */
    @Transactional
    public ExportFile export(String providerId, Optional<ServiceCode> service) {
        SignedInUser user = currentUser.require();
        String provider = providerFor(user, providerId);
        List<AdmittedCandidate> candidates = applications.admitted(service).stream()
                .filter(c -> c.providerId().equals(provider)).toList();
        Instant now = clock.instant();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("format", FORMAT);
        content.put("provider", provider);
        content.put("service", service.map(ServiceCode::value).orElse(null));
        content.put("exportedAt", now.toString());
        content.put("exportedBy", user.login());
        content.put("candidates", candidates.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("applicationId", c.applicationId());
            row.put("registrationNumber", c.registrationNumber());
            row.put("applicantIin", c.applicantIin());
            // the proctor of an air-gapped node finds the candidate by name (¶15): the name of the applicant's account
            row.put("fullName", accounts.find(c.accountId()).map(SignedInUser::fullName).orElse(null));
            row.put("service", c.service().value());
            row.put("specialties", c.specialties());
            row.put("admittedAt", c.admittedAt().toString());
            return row;
        }).toList());
        byte[] json = JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
        byte[] cms = sign(json, exportKey(provider));
        auditLog.record(user.login(), "application.admitted-exported", "AdmittedExport", provider,
                candidates.size() + " candidate(s)" + service.map(s -> " of " + s.value()).orElse("")
                        + ", applications " + candidates.stream().map(c -> Long.toString(c.applicationId()))
                        .collect(Collectors.joining(",")) + ", sha256 " + DigestUtils.sha256Hex(cms));
        candidates.forEach(c -> applications.listSentToOperator(c.applicationId(), user.login()));   // ¶57
        String day = now.atZone(kz.attest.calendar.WorkingCalendar.ZONE).toLocalDate().toString();
        return new ExportFile("admitted-" + provider + "-" + day + ".p7m", cms, candidates.size());
    }

    /**
     * Verifies an export file: the CMS signature over the encapsulated list and the signer's chain to one of the
     * trusted roots (validity at the signing time; no revocation check: the operator may be offline). A file that
     * fails is a 400 naming the reason.
     */
    public static VerifiedExport verify(byte[] cms, Collection<X509Certificate> trustedRoots) {
        try {
            SignedFiles.Verified verified = SignedFiles.verify(cms, trustedRoots);
            return new VerifiedExport(verified.content(), verified.signer());
        } catch (SignedFiles.InvalidFile e) {
            throw refused(e.reason());
        }
    }

    private String providerFor(SignedInUser user, String providerId) {
        if (user.hasRole(Role.OPERATOR_ADMIN)) {
            if (providerId == null || organisations.find(providerId).isEmpty()) {
                throw new ApplicationRefusal(Kind.BAD_INPUT, "application.export.provider-required");
            }
            return providerId;
        }
        String own = user.organisation()
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation"));
        if (providerId != null && !providerId.equals(own)) {
            throw new ApplicationRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation");
        }
        return own;
    }

    /** The organisation's export key, issued by the demonstration CA on first use and kept in the data directory. */
    synchronized DemoCertificateAuthority.IssuedCredential exportKey(String providerId) {
        Path file = keyDirectory.resolve(providerId.replaceAll("[^a-z0-9-]", "_") + ".p12");
        try {
            if (Files.exists(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (var in = Files.newInputStream(file)) {
                    store.load(in, keyPassword);
                }
                X509Certificate[] chain = Arrays.stream(store.getCertificateChain("export"))
                        .map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
                if (chain[0].getNotAfter().toInstant().isAfter(clock.instant())) {
                    return new DemoCertificateAuthority.IssuedCredential(chain[0],
                            (PrivateKey) store.getKey("export", keyPassword), List.of(chain));
                }
            }
            DemoCertificateAuthority ca = demoCa.getIfAvailable();
            if (ca == null) {
                throw new ApplicationRefusal(Kind.WRONG_STATE, "application.export.no-key");
            }
            String name = organisations.find(providerId).map(o -> o.nameRu()).orElse(providerId);
            DemoCertificateAuthority.IssuedCredential key = ca.issue(new CertificateSubject("000000000000", "EXPORT",
                    providerId.toUpperCase(java.util.Locale.ROOT), null, name, null), KeyPurpose.SIGNING);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("export", key.privateKey(), keyPassword, key.chain().toArray(new X509Certificate[0]));
            Files.createDirectories(keyDirectory);
            Path temporary = Files.createTempFile(keyDirectory, providerId, ".tmp");
            try (var out = Files.newOutputStream(temporary)) {
                store.store(out, keyPassword);
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The export key of " + providerId + " could not be read or kept", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The export key of " + providerId + " is unusable", e);
        }
    }

    private static byte[] sign(byte[] content, DemoCertificateAuthority.IssuedCredential key) {
        return SignedFiles.sign(key, content);
    }

    private static ApplicationRefusal refused(String reason) {
        return new ApplicationRefusal(Kind.BAD_INPUT, "application.export.invalid." + reason);
    }
}
