package kz.attest.signature;

import kz.attest.CommandLineTool;
import kz.attest.audit.AuditTrailFile;
import kz.attest.audit.ChainVerification;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * {@code java -jar attest-kz.jar audit verify --export FILE --trust ROOT.pem [--trust …]}: an auditor's offline check
 * of an exported audit trail (no database, no network): the hash chain, each checkpoint's CMS signature chained to the
 * given roots, and the chain against the checkpoints; with {@code --previous} also that every checkpoint of an earlier
 * export is still there unchanged. Exit status 0 intact, 1 broken, 2 usage or unreadable file.
 * Lives here rather than in {@code audit} because it needs the CMS verification (audit depends on no signature code).
 */
public final class AuditVerifyCommand implements CommandLineTool { // public: java.util.ServiceLoader instantiates it

    static final String USAGE = "usage: audit verify --export FILE --trust ROOT.pem [--trust OTHER.pem] "
            + "[--previous EARLIER-EXPORT]";

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public void run(String[] args) {
        int status = execute(args, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int execute(String[] args, PrintStream out) {
        if (args.length == 0 || !"verify".equals(args[0])) {
            out.println(USAGE);
            return 2;
        }
        Path export = null;
        Path previous = null;
        List<Path> trust = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (i + 1 >= args.length) {
                out.println(USAGE);
                return 2;
            }
            switch (args[i]) {
                case "--export" -> export = Path.of(args[++i]);
                case "--trust" -> trust.add(Path.of(args[++i]));
                case "--previous" -> previous = Path.of(args[++i]);
                default -> {
                    out.println("Unexpected argument " + args[i]);
                    out.println(USAGE);
                    return 2;
                }
            }
        }
        if (export == null || trust.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        ChainVerification result;
        try (InputStream in = Files.newInputStream(export)) {
            List<X509Certificate> roots = new ArrayList<>();
            for (Path file : trust) {
                roots.addAll(certificates(file));
            }
            result = AuditTrailFile.verify(in, PlatformSeal.verifierTrusting(roots));
            if (result.intact() && previous != null) {
                Long vanished = vanishedCheckpoint(previous, export);
                if (vanished != null) {
                    out.println("BROKEN (checkpoint " + vanished + ") audit.verify.checkpoint-vanished: "
                            + ResourceBundle.getBundle("i18n/audit", Locale.ENGLISH)
                            .getString("audit.verify.checkpoint-vanished"));
                    return 1;
                }
            }
        } catch (IOException | GeneralSecurityException | AuditTrailFile.UnreadableFile e) {
            out.println("UNREADABLE " + e.getMessage());
            return 2;
        }
        out.println(describe(result));
        return result.intact() ? 0 : 1;
    }

    /** The first checkpoint of the earlier export that the new one lacks or holds changed, or {@code null}. */
    private static Long vanishedCheckpoint(Path earlier, Path export) throws IOException {
        java.util.Map<Long, String> before;
        java.util.Map<Long, String> now;
        try (InputStream in = Files.newInputStream(earlier)) {
            before = AuditTrailFile.checkpointDigests(in);
        }
        try (InputStream in = Files.newInputStream(export)) {
            now = AuditTrailFile.checkpointDigests(in);
        }
        return before.entrySet().stream().filter(e -> !e.getValue().equals(now.get(e.getKey())))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The verification in English words, with its place: the entry's sequence number and the checkpoint's id. */
    static String describe(ChainVerification result) {
        ResourceBundle texts = ResourceBundle.getBundle("i18n/audit", Locale.ENGLISH);
        if (result.intact()) {
            return "INTACT " + result.entriesChecked() + " entries, " + result.checkpointsVerified()
                    + " signed checkpoints, anchored up to entry " + result.anchoredSeq();
        }
        StringBuilder text = new StringBuilder("BROKEN ");
        if (result.firstBrokenSeq() != null) {
            text.append("at entry ").append(result.firstBrokenSeq()).append(' ');
        }
        if (result.checkpointId() != null) {
            text.append("(checkpoint ").append(result.checkpointId()).append(") ");
        }
        return text.append(result.reason()).append(": ").append(texts.getString(result.reason())).toString();
    }

    private static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> certificates.add((X509Certificate) c));
            return certificates;
        }
    }
}
