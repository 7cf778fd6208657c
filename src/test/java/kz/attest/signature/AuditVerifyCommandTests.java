package kz.attest.signature;

import kz.attest.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auditor verifies an exported trail offline with the root certificate only: intact as exported; a file whose
 * tail was cut is reported at the first missing entry; a checkpoint signed by a key the root did not certify is
 * refused.
 */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class AuditVerifyCommandTests {

    @Autowired
    AuditLog auditLog;
    @Autowired
    DemoCertificateAuthority ca;

    @TempDir
    Path directory;

    @Test
    void anExportedTrailVerifiesOfflineAgainstTheRoot() throws Exception {
        auditLog.record("tester", "test.offline", "Thing", "20", "exported");
        auditLog.checkpoint("tester", false);
        Path export = export();

        Output output = run("verify", "--export", export.toString(), "--trust", root().toString());

        assertThat(output.status).as(output.text).isZero();
        assertThat(output.text).startsWith("INTACT");
    }

    @Test
    void aCutTailIsReportedAtTheFirstMissingEntry() throws Exception {
        auditLog.checkpoint("tester", false);
        List<String> lines = Files.readAllLines(export());
        long missing = lines.stream().filter(line -> line.contains("\"type\":\"checkpoint\""))
                .mapToLong(AuditVerifyCommandTests::seq).max().orElseThrow();
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!line.contains("\"type\":\"entry\"") || seq(line) < missing) {
                kept.add(line);
            }
        }
        Path cut = Files.write(directory.resolve("cut.jsonl"), kept);

        Output output = run("verify", "--export", cut.toString(), "--trust", root().toString());

        assertThat(output.status).isOne();
        assertThat(output.text).contains("at entry " + missing).contains("audit.verify.tail-missing");
    }

    @Test
    void aCheckpointNotCertifiedByTheGivenRootIsRefused() throws Exception {
        auditLog.checkpoint("tester", false);
        Path export = export();
        DemoCertificateAuthority other = DemoCertificateAuthority.openOrCreate(directory.resolve("other-ca"),
                java.time.Clock.systemUTC(), "other".toCharArray(), null);
        Path otherRoot = Files.writeString(directory.resolve("other-root.pem"), pem(other.rootCertificate()));

        Output output = run("verify", "--export", export.toString(), "--trust", otherRoot.toString());

        assertThat(output.status).isOne();
        assertThat(output.text).contains("(checkpoint ").contains("audit.verify.checkpoint-signature");
    }

    @Test
    void newestCheckpointsDeletedWithTheTailAreFoundAgainstAnEarlierExport() throws Exception {
        auditLog.checkpoint("tester", false);
        Path earlier = export();
        List<String> lines = Files.readAllLines(earlier);
        long newest = lines.stream().filter(line -> line.contains("\"type\":\"checkpoint\""))
                .mapToLong(line -> Long.parseLong(line.replaceAll(".*\"id\":(\\d+).*", "$1"))).max().orElseThrow();
        long newestSeq = lines.stream().filter(line -> line.contains("\"type\":\"checkpoint\""))
                .mapToLong(AuditVerifyCommandTests::seq).max().orElseThrow();
        List<String> kept = new ArrayList<>();
        for (String line : lines) {   // the newest checkpoint and its entry are gone: the rest is consistent
            boolean newestCheckpoint = line.contains("\"type\":\"checkpoint\"") && line.contains("\"id\":" + newest + ",");
            boolean tail = line.contains("\"type\":\"entry\"") && seq(line) >= newestSeq;
            if (!newestCheckpoint && !tail) {
                kept.add(line);
            }
        }
        Path cut = Files.write(directory.resolve("cut-checkpoint.jsonl"), kept);
        assertThat(run("verify", "--export", cut.toString(), "--trust", root().toString()).status)
                .as("the cut file alone looks intact").isZero();

        Output output = run("verify", "--export", cut.toString(), "--trust", root().toString(), "--previous",
                earlier.toString());

        assertThat(output.status).isOne();
        assertThat(output.text).contains("(checkpoint " + newest + ")").contains("audit.verify.checkpoint-vanished");
    }

    @Test
    void aFileThatIsNoExportOrMissingArgumentsAreUsageErrors() throws Exception {
        Path junk = Files.writeString(directory.resolve("junk.jsonl"), "hello\n");
        assertThat(run("verify", "--export", junk.toString(), "--trust", root().toString()).status).isEqualTo(2);
        assertThat(run("verify", "--export", junk.toString()).status).isEqualTo(2);
        assertThat(run().status).isEqualTo(2);
    }

    @Test
    void theJarFindsTheCommandByItsName() {
        assertThat(java.util.ServiceLoader.load(kz.attest.CommandLineTool.class).stream()
                .map(provider -> provider.get().name())).contains("audit", "package", "signer");
    }

    private static long seq(String line) {
        return Long.parseLong(line.replaceAll(".*\"seq\":(\\d+).*", "$1"));
    }

    private Path export() throws Exception {
        Path file = directory.resolve("trail-" + System.nanoTime() + ".jsonl");
        try (var out = Files.newOutputStream(file)) {
            auditLog.export(out);
        }
        return file;
    }

    private Path root() throws Exception {
        return Files.writeString(directory.resolve("root.pem"), pem(ca.rootCertificate()));
    }

    private static String pem(java.security.cert.X509Certificate certificate) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
    }

    private static Output run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = AuditVerifyCommand.execute(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Output(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Output(int status, String text) {
    }
}
